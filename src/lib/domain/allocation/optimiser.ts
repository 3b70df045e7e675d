/**
 * "What does the money buy": places investigator FTEs, in whole increments (half an FTE by default), where they do the
 * most for one of two objectives, within the budget and a per-service spending cap.
 * - `worst_caseload`: lexicographic minimax of referrals per investigator. Each increment goes to the service with the
 *   worst caseload (first by id on ties); when that service is at its cap, to the next worst. Adding to the worst is
 *   the only move that lowers the maximum, so this greedy is optimal for the worst caseload, increment by increment.
 * - `gap_children`: the most children in `gap`/`critical` communities whose staffing gap closes (projection.ts), as a
 *   0/1 knapsack over each service's shortfall (knapsack.ts: exact for the province). What is left then goes to the
 *   worst caseloads, as above.
 * Costs and increments come from conversion.ts, so formula and optimiser figures are in the same currency.
 */
import type { FteConversion } from './conversion';
import { byServiceId, isEligible } from './eligibility';
import { chooseItems } from './knapsack';
import {
	investigatorsNeeded,
	referralsPerInvestigator,
	staffingOutcome,
	worstCaseload,
	type StaffingOutcome
} from './projection';
import { validateOptimiserOptions, type OptimiserObjective } from './optimiser-options';
import type { AllocationServiceInput } from './types';
import type { Validation } from '../result';

export type OptimiserPlacement = StaffingOutcome & { cost_cents: number; children_in_gap: number };

export type OptimiserResult = {
	objective: OptimiserObjective;
	budget_cents: number;
	used_cents: number;
	unused_cents: number;
	/** One row per eligible service, sorted by id, including those that received nothing. */
	placements: OptimiserPlacement[];
	/** null: some service has referrals and no investigator. */
	worst_referrals_per_investigator_before: number | null;
	worst_referrals_per_investigator_after: number | null;
	children_in_closed_gaps: number;
};

/** The optimiser places discrete positions: a conversion read as fractional FTE (increment 0) places half FTEs. */
function stepFte(conversion: FteConversion): number {
	return conversion.increment_fte > 0 ? conversion.increment_fte : 0.5;
}

/** Closes as many children's staffing gaps as `capacity` steps allow, writing the steps placed into `steps`. */
function closeGaps(
	services: readonly AllocationServiceInput[],
	steps: number[],
	maxSteps: readonly number[],
	capacity: number,
	step: number,
	target: number
): void {
	const candidates: { index: number; weight: number; value: number }[] = [];
	services.forEach((service, index) => {
		const shortfall = investigatorsNeeded(service, target) - service.investigator_fte;
		if (service.children_in_gap <= 0 || shortfall <= 0) return;
		// The 1e-9 keeps a shortfall of exactly 1.5 FTE at three half-FTE steps despite floating-point noise.
		const weight = Math.ceil(shortfall / step - 1e-9);
		if (weight <= (maxSteps[index] ?? 0)) candidates.push({ index, weight, value: service.children_in_gap });
	});
	for (const chosen of chooseItems(candidates, capacity)) {
		const candidate = candidates[chosen];
		if (candidate !== undefined) steps[candidate.index] = candidate.weight;
	}
}

/** Gives the remaining steps, one at a time, to the worst caseload that can still take one. */
function relieveWorst(
	services: readonly AllocationServiceInput[],
	steps: number[],
	maxSteps: readonly number[],
	remaining: number,
	step: number
): void {
	for (let left = remaining; left > 0; left -= 1) {
		let worst = -1;
		let worstCaseload = 0;
		services.forEach((service, index) => {
			if ((steps[index] ?? 0) >= (maxSteps[index] ?? 0)) return;
			const caseload = referralsPerInvestigator(service.referrals, service.investigator_fte + (steps[index] ?? 0) * step);
			if (caseload > worstCaseload) {
				worst = index;
				worstCaseload = caseload;
			}
		});
		if (worst < 0) return;
		steps[worst] = (steps[worst] ?? 0) + 1;
	}
}

/** Checks the options (bad input is answered with field errors), then places the FTEs. */
export function optimiseStaffing(
	services: readonly AllocationServiceInput[],
	input: unknown
): Validation<OptimiserResult> {
	const checked = validateOptimiserOptions(input);
	if (!checked.ok) return checked;
	const options = checked.value;
	const step = stepFte(options.conversion);
	const stepCents = Math.round(options.conversion.investigator_fte_cents * step);
	const budget = options.budget_cents;
	const eligible = [...services].sort(byServiceId).filter((service) => isEligible(service, options.eligibility));
	const capacity = Math.floor(budget / stepCents);
	const perService = options.cap_cents === null ? capacity : Math.floor(options.cap_cents / stepCents);
	const maxSteps = eligible.map(() => Math.min(capacity, perService));
	const steps = eligible.map(() => 0);
	const target = options.target_referrals_per_investigator;

	if (options.objective === 'gap_children') closeGaps(eligible, steps, maxSteps, capacity, step, target);
	const placed = steps.reduce((sum, n) => sum + n, 0);
	relieveWorst(eligible, steps, maxSteps, capacity - placed, step);

	const placements = eligible.map((service, index) => {
		const count = steps[index] ?? 0;
		const outcome = staffingOutcome(service, count * step, target);
		return { ...outcome, cost_cents: count * stepCents, children_in_gap: service.children_in_gap };
	});
	const used = placements.reduce((sum, placement) => sum + placement.cost_cents, 0);
	return {
		ok: true,
		value: {
			objective: options.objective,
			budget_cents: budget,
			used_cents: used,
			unused_cents: budget - used,
			placements,
			worst_referrals_per_investigator_before: worstCaseload(placements, false),
			worst_referrals_per_investigator_after: worstCaseload(placements, true),
			children_in_closed_gaps: placements.reduce((sum, p) => sum + (p.gap_closed ? p.children_in_gap : 0), 0)
		}
	};
}
