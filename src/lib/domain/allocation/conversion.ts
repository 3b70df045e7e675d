/**
 * Dollars → FTEs: how much ICE staffing an amount of money buys in a year, used to project any scenario (projection.ts)
 * and by the optimiser (optimiser.ts), so both speak the same currency.
 *
 * Costs are ASSUMPTIONS, not sourced figures: no public per-service ICE costing exists (domain primer § 5, § 11).
 * "Loaded" = salary + benefits + equipment, training and overhead for one year.
 * - Investigator: $140,000. Ontario first-class constable salaries are of the order of $105,000–$115,000 (2024
 *   collective agreements, uncertain), plus roughly 25 % benefits and on-costs.
 * - Forensic examiner: $120,000. A civilian digital-forensics analyst at about $95,000, plus on-costs.
 * Replace both with ministry costing when available; the planner can override them per scenario.
 */

export type FteConversion = {
	/** Loaded annual cost of one investigator FTE, in cents. */
	investigator_fte_cents: number;
	/** Loaded annual cost of one forensic examiner FTE, in cents. */
	forensic_examiner_fte_cents: number;
	/**
	 * Share (0..1) of each service's money read as examiner time; the rest is investigator time. Default 0: every
	 * dollar is investigator time, so the formula and the optimiser (which places investigators) compare like for like.
	 */
	forensic_examiner_share: number;
	/** Smallest position funded (0.5 = half-FTE steps). 0 reads money as fractional FTE (overtime, secondments). */
	increment_fte: number;
};

export const DEFAULT_CONVERSION: FteConversion = {
	investigator_fte_cents: 14_000_000,
	forensic_examiner_fte_cents: 12_000_000,
	forensic_examiner_share: 0,
	increment_fte: 0.5
};

export type FundedFtes = {
	investigator_fte: number;
	forensic_examiner_fte: number;
	/** Money that pays for the FTEs above; the rest buys less than one increment and is left for other costs. */
	used_cents: number;
	unused_cents: number;
};

/** Whole increments that `cents` pays for, and what they cost. */
function positions(cents: number, fteCents: number, increment: number): { fte: number; used: number } {
	if (fteCents <= 0 || cents <= 0) return { fte: 0, used: 0 };
	if (increment <= 0) return { fte: cents / fteCents, used: cents };
	const stepCents = Math.round(fteCents * increment);
	const steps = Math.floor(cents / stepCents);
	return { fte: steps * increment, used: steps * stepCents };
}

export function ftesFromCents(cents: number, conversion: FteConversion): FundedFtes {
	const examinerCents = Math.floor(cents * conversion.forensic_examiner_share);
	const investigators = positions(cents - examinerCents, conversion.investigator_fte_cents, conversion.increment_fte);
	const examiners = positions(examinerCents, conversion.forensic_examiner_fte_cents, conversion.increment_fte);
	const used = investigators.used + examiners.used;
	return {
		investigator_fte: investigators.fte,
		forensic_examiner_fte: examiners.fte,
		used_cents: used,
		unused_cents: cents - used
	};
}
