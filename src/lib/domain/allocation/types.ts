/**
 * Types of the allocation engine: the planner's parameters, one service's inputs, and the result with its explanation.
 * All money is in integer cents (Number: exact up to 2^53, far above any budget the schema accepts).
 */
import type { FieldError } from '../result';
import type { ServiceKind } from '../vocabulary';
import type { FactorId } from './factors';

/** Which services take part: ICE Strategy members, every service, or services with a community at `gap` or worse. */
export const ELIGIBILITY_RULES = ['ice_strategy_members', 'all_services'] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

/** Rounding units: the cent, the dollar, $1,000. */
export const ROUNDING_UNITS_CENTS = [1, 100, 100_000] as const;
export type RoundingUnitCents = (typeof ROUNDING_UNITS_CENTS)[number];

/** Guaranteed to each eligible service: a fixed amount, or a share of the budget (ICAC: 0.5 % of the formula pot). */
export type FloorRule = { kind: 'cents'; cents: number } | { kind: 'share'; share: number };

/** Most any one service may receive: a fixed amount, a share of the budget, or no cap. */
export type CapRule = { kind: 'none' } | { kind: 'cents'; cents: number } | { kind: 'share'; share: number };

export type AllocationParameters = {
	/** Default 500,000,000 ($5,000,000.00, the strategy's provincewide policing envelope). */
	budget_cents: number;
	eligibility: EligibilityRule;
	floor: FloorRule;
	/** Share of what remains after floors split by the factor formula (0..1); the rest goes by need. ICAC uses ≥ 0.75. */
	formula_share: number;
	/** Policy weights, one per factor, summing to 1. */
	weights: Record<FactorId, number>;
	cap: CapRule;
	/**
	 * Largest fractional change allowed against last year's amount (0.1 = ±10 %), or null for no damping. With damping
	 * on, a recipient with no funding last year phases in (limits.ts, NEW_RECIPIENT_PHASE_IN).
	 */
	damping: number | null;
	rounding_cents: RoundingUnitCents;
};

/**
 * One police service's inputs for a period, as the server (or the browser) summarises them. The formula's factors
 * (population, children, referrals, charges, remoteness, remote_children) are sums over the service's communities or
 * its own counts, never its staffing; investigator_fte, referrals_per_investigator and children_in_gap feed only the
 * projection and the optimiser.
 */
export type AllocationServiceInput = {
	police_service_id: string;
	kind: ServiceKind;
	population: number;
	/** Children 0–17 (imported or estimated). */
	children: number;
	/** Referrals received over the trailing four quarters. */
	referrals: number;
	/** Charges laid over the trailing four quarters (ICAC: cases referred for prosecution). */
	charges: number;
	/** Investigations opened over the same period; shown beside the amounts, not a formula factor. */
	investigations: number;
	/** Dedicated ICE investigators (FTE) now; the optimiser and projection add to it. Never read by the formula. */
	investigator_fte: number;
	/** Annualised referrals per investigator FTE; null when the service has no investigator. Not a formula factor. */
	referrals_per_investigator: number | null;
	/** Children living in its communities at level `gap` or `critical` (the optimiser's objective; not a factor). */
	children_in_gap: number;
	/** Σ over its communities of the community's remoteness score (0..1 each, see community-summary.ts). */
	remoteness: number;
	/** Σ over its communities of children × the community's remoteness score: the need pot's weight. */
	remote_children: number;
	/** Last year's allocation; null (or 0) for a service new to the strategy, which then phases in. */
	last_year_cents: number | null;
	ice_strategy_member: boolean;
	/**
	 * Its files go to the OPP CSEU/Project P because it has no ICE unit of its own (every First Nations service, and
	 * municipal services without a unit; domain primer § 4–5).
	 */
	assisted_by_opp: boolean;
	/** At least one of its communities is at level `gap` or `critical`. Shown, never a formula input or an eligibility rule. */
	has_gap: boolean;
};

/** Integer cents that add up exactly to the amount, in the order the method applies them. */
export type AllocationExplanation = {
	eligible: boolean;
	floor_cents: number;
	factor_cents: Record<FactorId, number>;
	need_cents: number;
	/** Negative when the cap cut the service, positive when it received others' excess. */
	cap_adjustment_cents: number;
	/** Damping against last year, or the phase-in of a recipient new to the strategy. */
	damping_adjustment_cents: number;
	rounding_adjustment_cents: number;
	/**
	 * The OPP's row only: the line "OPP Child Sexual Exploitation Unit / Project P — assisted communities", funded for
	 * the communities the OPP assists that are not eligible themselves; 0 elsewhere. It is part of amount_cents, and
	 * `assisted_line` explains it to the cent on its own.
	 */
	assisted_line_cents?: number;
	assisted_line?: AssistedLineExplanation | null;
	sentence_en: string;
	sentence_fr: string;
};

/** The assisted-communities line: its own ledger (no floor), and the services whose communities it answers for. */
export type AssistedLineExplanation = Omit<AllocationExplanation, 'eligible' | 'assisted_line_cents' | 'assisted_line'> & {
	amount_cents: number;
	police_service_ids: string[];
};

export type ServiceAllocation = {
	police_service_id: string;
	amount_cents: number;
	/** Last fiscal year's funding; null when none (change.ts). */
	previous_cents: number | null;
	/** (amount − previous) ÷ previous; null when there is no previous. */
	change_share: number | null;
	explanation: AllocationExplanation;
};

export const INFEASIBILITY_CODES = [
	'invalid_input',
	'damping_conflicts_with_floor_or_cap',
	'damping_cannot_meet_budget',
	'rounding_unit_too_coarse'
] as const;
export type InfeasibilityCode = (typeof INFEASIBILITY_CODES)[number];

export type AllocationInfeasibility = {
	code: InfeasibilityCode;
	message_en: string;
	message_fr: string;
	/** Services at the heart of the conflict, sorted by id. */
	police_service_ids: string[];
	/** For `invalid_input`: what to fix, field by field. */
	errors: FieldError[];
	/** What would work: the smallest damping that is feasible (null when no damping would do, or not a damping issue). */
	feasible_damping?: number | null;
	/** `damping_cannot_meet_budget` only: which way the budget misses the damped bounds, and their sum. */
	budget_bound?: { direction: DampingDirection; bound_cents: number };
	/**
	 * `damping_cannot_meet_budget` only, once formula.ts `withWorkingBudget` has looked: a budget (whole cents) checked to
	 * split with these parameters, null when none would, and the sentence that says so.
	 */
	feasible_budget_cents?: number | null;
	budget_message?: { en: string; fr: string };
};

/** The damped minimums add up to more than the budget, or the damped maximums to less. */
export type DampingDirection = 'minimums_exceed_total' | 'maximums_below_total';

/** On infeasibility, `total_cents` is 0 and `allocations` is empty: no partial split is ever passed off as a result. */
export type AllocationResult = {
	total_cents: number;
	allocations: ServiceAllocation[];
	infeasible?: AllocationInfeasibility;
};
