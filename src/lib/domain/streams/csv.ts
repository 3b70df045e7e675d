/**
 * The streams as CSV: raw values for analysis (shares as fractions, "<5" for suppressed counts,
 * "withheld" for rates on them), the stream rule that applies, and an `illustrative` column on every
 * row so a spreadsheet never loses the warning. Same views as the pages and the API.
 */
import { toCsv, type CsvCell } from '../csv';
import { periodLabelCell } from '../period';
import type { DisclosedNumber } from './disclosure';
import type { PreventionViewRow, RegistryViewRow, TrainingViewRow } from './views';

function raw(value: DisclosedNumber): CsvCell {
	if (value === null || typeof value !== 'object') return value;
	return 'suppressed' in value ? '<5' : 'withheld';
}

export function preventionCsv(rows: readonly PreventionViewRow[]): string {
	const header = [
		'csduid', 'community', 'police_service_id', 'school_year', 'grade_7_8_students', 'classrooms_reached', 'students_reached',
		'teachers_trained', 'prevention_reach_share', 'teachers_trained_per_1k_students', 'coverage_level', 'flag', 'illustrative'
	];
	return toCsv(
		header,
		rows.map((r) => [
			r.csduid, r.name, r.police_service_id, r.school_year, r.grade_7_8_students, r.classrooms_reached, r.students_reached,
			r.teachers_trained, r.reach_share, r.teachers_per_1k_students, r.level, r.no_prevention_reach ? 'no_prevention_reach' : null, r.illustrative
		])
	);
}

export function trainingCsv(rows: readonly TrainingViewRow[]): string {
	const header = [
		'office_kind', 'office_id', 'office', 'as_of_year', 'staff', 'trained', 'trained_current', 'latest_training_year',
		'current_training_share', 'flag', 'illustrative'
	];
	return toCsv(
		header,
		rows.map((r) => [
			r.office_kind, r.office_id, r.name, r.as_of_year, r.staff, r.trained, r.trained_current, r.latest_training_year,
			r.current_training_share, r.untrained_ice_investigators ? 'untrained_ice_investigators' : null, r.illustrative
		])
	);
}

export function registryCsv(rows: readonly RegistryViewRow[]): string {
	const header = ['program_id', 'police_service_id', 'police_service', 'period', 'period_label', 'registrants', 'verifications_done', 'registry_verification_rate', 'non_compliant_located', 'illustrative'];
	return toCsv(
		header,
		rows.map((r) => [
			r.program_id, r.police_service_id, r.service_name, r.period, periodLabelCell(r.period), raw(r.registrants), raw(r.verifications_done), raw(r.verification_rate),
			raw(r.non_compliant_located), r.illustrative
		])
	);
}
