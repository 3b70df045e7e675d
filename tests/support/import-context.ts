/**
 * A validation context for import tests that need no database: one police service, one census
 * subdivision, one registry program, and the periods from the strategy's first quarter to 2025-Q4.
 */
import type { ValidationContext } from '../../src/lib/domain/import/context';

export const IMPORT_CONTEXT: ValidationContext = {
	serviceIds: new Set(['toronto']),
	csduids: new Set(['3520005']),
	registryProgramIds: new Set(['toronto-address-verification']),
	firstPeriod: '2004-Q1',
	lastPeriod: '2025-Q4',
	firstFiscalYear: 2004,
	lastFiscalYear: 2025,
	onlyService: null
};

/** The same context with what a test is about replaced: other known ids, or a chief's own service. */
export function importContext(given: Partial<ValidationContext>): ValidationContext {
	return { ...IMPORT_CONTEXT, ...given };
}
