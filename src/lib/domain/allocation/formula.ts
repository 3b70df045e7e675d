/**
 * The allocation formula: splits a budget among police services, to the cent, with a reason for every cent.
 *
 * Method, in the order applied (sources: 34 U.S.C. § 21116, the US ICAC Task Force Program formula; the UK Police
 * Allocation Formula's floors and damping):
 *  1. Eligibility: ICE Strategy members, all services, or services with a community at `gap` or worse.
 *  2. Floor: every eligible service gets the floor (a fixed amount, or a share of the budget; ICAC guarantees 0.5 %).
 *  3. Formula pot = formula_share × what remains (ICAC: at least 75 %). Each service gets
 *     pot × Σ_factor weight × (its value ÷ the eligible total), factors and weights as defined in factors.ts; a factor
 *     whose eligible total is zero is split equally. Weights are a policy choice and sum to 1.
 *  4. Need pot = the rest, split by gap severity × children (targets.ts), equally when no eligible service has a gap.
 *  5. Cap: amounts above the cap are cut and the excess goes to the others in proportion to what they earned in 3–4,
 *     repeated to a fixed point (solved exactly in bounds.ts).
 *  6. Damping: services with an amount last year stay within ±damping of it (services new to the strategy are free);
 *     the money moves the same way as in 5. If the bounds cannot all hold, the result says so instead of bending them.
 *  7. Rounding to the rounding unit by largest remainder within every bound, so the amounts add up exactly to the
 *     budget in integer cents (apportion.ts documents how a budget that the unit does not divide is handled).
 * Deterministic: services are processed in police_service_id order (code points), ties go to the first id, and no
 * clock or randomness is read, so the same inputs give byte-identical JSON on the server and in the browser.
 */
import { apportion } from './apportion';
import { fitWithinBounds } from './bounds';
import { byServiceId, isEligible } from './eligibility';
import { explain, explainIneligible } from './explanation';
import { dampingBudget, dampingConflict, invalidInput, roundingTooCoarse } from './infeasibility';
import { capCents, floorCents, serviceLimits, type ServiceLimits } from './limits';
import { computeTargets } from './targets';
import type { AllocationParameters, AllocationResult, AllocationServiceInput, ServiceAllocation } from './types';
import { validateParameters } from './validate';
import { validateServices } from './validate-services';

/** A real-valued amount within a thousandth of a cent of a bound is at that bound. */
const AT_BOUND_CENTS = 1e-3;

function dampingHolds(amount: number, limits: ServiceLimits, floor: number, cap: number): boolean {
	if (!limits.damped) return false;
	const heldUp = limits.min_cents > floor && amount <= limits.min_cents + AT_BOUND_CENTS;
	const heldDown = limits.max_cents < cap && amount >= limits.max_cents - AT_BOUND_CENTS;
	return heldUp || heldDown;
}

export function computeAllocation(
	services: readonly AllocationServiceInput[],
	parameters: AllocationParameters
): AllocationResult {
	const checkedServices = validateServices(services);
	if (!checkedServices.ok) return invalidInput(checkedServices.errors);
	const checked = validateParameters(parameters, checkedServices.value);
	if (!checked.ok) return invalidInput(checked.errors);
	const params = checked.value;
	const budget = params.budget_cents;

	const ordered = [...checkedServices.value].sort(byServiceId);
	const eligible = ordered.filter((service) => isEligible(service, params.eligibility));
	const floor = floorCents(params.floor, budget);
	const cap = capCents(params.cap, budget);
	const targets = computeTargets(eligible, params, floor);

	const earned = targets.map((target) => target.earned_cents);
	const capped = fitWithinBounds(earned.map((slope) => ({ base: floor, slope, min: floor, max: cap })), budget);
	// Validation guarantees floors × count ≤ budget ≤ caps × count, so this fit always exists.
	if (!capped.ok) throw new Error('allocation: cap stage infeasible after validation');

	const limits = eligible.map((service) => serviceLimits(service, params, floor, cap));
	const conflicts = eligible.filter((_, index) => {
		const bound = limits[index];
		return bound !== undefined && bound.min_cents > bound.max_cents;
	});
	const damping = params.damping ?? 0;
	if (conflicts.length > 0) return dampingConflict(conflicts.map((s) => s.police_service_id), damping);

	const dampedItems = limits.map((bound, index) => ({
		base: floor,
		slope: earned[index] ?? 0,
		min: bound.min_cents,
		max: bound.max_cents
	}));
	// Without damping the intervals are the cap stage's own, and so is the fit.
	const damped = params.damping === null ? capped : fitWithinBounds(dampedItems, budget);
	if (!damped.ok) {
		const low = damped.reason === 'minimums_exceed_total';
		const ids = eligible
			.filter((_, index) => {
				const bound = limits[index];
				return bound !== undefined && (low ? bound.min_cents > floor : bound.max_cents < cap);
			})
			.map((service) => service.police_service_id);
		const total = limits.reduce((sum, bound) => sum + (low ? bound.min_cents : bound.max_cents), 0);
		return dampingBudget(ids, damping, damped.reason, total, budget);
	}

	const rounded = apportion(
		limits.map((bound, index) => ({ amount: damped.amounts[index] ?? 0, ...bound })),
		budget,
		params.rounding_cents
	);
	if (!rounded.ok) return roundingTooCoarse(params.rounding_cents);

	const byId = new Map<string, ServiceAllocation>();
	eligible.forEach((service, index) => {
		const target = targets[index];
		const bound = limits[index];
		const real = damped.amounts[index] ?? 0;
		const amount = rounded.cents[index] ?? 0;
		if (target === undefined || bound === undefined) return;
		const heldByDamping = dampingHolds(real, bound, floor, cap);
		const explanation = explain(
			{
				floor_cents: floor,
				factor_cents: target.factor_cents,
				need_cents: target.need_cents,
				target_cents: floor + target.earned_cents,
				capped_cents: capped.amounts[index] ?? 0,
				damped_cents: real,
				amount_cents: amount,
				damped_against_cents: heldByDamping ? service.last_year_cents : null
			},
			params
		);
		const id = service.police_service_id;
		byId.set(id, { police_service_id: id, amount_cents: amount, explanation });
	});

	const allocations = ordered.map(
		(service) =>
			byId.get(service.police_service_id) ?? {
				police_service_id: service.police_service_id,
				amount_cents: 0,
				explanation: explainIneligible(params)
			}
	);
	const total = allocations.reduce((sum, allocation) => sum + allocation.amount_cents, 0);
	if (total !== budget) throw new Error(`allocation: total ${total} differs from budget ${budget}`);
	return { total_cents: total, allocations };
}
