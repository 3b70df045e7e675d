/**
 * Prevention-stream metrics (issue 10, deliverable 1; registry entries in metrics.ts `streamMetrics`).
 * Pure: a record in, a number or null (not defined) out.
 */
import type { PreventionRecord } from './types';

/**
 * Grades 7 and 8 are two of the eighteen single years of age 0–17, so without a per-grade count the
 * atlas estimates them as children 0–17 × 2/18 (an even age spread; domain.md §3 explains the
 * children estimate itself). Real enrolment replaces it by import.
 */
export function estimateGradeSevenEightStudents(children: number | null): number | null {
	if (children === null) return null;
	return Math.round((children * 2) / 18);
}

/** Share of Grade 7–8 students reached by the lessons in the school year; null without students. */
export function studentReachShare(record: Pick<PreventionRecord, 'students_reached' | 'grade_7_8_students'>): number | null {
	if (record.grade_7_8_students <= 0) return null;
	return Math.min(1, record.students_reached / record.grade_7_8_students);
}

/** Teachers trained to give the lessons, per 1,000 Grade 7–8 students; null without students. */
export function teachersPerThousandStudents(record: Pick<PreventionRecord, 'teachers_trained' | 'grade_7_8_students'>): number | null {
	if (record.grade_7_8_students <= 0) return null;
	return (record.teachers_trained / record.grade_7_8_students) * 1000;
}

/** Province or region totals, so a share is pooled (students reached ÷ students), not a mean of shares. */
export function sumPrevention(records: readonly PreventionRecord[]): Pick<PreventionRecord, 'grade_7_8_students' | 'classrooms_reached' | 'students_reached' | 'teachers_trained'> {
	const total = { grade_7_8_students: 0, classrooms_reached: 0, students_reached: 0, teachers_trained: 0 };
	for (const record of records) {
		total.grade_7_8_students += record.grade_7_8_students;
		total.classrooms_reached += record.classrooms_reached;
		total.students_reached += record.students_reached;
		total.teachers_trained += record.teachers_trained;
	}
	return total;
}
