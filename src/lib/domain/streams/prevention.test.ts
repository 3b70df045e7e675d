import { describe, expect, it } from 'vitest';
import { estimateGradeSevenEightStudents, studentReachShare, sumPrevention, teachersPerThousandStudents } from './prevention';
import type { PreventionRecord } from './types';

const record = (csduid: string, students: number, reached: number, teachers: number): PreventionRecord => ({
	csduid,
	school_year: '2024-25',
	grade_7_8_students: students,
	classrooms_reached: Math.ceil(reached / 24),
	students_reached: reached,
	teachers_trained: teachers,
	illustrative: true
});

describe('prevention metrics', () => {
	it('estimates Grade 7–8 students as children × 2/18: 1,800 children → 200 students, 100 → 11', () => {
		expect(estimateGradeSevenEightStudents(1800)).toBe(200);
		// 100 × 2 / 18 = 11.11… → 11
		expect(estimateGradeSevenEightStudents(100)).toBe(11);
		expect(estimateGradeSevenEightStudents(null)).toBeNull();
	});

	it('studentReachShare() is students reached ÷ students: 48 of 200 → 0.24', () => {
		expect(studentReachShare(record('3520005', 200, 48, 2))).toBeCloseTo(0.24, 10);
	});

	it('studentReachShare() returns null when there are no students and caps at 1', () => {
		expect(studentReachShare(record('3520005', 0, 0, 0))).toBeNull();
		expect(studentReachShare(record('3520005', 20, 24, 1))).toBe(1);
	});

	it('teachersPerThousandStudents(): 3 teachers for 250 students → 12 per 1,000', () => {
		expect(teachersPerThousandStudents(record('3520005', 250, 0, 3))).toBeCloseTo(12, 10);
		expect(teachersPerThousandStudents(record('3520005', 0, 0, 3))).toBeNull();
	});

	it('sumPrevention() pools records so a regional share is 60 ÷ 300 = 0.2, not the mean of 0.5 and 0', () => {
		const total = sumPrevention([record('a', 100, 50, 2), record('b', 200, 10, 1)]);
		expect(total).toMatchObject({ grade_7_8_students: 300, students_reached: 60, teachers_trained: 3 });
		expect(studentReachShare(total)).toBeCloseTo(0.2, 10);
	});
});
