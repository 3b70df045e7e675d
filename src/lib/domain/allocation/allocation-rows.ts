/**
 * The split as a table: one row per eligible service, largest amount first (then by name), with last year's amount,
 * the change (in cents and as a share), the investigator FTEs the amount funds (conversion.ts) and the sentences that
 * explain it. The OPP's row says how much of it is the assisted-communities line.
 */
import { changeFrom } from './change';
import { ftesFromCents, type FteConversion } from './conversion';
import type { AllocationExplanation, AllocationServiceInput } from './types';

export type AllocationRow = {
	police_service_id: string;
	name: string;
	amount_cents: number;
	last_year_cents: number | null;
	/** null: the service had nothing last year. */
	change_cents: number | null;
	/** (amount − last year) ÷ last year; null when it had nothing last year. */
	change_share: number | null;
	/** The part of the amount on the OPP's assisted-communities line (0 for every other row). */
	assisted_line_cents: number;
	investigator_fte: number;
	sentence_en: string;
	sentence_fr: string;
};

export function allocationRows(
	allocations: readonly { police_service_id: string; amount_cents: number; explanation: AllocationExplanation }[],
	inputs: readonly AllocationServiceInput[],
	names: Readonly<Record<string, string>>,
	conversion: FteConversion
): AllocationRow[] {
	const lastYear = new Map(inputs.map((input) => [input.police_service_id, input.last_year_cents]));
	return allocations
		.filter((allocation) => allocation.explanation.eligible)
		.map((allocation) => {
			const previous = lastYear.get(allocation.police_service_id) ?? null;
			return {
				police_service_id: allocation.police_service_id,
				name: names[allocation.police_service_id] ?? allocation.police_service_id,
				amount_cents: allocation.amount_cents,
				last_year_cents: previous,
				change_cents: previous === null ? null : allocation.amount_cents - previous,
				change_share: changeFrom(allocation.amount_cents, previous).change_share,
				assisted_line_cents: allocation.explanation.assisted_line_cents ?? 0,
				investigator_fte: ftesFromCents(allocation.amount_cents, conversion).investigator_fte,
				sentence_en: allocation.explanation.sentence_en,
				sentence_fr: allocation.explanation.sentence_fr
			};
		})
		// Code-point order on ties, not localeCompare: the server render and the browser must agree.
		.sort((a, b) => b.amount_cents - a.amount_cents || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
