import { describe, expect, it } from 'vitest';
import { preventionFlags, trainingFlags } from './rules';
import type { TrainingRecord } from './types';

const training = (office_kind: TrainingRecord['office_kind'], office_id: string, staff: number, current: number): TrainingRecord => ({
	office_kind,
	office_id,
	police_service_id: office_kind === 'police_service' ? office_id : null,
	name: office_id,
	name_fr: office_id,
	as_of_year: 2025,
	staff,
	trained: current,
	trained_current: current,
	latest_training_year: current > 0 ? 2025 : null,
	illustrative: true
});

describe('stream gap rules', () => {
	it('flags no prevention reach only where the coverage level is gap or critical', () => {
		const communities = [
			{ csduid: 'A', level: 'critical' as const }, // no record at all → flagged, 0 students known
			{ csduid: 'B', level: 'gap' as const }, // record with nobody reached → flagged with its 120 students
			{ csduid: 'C', level: 'gap' as const }, // reached 24 → not flagged
			{ csduid: 'D', level: 'watch' as const }, // watch is not a gap → not flagged
			{ csduid: 'E', level: 'none' as const }
		];
		const records = [
			{ csduid: 'B', students_reached: 0, grade_7_8_students: 120 },
			{ csduid: 'C', students_reached: 24, grade_7_8_students: 90 },
			{ csduid: 'D', students_reached: 0, grade_7_8_students: 50 }
		];
		expect(preventionFlags(communities, records)).toEqual([
			{ code: 'no_prevention_reach', subject_id: 'A', count: 0 },
			{ code: 'no_prevention_reach', subject_id: 'B', count: 120 }
		]);
	});

	it('flags police services whose ICE investigators lack current training, not Crown offices', () => {
		const flags = trainingFlags([
			training('police_service', 'toronto', 10, 7), // 3 without current training
			training('police_service', 'guelph', 4, 4), // all current
			training('police_service', 'empty', 0, 0), // no investigators: nothing to train
			training('crown_office', 'crown-west', 6, 2)
		]);
		expect(flags).toEqual([{ code: 'untrained_ice_investigators', subject_id: 'toronto', count: 3 }]);
	});
});
