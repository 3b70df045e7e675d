/**
 * The streams as CSV: raw values for analysis (shares as fractions, "<5" for suppressed counts,
 * "withheld" for rates on them), the stream rule that applies, and an `illustrative` column on every
 * row so a spreadsheet never loses the warning. Same views as the pages and the API.
 * Headers, names and quarter labels follow the viewer's language (domain/csv-columns.ts); codes such as
 * the coverage level, the flag and the office kind stay the same ids in both, since tools filter on them.
 */
import { csvHeader, type CsvColumn } from '../csv-columns';
import type { Locale } from '../locale';
import { localName, serviceName } from '../names';
import { toCsv, type CsvCell } from '../csv';
import { periodLabelCell } from '../period';
import type { PreventionViewRow, RegistryViewRow, TrainingViewRow } from './views';
import type { DisclosedNumber } from '../coverage/disclosure';

function raw(value: DisclosedNumber): CsvCell {
	if (value === null || typeof value !== 'object') return value;
	return 'suppressed' in value ? '<5' : 'withheld';
}

export const PREVENTION_CSV_COLUMNS = [
	'csduid', 'community', 'police_service_id', 'school_year', 'grade_7_8_students', 'classrooms_reached', 'students_reached',
	'teachers_trained', 'prevention_reach_share', 'teachers_trained_per_1k_students', 'coverage_level', 'flag', 'illustrative'
] as const satisfies readonly CsvColumn[];

export const TRAINING_CSV_COLUMNS = [
	'office_kind', 'office_id', 'office', 'as_of_year', 'staff', 'trained', 'trained_current', 'latest_training_year',
	'current_training_share', 'flag', 'illustrative'
] as const satisfies readonly CsvColumn[];

export const REGISTRY_CSV_COLUMNS = [
	'program_id', 'police_service_id', 'police_service', 'period', 'period_label', 'registrants', 'verifications_done', 'registry_verification_rate',
	'non_compliant_located', 'illustrative'
] as const satisfies readonly CsvColumn[];

export function preventionCsv(rows: readonly PreventionViewRow[], locale: Locale = 'en'): string {
	return toCsv(
		csvHeader(PREVENTION_CSV_COLUMNS, locale),
		rows.map((r) => [
			r.csduid, localName(r.name, r.name_fr, locale), r.police_service_id, r.school_year, r.grade_7_8_students, r.classrooms_reached, r.students_reached,
			r.teachers_trained, r.reach_share, r.teachers_per_1k_students, r.level, r.no_prevention_reach ? 'no_prevention_reach' : null, r.illustrative
		])
	);
}

export function trainingCsv(rows: readonly TrainingViewRow[], locale: Locale = 'en'): string {
	return toCsv(
		csvHeader(TRAINING_CSV_COLUMNS, locale),
		rows.map((r) => [
			r.office_kind, r.office_id, serviceName(r.name, r.name_fr, locale), r.as_of_year, r.staff, r.trained, r.trained_current, r.latest_training_year,
			r.current_training_share, r.untrained_ice_investigators ? 'untrained_ice_investigators' : null, r.illustrative
		])
	);
}

export function registryCsv(rows: readonly RegistryViewRow[], locale: Locale = 'en'): string {
	return toCsv(
		csvHeader(REGISTRY_CSV_COLUMNS, locale),
		rows.map((r) => [
			r.program_id, r.police_service_id, serviceName(r.service_name, r.service_name_fr, locale), r.period, periodLabelCell(r.period, locale), raw(r.registrants), raw(r.verifications_done), raw(r.verification_rate),
			raw(r.non_compliant_located), r.illustrative
		])
	);
}
