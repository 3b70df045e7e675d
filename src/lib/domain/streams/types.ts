/**
 * The strategy streams beyond policing (issue 10; domain.md §1): what the pure computations take.
 * These records declare the stream tables' columns (migration 2026_11_29_0007_streams): the table
 * types in server/db/schema.ts extend them, adding only provenance. Registry figures are aggregates
 * per police service and quarter, never a person.
 */
import type { PeriodKey } from '../period';
import type { SchoolYear } from './school-year';

/** CYBERCOPS prevention lessons for Grades 7–8 in one community and school year (domain.md §1, arm 4). */
export interface PreventionRecord {
	csduid: string;
	school_year: SchoolYear;
	/** Estimated from children 0–17 × 2/18 until imported (prevention.ts). */
	grade_7_8_students: number;
	classrooms_reached: number;
	students_reached: number;
	teachers_trained: number;
	illustrative: boolean;
}

export type OfficeKind = 'police_service' | 'crown_office';

/** ICE training of one office's investigators (police) or Crowns (Crown office) (domain.md §1, arm 3). */
export interface TrainingRecord {
	office_kind: OfficeKind;
	office_id: string;
	/** Set for a police service's row, null for a Crown office. */
	police_service_id: string | null;
	name: string;
	name_fr: string;
	as_of_year: number;
	/** Investigators or Crowns assigned to ICE files. */
	staff: number;
	/** Of them, with any ICE training. */
	trained: number;
	/** Of them, trained within CURRENT_TRAINING_YEARS of as_of_year (training.ts). */
	trained_current: number;
	latest_training_year: number | null;
	illustrative: boolean;
}

/** An address-verification program (domain.md §1, arm 5: the Toronto pilot is the first). */
export interface RegistryProgram {
	id: string;
	name: string;
	name_fr: string;
	police_service_id: string;
	first_period: PeriodKey;
	last_period: PeriodKey;
	budget_cents: number;
	target_registrants: number;
	illustrative: boolean;
}

/** One program's aggregate figures for one police service and quarter. */
export interface RegistryQuarter {
	program_id: string;
	police_service_id: string;
	period: PeriodKey;
	registrants: number;
	/** Registrants whose address was verified in the quarter, each counted once. */
	verifications_done: number;
	non_compliant_located: number;
	illustrative: boolean;
}
