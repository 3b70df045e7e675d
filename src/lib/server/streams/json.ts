/**
 * API shapes of the streams (openapi/streams.ts documents them): snake_case fields, stream rule codes
 * in `flags`, and disclosed counts as in the rest of the API (a number, "<5" or "withheld").
 */
import { disclosedJson } from '../api/coverage-json';
import { quarterFields } from '../../domain/period';
import type { StreamRuleCode } from '../../domain/streams/rules';
import type { PreventionViewRow, RegistryViewRow, TrainingViewRow } from '../../domain/streams/views';

const flags = (on: boolean, code: StreamRuleCode): StreamRuleCode[] => (on ? [code] : []);

export function preventionJson(row: PreventionViewRow) {
	return {
		csduid: row.csduid,
		name: row.name,
		name_fr: row.name_fr,
		police_service_id: row.police_service_id,
		school_year: row.school_year,
		grade_7_8_students: row.grade_7_8_students,
		classrooms_reached: row.classrooms_reached,
		students_reached: row.students_reached,
		teachers_trained: row.teachers_trained,
		prevention_reach_share: row.reach_share,
		teachers_trained_per_1k_students: row.teachers_per_1k_students,
		coverage_level: row.level,
		flags: flags(row.no_prevention_reach, 'no_prevention_reach'),
		illustrative: row.illustrative
	};
}

export function trainingJson(row: TrainingViewRow) {
	return {
		office_kind: row.office_kind,
		office_id: row.office_id,
		police_service_id: row.police_service_id,
		name: row.name,
		name_fr: row.name_fr,
		as_of_year: row.as_of_year,
		staff: row.staff,
		trained: row.trained,
		trained_current: row.trained_current,
		latest_training_year: row.latest_training_year,
		current_training_share: row.current_training_share,
		flags: flags(row.untrained_ice_investigators, 'untrained_ice_investigators'),
		illustrative: row.illustrative
	};
}

export function registryJson(row: RegistryViewRow) {
	return {
		program_id: row.program_id,
		police_service_id: row.police_service_id,
		...quarterFields(row.period),
		registrants: disclosedJson(row.registrants),
		verifications_done: disclosedJson(row.verifications_done),
		non_compliant_located: disclosedJson(row.non_compliant_located),
		registry_verification_rate: disclosedJson(row.verification_rate),
		illustrative: row.illustrative
	};
}
