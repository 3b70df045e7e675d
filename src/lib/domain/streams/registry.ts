/**
 * Registry-compliance metrics (issue 10, deliverable 3): aggregates per police service and quarter of
 * an address-verification program such as the Toronto pilot (domain.md §1, arm 5). Never per person.
 */
import { streamMetrics } from '../../metrics';

/** Computed by its registry entry (domain/metrics/streams.ts). */
export const verificationRate = streamMetrics.registry_verification_rate.compute;

/** A program's cost per registrant over its whole run, in cents; null without a target. */
export function budgetPerRegistrantCents(program: { budget_cents: number; target_registrants: number }): number | null {
	if (program.target_registrants <= 0) return null;
	return Math.round(program.budget_cents / program.target_registrants);
}
