/**
 * A validation context for import tests that need no database: one police service, one census
 * subdivision, one registry program, and the periods from the strategy's first quarter to 2025-Q4.
 */
import type { ValidationContext } from '../../src/lib/domain/import/context';

export const IMPORT_CONTEXT: ValidationContext = importContext();

/** The ids the atlas knows, where a test needs others (an empty list: no id of that kind is known). */
export interface KnownIds {
	services?: readonly string[];
	csduids?: readonly string[];
	programs?: readonly string[];
}

/** The same periods and years as IMPORT_CONTEXT, knowing the given ids (by default IMPORT_CONTEXT's). */
export function importContext(known: KnownIds = {}): ValidationContext {
	return {
		serviceIds: new Set(known.services ?? ['toronto']),
		csduids: new Set(known.csduids ?? ['3520005']),
		registryProgramIds: new Set(known.programs ?? ['toronto-address-verification']),
		firstPeriod: '2004-Q1',
		lastPeriod: '2025-Q4',
		firstFiscalYear: 2004,
		lastFiscalYear: 2025,
		onlyService: null
	};
}
