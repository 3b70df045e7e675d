/**
 * The typed records a valid file row becomes, one type per kind, and their natural keys
 * (upserts and duplicate checks use the key; importing the same file twice changes nothing).
 */
import type { PeriodKey } from '../period';
import type { ImportKind } from './kinds';
import type { SchoolYear } from '../streams/school-year';
import type { ConfidenceLevel, MemberRole, OfficeKindWord, OppRegion } from './vocabulary';

export interface CapacityFigures {
	investigators_fte: number;
	forensic_examiners_fte: number;
	forensic_backlog_devices: number;
}

export interface CaseloadFigures {
	referrals_received: number;
	investigations_opened: number;
	investigations_concluded: number;
	charges_laid: number;
	victims_identified: number;
	open_backlog: number;
	files_referred_project_p: number;
}

/** A capacity or caseload row: the half the kind names, and the other half when the file gives it. */
export interface QuarterRecord {
	police_service_id: string;
	period: PeriodKey;
	capacity: CapacityFigures | null;
	caseload: CaseloadFigures | null;
	/**
	 * Set when the capacity was carried forward from an earlier quarter (a new quarter's caseload
	 * file without capacity columns): that quarter's period and the import its capacity came from
	 * (null: the illustrative seed), so the row's source names where the figures really came from.
	 */
	capacityCarried?: { from: PeriodKey; importId: number | null };
}

export interface FundingRecord {
	police_service_id: string;
	fiscal_year: number;
	amount_cents: number;
}

export interface ChildrenRecord {
	csduid: string;
	children: number;
}

export interface JurisdictionRecord {
	csduid: string;
	police_service_id: string;
	confidence: ConfidenceLevel;
	note: string | null;
	/** `opp-<cduid>` for an OPP-policed community, else null. */
	opp_area_id: string | null;
	/** The OPP region whose team answers (or assists) there; null: keep the stored one. */
	opp_region: OppRegion | null;
}

export interface RosterMember {
	member_id: string;
	name: string;
	role: MemberRole;
	home_region: OppRegion;
	active: boolean;
}

/** A member, and optionally their availability (share of full time) in one quarter. */
export interface RosterRecord extends RosterMember {
	period: PeriodKey | null;
	fte: number | null;
}

/** The figures of a prevention row (stream_prevention), without its key. */
export interface PreventionFigures {
	grade_7_8_students: number;
	classrooms_reached: number;
	students_reached: number;
	teachers_trained: number;
}

export interface PreventionImport extends PreventionFigures {
	csduid: string;
	school_year: SchoolYear;
}

export interface TrainingFigures {
	name: string;
	name_fr: string;
	staff: number;
	trained: number;
	trained_current: number;
	latest_training_year: number | null;
}

export interface TrainingImport extends TrainingFigures {
	office_kind: OfficeKindWord;
	office_id: string;
	as_of_year: number;
}

/** Aggregates per program, service and quarter: no column can name a registrant. */
export interface RegistryFigures {
	registrants: number;
	verifications_done: number;
	non_compliant_located: number;
}

export interface RegistryImport extends RegistryFigures {
	program_id: string;
	police_service_id: string;
	period: PeriodKey;
}

export interface RecordsByKind {
	capacity: QuarterRecord;
	caseload: QuarterRecord;
	funding: FundingRecord;
	children: ChildrenRecord;
	jurisdiction: JurisdictionRecord;
	roster: RosterRecord;
	prevention: PreventionImport;
	training: TrainingImport;
	registry: RegistryImport;
}

/** A valid row of a file: its row number (as the user sees it) and its record. */
export interface FileRow<K extends ImportKind = ImportKind> {
	row: number;
	record: RecordsByKind[K];
}

const KEY_PARTS: { [K in ImportKind]: (record: RecordsByKind[K]) => string[] } = {
	capacity: (r) => [r.police_service_id, r.period],
	caseload: (r) => [r.police_service_id, r.period],
	funding: (r) => [r.police_service_id, String(r.fiscal_year)],
	children: (r) => [r.csduid],
	jurisdiction: (r) => [r.csduid],
	// A member's row without a period carries only the member; '' keeps it apart from their quarters.
	roster: (r) => [r.member_id, r.period ?? ''],
	prevention: (r) => [r.csduid, r.school_year],
	training: (r) => [r.office_kind, r.office_id, String(r.as_of_year)],
	registry: (r) => [r.program_id, r.police_service_id, r.period]
};

/** The key's parts, for messages: ['toronto', '2024-Q1']. */
export function keyParts<K extends ImportKind>(kind: K, record: RecordsByKind[K]): string[] {
	const parts: (record: RecordsByKind[K]) => string[] = KEY_PARTS[kind];
	return parts(record);
}

/** The natural key of a record, as one string (parts joined by a separator no cell can hold). */
export function recordKey<K extends ImportKind>(kind: K, record: RecordsByKind[K]): string {
	return keyParts(kind, record).join('\u001f');
}
