/**
 * Where an amount came from, against last fiscal year's funding: `previous_cents` (null when the recipient had none)
 * and `change_share` = (amount − previous) ÷ previous (null when there is no previous to divide by).
 */
import type { AllocationServiceInput } from './types';

export type ChangeFromLastYear = { previous_cents: number | null; change_share: number | null };

export function changeFrom(amountCents: number, previousCents: number | null): ChangeFromLastYear {
	if (previousCents === null || previousCents <= 0) return { previous_cents: previousCents, change_share: null };
	return { previous_cents: previousCents, change_share: (amountCents - previousCents) / previousCents };
}

/** Each line with its change, last year's funding read from the inputs the amounts were computed from. */
export function withChanges<L extends { police_service_id: string; amount_cents: number }>(
	lines: readonly L[],
	inputs: readonly Pick<AllocationServiceInput, 'police_service_id' | 'last_year_cents'>[]
): (L & ChangeFromLastYear)[] {
	const previous = new Map(inputs.map((input) => [input.police_service_id, input.last_year_cents]));
	return lines.map((line) => ({ ...line, ...changeFrom(line.amount_cents, previous.get(line.police_service_id) ?? null) }));
}
