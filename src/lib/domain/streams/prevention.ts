/**
 * Prevention-stream figures; the metrics themselves are registry entries (domain/metrics/streams.ts).
 * Pure: a record in, a number or null (not defined) out.
 */
import { streamMetrics } from '../../metrics';
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

/** Computed by the registry entries (domain/metrics/streams.ts); named here for the stream's callers. */
export const studentReachShare = streamMetrics.prevention_reach_share.compute;

export const teachersPerThousandStudents = streamMetrics.teachers_trained_per_1k_students.compute;

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
