/**
 * The strategy streams' gap rules (issue 10). They sit beside the coverage engine's reasons
 * (domain/coverage/reasons.ts) rather than inside it: the engine's levels and property tests cover
 * policing capacity alone, and a prevention or training shortfall does not make a community's ICE
 * coverage worse, it says where the other arms of the strategy are missing. Messages are in the
 * i18n section `streams.rules`, keyed by code.
 */
import { staffWithoutCurrentTraining } from './training';
import type { PreventionRecord, TrainingRecord } from './types';
import type { Level } from '../vocabulary';

export const STREAM_RULE_CODES = ['no_prevention_reach', 'untrained_ice_investigators'] as const;
/**
 * - `no_prevention_reach`: a community flagged gap or critical by the coverage engine whose Grade 7–8
 *   students were not reached by the prevention lessons in the school year (or with no record at all).
 * - `untrained_ice_investigators`: a police service with ICE investigators, some of them without
 *   current training (training.ts, CURRENT_TRAINING_YEARS).
 */
export type StreamRuleCode = (typeof STREAM_RULE_CODES)[number];

export interface StreamFlag {
	code: StreamRuleCode;
	/** A CSDUID for prevention, a police service id for training. */
	subject_id: string;
	/** Students not reached, or investigators without current training. */
	count: number;
}

const FLAGGED_LEVELS: ReadonlySet<Level> = new Set(['gap', 'critical']);

/** Communities at gap or critical level where the school year's lessons reached no student. */
export function preventionFlags(
	communities: readonly { csduid: string; level: Level }[],
	records: readonly Pick<PreventionRecord, 'csduid' | 'students_reached' | 'grade_7_8_students'>[]
): StreamFlag[] {
	const byCommunity = new Map(records.map((record) => [record.csduid, record]));
	return communities.flatMap((community) => {
		if (!FLAGGED_LEVELS.has(community.level)) return [];
		const record = byCommunity.get(community.csduid);
		if (record && record.students_reached > 0) return [];
		return [{ code: 'no_prevention_reach' as const, subject_id: community.csduid, count: record?.grade_7_8_students ?? 0 }];
	});
}

/** Police services with ICE investigators lacking current training (Crown offices are not investigators). */
export function trainingFlags(records: readonly TrainingRecord[]): StreamFlag[] {
	return records.flatMap((record) => {
		if (record.office_kind !== 'police_service' || record.staff === 0) return [];
		const untrained = staffWithoutCurrentTraining(record);
		return untrained > 0 ? [{ code: 'untrained_ice_investigators' as const, subject_id: record.office_id, count: untrained }] : [];
	});
}
