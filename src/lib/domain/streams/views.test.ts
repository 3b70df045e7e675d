import { describe, expect, it } from 'vitest';
import { SUPPRESSED, WITHHELD } from '../coverage/disclosure';
import { preventionView, registryView, trainingView } from './views';

describe('stream views', () => {
	it('preventionView() flags gap communities without reach and pools the totals', () => {
		const base = { school_year: '2024-25' as const, classrooms_reached: 0, teachers_trained: 0, illustrative: true, police_service_id: 'x', name_fr: '' };
		const view = preventionView(
			[
				{ ...base, csduid: 'A', name: 'A', grade_7_8_students: 100, students_reached: 0 },
				{ ...base, csduid: 'B', name: 'B', grade_7_8_students: 300, students_reached: 120, teachers_trained: 6 }
			],
			new Map([['A', 'gap' as const], ['B', 'critical' as const]])
		);
		expect(view.rows.map((row) => row.no_prevention_reach)).toEqual([true, false]);
		expect(view.flagged).toBe(1);
		// 120 ÷ 400 = 0.3 reached; 6 ÷ 400 × 1000 = 15 teachers per 1,000
		expect(view.totals.reach_share).toBeCloseTo(0.3, 10);
		expect(view.totals.teachers_per_1k_students).toBeCloseTo(15, 10);
	});

	it('trainingView() computes the current share and never flags a Crown office', () => {
		const row = { police_service_id: null, name: '', name_fr: '', as_of_year: 2025, latest_training_year: 2025, illustrative: true };
		const view = trainingView([
			{ ...row, office_kind: 'police_service', office_id: 'p', police_service_id: 'p', staff: 5, trained: 5, trained_current: 4 },
			{ ...row, office_kind: 'crown_office', office_id: 'c', staff: 4, trained: 2, trained_current: 1 }
		]);
		expect(view.rows.map((r) => [r.current_training_share, r.without_current_training, r.untrained_ice_investigators])).toEqual([
			[0.8, 1, true],
			[0.25, 3, false]
		]);
	});

	it('registryView() suppresses 1–4 and withholds the rate for a viewer not cleared for the service', () => {
		const quarter = {
			program_id: 'p', police_service_id: 'toronto', period: '2025-Q1' as const, registrants: 4, verifications_done: 3,
			non_compliant_located: 0, illustrative: true, service_name: 'T', service_name_fr: 'T'
		};
		const [hidden] = registryView([quarter], () => false);
		expect(hidden).toMatchObject({ registrants: SUPPRESSED, verifications_done: SUPPRESSED, non_compliant_located: 0, verification_rate: WITHHELD });
		const [shown] = registryView([quarter], () => true);
		expect(shown).toMatchObject({ registrants: 4, verifications_done: 3, verification_rate: 0.75 });
	});
});
