/**
 * Starting parameters for a new scenario. They are a reasoned starting point, not ministry policy: Ontario's own split
 * of the $5M is not public (domain primer § 7), so every number here is meant to be changed and defended by a planner.
 */
import type { AllocationParameters } from './types';

export const DEFAULT_BUDGET_CENTS = 500_000_000;

export const DEFAULT_PARAMETERS: AllocationParameters = {
	budget_cents: DEFAULT_BUDGET_CENTS,
	eligibility: 'ice_strategy_members',
	// ICAC (34 U.S.C. § 21116) guarantees each task force 0.5 % of the formula pot; here it is 0.5 % of the budget.
	floor: { kind: 'share', share: 0.005 },
	// ICAC: at least 75 % by formula, the rest by need.
	formula_share: 0.75,
	// A policy choice (the statute sets no weights): caseload first, then who is exposed, then where capacity is thin.
	weights: {
		population: 0,
		children: 0.25,
		referrals: 0.3,
		caseload_per_investigator: 0.2,
		gap_severity: 0.15,
		remoteness: 0.1
	},
	cap: { kind: 'none' },
	damping: null,
	rounding_cents: 100
};
