/**
 * Metrics of the strategy's other arms (domain.md §1): prevention in schools, task-force training,
 * offender-registry compliance. Same entry shape as the coverage metrics; each is computed from one
 * record of its stream (domain/streams/), on its own school years and years, not by the coverage engine.
 */
import { per } from './per';
import type { StreamMetricEntry } from './types';
import type { PreventionRecord, RegistryQuarter, TrainingRecord } from '../streams/types';

/** Capped at 1, a share of a whole: the Grade 7–8 count may be an estimate (children × 2/18) below those reached. */
const capAtOne = (share: number | null): number | null => (share === null ? null : Math.min(1, share));

export const streamMetrics = {
	prevention_reach_share: {
		id: 'prevention_reach_share',
		unit: 'share',
		direction: 'higher_is_better',
		formula: 'students_reached / grade_7_8_students',
		inputs: ['students_reached', 'grade_7_8_students'],
		scope: 'community',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		compute: (record: Pick<PreventionRecord, 'students_reached' | 'grade_7_8_students'>) => capAtOne(per(record.students_reached, record.grade_7_8_students)),
		appears: { map: 12, trend: false, compare: false }
	},
	teachers_trained_per_1k_students: {
		id: 'teachers_trained_per_1k_students',
		unit: 'ratio',
		direction: 'higher_is_better',
		formula: 'teachers_trained / grade_7_8_students × 1000',
		inputs: ['teachers_trained', 'grade_7_8_students'],
		scope: 'community',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		compute: (record: Pick<PreventionRecord, 'teachers_trained' | 'grade_7_8_students'>) => per(record.teachers_trained, record.grade_7_8_students, 1000),
		appears: { trend: false, compare: false }
	},
	current_training_share: {
		id: 'current_training_share',
		unit: 'share',
		direction: 'higher_is_better',
		formula: 'trained_current / ice_staff',
		inputs: ['trained_current', 'ice_staff'],
		scope: 'service',
		disclosure: 'none',
		illustrative_inputs: true,
		thresholds: [{ value: 1 }],
		discloses: [],
		compute: (record: Pick<TrainingRecord, 'staff' | 'trained_current'>) => per(record.trained_current, record.staff),
		appears: { trend: false, compare: false }
	},
	registry_verification_rate: {
		id: 'registry_verification_rate',
		unit: 'share',
		direction: 'higher_is_better',
		formula: 'verifications_done / registrants',
		inputs: ['verifications_done', 'registrants'],
		scope: 'service',
		disclosure: 'rate_on_counts',
		illustrative_inputs: true,
		discloses: ['registrants', 'verifications_done'],
		compute: (quarter: Pick<RegistryQuarter, 'registrants' | 'verifications_done'>) => per(quarter.verifications_done, quarter.registrants),
		appears: { trend: false, compare: false }
	}
} as const satisfies Record<string, StreamMetricEntry>;
