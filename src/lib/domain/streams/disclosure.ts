/**
 * Disclosure control for the streams' counts (domain.md §9): the same rule as the coverage engine's
 * (domain/coverage/disclosure.ts), so a registry count of 1–4 reads "<5" to a viewer not cleared for
 * the police service, and a rate built on it is withheld.
 */
import { SUPPRESSED, WITHHELD, isSmallCount, type DisclosedNumber } from '../coverage/disclosure';

export function discloseCount(count: number, cleared: boolean): DisclosedNumber {
	return !cleared && isSmallCount(count) ? SUPPRESSED : count;
}

/** A rate on counts: withheld when any count it is built on is suppressed for this viewer. */
export function discloseRate(rate: number | null, counts: readonly number[], cleared: boolean): DisclosedNumber {
	return !cleared && counts.some(isSmallCount) ? WITHHELD : rate;
}
