/**
 * The typed records a valid file row becomes (each kind in kinds/ names its own), and their
 * natural keys (upserts and duplicate checks use the key; importing the same file twice changes
 * nothing).
 */
import type { PeriodKey } from '../period';
import type { RowOf } from './kind';
import type { CAPACITY_FIGURES, CASELOAD_FIGURES } from './kinds/quarter-figures';
import { kindSpec, type ImportKind, type RecordsByKind } from './kinds';
import type { SchoolYear } from '../streams/school-year';
import type { PreventionRecord, RegistryQuarter, TrainingRecord } from '../streams/types';
import type { ServiceFunding } from '../coverage/types';
import type { MemberRole, OfficeKindWord } from './vocabulary';
import type { ConfidenceLevel, OppRegion } from '../vocabulary';

/** A quarter's capacity figures, named as their columns (kinds/quarter-figures.ts). */
export type CapacityFigures = Record<(typeof CAPACITY_FIGURES)[number]['name'], number>;

/** A quarter's caseload figures, named as their columns. */
export type CaseloadFigures = Record<(typeof CASELOAD_FIGURES)[number]['name'], number>;

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

/** A funding row as imported: every column of ServiceFunding but the illustrative flag the import clears. */
export type FundingRecord = Omit<ServiceFunding, 'illustrative'>;

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
export type PreventionFigures = Omit<PreventionRecord, 'csduid' | 'school_year' | 'illustrative'>;

export interface PreventionImport extends PreventionFigures {
	csduid: string;
	school_year: SchoolYear;
}

/** The figures of a training row (stream_training), without its key. */
export type TrainingFigures = Pick<TrainingRecord, 'name' | 'name_fr' | 'staff' | 'trained' | 'trained_current' | 'latest_training_year'>;

export interface TrainingImport extends TrainingFigures {
	office_kind: OfficeKindWord;
	office_id: string;
	as_of_year: number;
}

/** Aggregates per program, service and quarter: no column can name a registrant. */
export type RegistryFigures = Pick<RegistryQuarter, 'registrants' | 'verifications_done' | 'non_compliant_located'>;

export interface RegistryImport extends RegistryFigures {
	program_id: string;
	police_service_id: string;
	period: PeriodKey;
}

/** A valid row of a file: its row number (as the user sees it) and its record. */
export type FileRow<K extends ImportKind = ImportKind> = RowOf<RecordsByKind[K]>;

/** The key's parts, for messages: ['toronto', '2024-Q1']. */
export function keyParts<K extends ImportKind>(kind: K, record: RecordsByKind[K]): string[] {
	return kindSpec(kind).keyParts(record);
}

/** The natural key of a record, as one string (parts joined by a separator no cell can hold). */
export function recordKey<K extends ImportKind>(kind: K, record: RecordsByKind[K]): string {
	return keyParts(kind, record).join('\u001f');
}
