/**
 * What validation needs to know about the database and the person importing, passed in so the
 * validators stay pure (style.md: domain/ does no I/O and reads no clock).
 */
import type { PeriodKey } from '../period';
import type { ServiceKind } from '../vocabulary';

export interface ValidationContext {
	/** Every police_service_id in the atlas. */
	serviceIds: ReadonlySet<string>;
	/** Every CSDUID (2021 census subdivision) in the atlas. */
	csduids: ReadonlySet<string>;
	/** Every offender-registry program id (stream_registry_program). */
	registryProgramIds: ReadonlySet<string>;
	/** Accepted periods, inclusive: from the strategy's first fiscal year to the current quarter. */
	firstPeriod: PeriodKey;
	lastPeriod: PeriodKey;
	/**
	 * Accepted fiscal years (start years), inclusive. School years (their start year) and calendar
	 * years (training) are accepted in the same range, calendar years one beyond it (January to March).
	 */
	firstFiscalYear: number;
	lastFiscalYear: number;
	/** A chief's service: rows of any other service are errors. null: any service (planners). */
	onlyService: string | null;
	/**
	 * The police services proper (not their reporting units), with their kind and the ids of the
	 * units that report for them: capacity and caseload are stored per reporting unit, so a service
	 * with no unit of its own id (the OPP, reporting by regional team) cannot take a quarter row,
	 * and a jurisdiction row must name a service that has a responder. Absent: not checked.
	 */
	services?: ReadonlyMap<string, ServiceFacts>;
	/** The OPP regions that have a regional team (a base to measure to). Absent: not checked. */
	oppTeamRegions?: ReadonlySet<string>;
}

export interface ServiceFacts {
	kind: ServiceKind;
	/** Ids of the reporting units of this service (its own id, or `opp-<region>` for the OPP). */
	units: readonly string[];
}

/**
 * The ICE strategy was announced in 2004–05 (domain.md §1), so no ICE figure predates fiscal year
 * 2004-05; earlier periods are typing mistakes.
 */
export const FIRST_IMPORT_FISCAL_YEAR = 2004;
export const FIRST_IMPORT_PERIOD: PeriodKey = '2004-Q1';
