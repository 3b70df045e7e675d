/**
 * Registry-compliance metrics (issue 10, deliverable 3): aggregates per police service and quarter of
 * an address-verification program such as the Toronto pilot (domain.md §1, arm 5). Never per person.
 */
import type { RegistryQuarter } from './types';

/** Share of registrants whose address was verified in the quarter; null without registrants. */
export function verificationRate(quarter: Pick<RegistryQuarter, 'registrants' | 'verifications_done'>): number | null {
	if (quarter.registrants <= 0) return null;
	return quarter.verifications_done / quarter.registrants;
}

/** A program's cost per registrant over its whole run, in cents; null without a target. */
export function budgetPerRegistrantCents(program: { budget_cents: number; target_registrants: number }): number | null {
	if (program.target_registrants <= 0) return null;
	return Math.round(program.budget_cents / program.target_registrants);
}
