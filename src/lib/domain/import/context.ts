/**
 * What validation needs to know about the database and the person importing, passed in so the
 * validators stay pure (style.md: domain/ does no I/O and reads no clock).
 */
import type { PeriodKey } from '../period';

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
}

/**
 * The ICE strategy was announced in 2004–05 (domain.md §1), so no ICE figure predates fiscal year
 * 2004-05; earlier periods are typing mistakes.
 */
export const FIRST_IMPORT_FISCAL_YEAR = 2004;
export const FIRST_IMPORT_PERIOD: PeriodKey = '2004-Q1';
