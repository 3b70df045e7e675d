/**
 * What the database already holds for the keys of a file, in the shape the diff needs: the
 * values, and whether they were imported (as opposed to illustrative or compiled reference data).
 * Each kind's storage (kinds/) reads them from the stored rows; the domain only compares.
 */
import type { ImportKind, StoredByKind } from './kinds';
import type { CapacityFigures, CaseloadFigures, RosterMember } from './records';
import type { ConfidenceLevel } from '../vocabulary';

export interface StoredQuarter {
	capacity: CapacityFigures;
	caseload: CaseloadFigures;
	/** False while the half still holds the illustrative figures from the seed. */
	capacityImported: boolean;
	caseloadImported: boolean;
}

export interface StoredCommunity {
	children: number | null;
	/** 2021 Census population; null where not available (13 reserves). */
	population: number | null;
	imported: boolean;
}

export interface StoredJurisdiction {
	police_service_id: string;
	confidence: ConfidenceLevel;
	note: string | null;
	opp_area_id: string | null;
	opp_region: string;
	imported: boolean;
}

export interface StoredRoster {
	/** The member as stored, or null when new. */
	member: RosterMember | null;
	/** Their stored availability in the row's period; null when none (or the row has no period). */
	fte: number | null;
}

/** A stream row's figures as stored; `imported` is false while they are the seed's illustrative ones. */
export interface StoredFigures<F> {
	figures: F;
	imported: boolean;
}

/** Stored state by record key (records.ts recordKey); a key that is absent is not stored. */
export type StoredRows<K extends ImportKind> = ReadonlyMap<string, StoredByKind[K]>;
