/**
 * Starting parameters for a new scenario. They are a reasoned starting point, not ministry policy: Ontario's own split
 * of the $5M is not public (domain primer § 7), so every number here is meant to be changed and defended by a planner.
 */
import type { AllocationParameters } from './types';

export const DEFAULT_BUDGET_CENTS = 500_000_000;

export const DEFAULT_PARAMETERS: AllocationParameters = {
	budget_cents: DEFAULT_BUDGET_CENTS,
	eligibility: 'ice_strategy_members',
	// ICAC (34 U.S.C. § 21116) guarantees each task force 0.5 % of the formula pot; here it is 0.5 % of the budget,
	// once per member (the OPP is one member; the assisted-communities line has no floor).
	floor: { kind: 'share', share: 0.005 },
	// ICAC: at least 75 % by formula, the rest by need (children × remoteness).
	formula_share: 0.75,
	// A policy choice (the statute sets no weights), following the ICAC list: workload first (leads received and cases
	// referred for prosecution), then who is exposed (children), then what it costs to reach them (remoteness).
	weights: {
		population: 0,
		children: 0.3,
		referrals: 0.3,
		charges: 0.2,
		remoteness: 0.2
	},
	cap: { kind: 'none' },
	// UK Police Allocation Formula: damping limits year-on-year change. ±10 % of last fiscal year's funding; a recipient
	// new to the strategy phases in (limits.ts).
	damping: 0.1,
	rounding_cents: 100
};
