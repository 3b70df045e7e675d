/**
 * The allocation formula: splits a budget among police services, to the cent, with a reason for every cent.
 *
 * Method, in the order applied (sources: 34 U.S.C. § 21116, the US ICAC Task Force Program formula; the UK Police
 * Allocation Formula's floors and damping):
 *  1. Eligibility: ICE Strategy members, all services, or services with a community at `gap` or worse. One floor per
 *     eligible member: the OPP is one member. The services the OPP assists that are not eligible themselves (First
 *     Nations services and services without a unit, under the default rule) are pooled into one more recipient, the
 *     line "OPP Child Sexual Exploitation Unit / Project P — assisted communities", whose factor values are the sums
 *     of theirs; it is paid to the OPP, has no floor, and is absent under "all services" (eligibility.ts).
 *  2. Floor: every eligible service gets the floor (a fixed amount, or a share of the budget; ICAC guarantees 0.5 %).
 *  3. Formula pot = formula_share × what remains (ICAC: at least 75 %). Each service gets
 *     pot × Σ_factor weight × (its value ÷ the eligible total), factors and weights as defined in factors.ts; a factor
 *     whose eligible total is zero is split equally. Weights are a policy choice and sum to 1.
 *  4. Need pot = the rest, split by children × remoteness of their community (targets.ts). No factor and no need
 *     weight reads a recipient's staffing, so hiring never lowers an amount.
 *  5. Cap: amounts above the cap are cut and the excess goes to the others in proportion to what they earned in 3–4,
 *     repeated to a fixed point (solved exactly in bounds.ts).
 *  6. Damping: recipients with an amount last year stay within ±damping of it; recipients new to the strategy phase in
 *     (at most half their formula amount, limits.ts); the money moves the same way as in 5. If the bounds cannot all
 *     hold, the result says so, with the smallest damping that would work, instead of bending them.
 *  7. Rounding to the rounding unit by largest remainder within every bound, so the amounts add up exactly to the
 *     budget in integer cents (apportion.ts documents how a budget that the unit does not divide is handled).
 * Deterministic: services are processed in police_service_id order (code points), ties go to the first id, and no
 * clock or randomness is read, so the same inputs give byte-identical JSON on the server and in the browser.
 */
import { apportion } from './apportion';
import { changeFrom } from './change';
import { fitWithinBounds } from './bounds';
import { assistedPool, byServiceId, isEligible } from './eligibility';
import { explain, explainIneligible, withAssistedLine } from './explanation';
import { FACTOR_IDS } from './factors';
import { dampingBudget, dampingConflict, invalidInput, roundingTooCoarse } from './infeasibility';
import { capCents, floorCents, recipientLimits, type ServiceLimits } from './limits';
import { computeTargets, type RecipientValues, type ServiceTarget } from './targets';
import type { AllocationParameters, AllocationResult, AllocationServiceInput, DampingDirection, ServiceAllocation } from './types';
import { MAX_BUDGET_CENTS, validateParameters } from './validate';
import { validateServices } from './validate-services';

/** A real-valued amount within a thousandth of a cent of a bound is at that bound. */
const AT_BOUND_CENTS = 1e-3;
/** Damping is searched up to this (±10,000 %): beyond it, damping is not what binds. */
const MAX_DAMPING = 100;

/** One share of the budget: an eligible service, or the OPP's assisted-communities line. */
type Recipient = {
	police_service_id: string;
	values: RecipientValues;
	floor_cents: number;
	last_year_cents: number | null;
	/** The assisted-communities line: the ids of the services it answers for. */
	assisted: string[] | null;
};

function valuesOf(services: readonly AllocationServiceInput[]): RecipientValues {
	const values: RecipientValues = { population: 0, children: 0, referrals: 0, charges: 0, remoteness: 0, remote_children: 0 };
	for (const service of services) {
		for (const id of FACTOR_IDS) values[id] += service[id];
		values.remote_children += service.remote_children;
	}
	return values;
}

function recipientsOf(ordered: readonly AllocationServiceInput[], params: AllocationParameters, floor: number): Recipient[] {
	const recipients: Recipient[] = ordered
		.filter((service) => isEligible(service, params.eligibility))
		.map((service) => ({
			police_service_id: service.police_service_id,
			values: valuesOf([service]),
			floor_cents: floor,
			last_year_cents: service.last_year_cents,
			assisted: null
		}));
	const pool = assistedPool(ordered, params.eligibility);
	const opp = ordered.find((service) => service.kind === 'opp' && isEligible(service, params.eligibility));
	if (pool.length > 0 && opp !== undefined) {
		recipients.push({
			police_service_id: opp.police_service_id,
			values: valuesOf(pool),
			floor_cents: 0,
			// A line new to the strategy: last year's OPP funding paid the OPP as a member, not this line.
			last_year_cents: null,
			assisted: pool.map((service) => service.police_service_id)
		});
	}
	return recipients;
}

function dampingHolds(amount: number, limits: ServiceLimits, floor: number, cap: number): boolean {
	if (!limits.damped && !limits.phased_in) return false;
	const heldUp = limits.min_cents > floor && amount <= limits.min_cents + AT_BOUND_CENTS;
	const heldDown = limits.max_cents < cap && amount >= limits.max_cents - AT_BOUND_CENTS;
	return heldUp || heldDown;
}

function limitsAt(recipients: readonly Recipient[], targets: readonly ServiceTarget[], damping: number | null, cap: number): ServiceLimits[] {
	return recipients.map((recipient, index) =>
		recipientLimits(
			recipient.last_year_cents,
			damping,
			recipient.floor_cents,
			cap,
			recipient.floor_cents + (targets[index]?.earned_cents ?? 0)
		)
	);
}

function feasible(limits: readonly ServiceLimits[], budget: number): boolean {
	let low = 0;
	let high = 0;
	for (const bound of limits) {
		if (bound.min_cents > bound.max_cents) return false;
		low += bound.min_cents;
		high += bound.max_cents;
	}
	return low <= budget && budget <= high;
}

/**
 * The smallest damping (to 0.1 percentage point, rounded up) at which every bound holds and the budget fits, or null
 * when no damping up to MAX_DAMPING would do (then the floor, the cap or the phase-in is what binds). Feasibility only
 * grows with damping: every damped interval widens.
 */
export function smallestFeasibleDamping(
	recipients: readonly Recipient[],
	targets: readonly ServiceTarget[],
	from: number,
	cap: number,
	budget: number
): number | null {
	const ok = (damping: number) => feasible(limitsAt(recipients, targets, damping, cap), budget);
	if (!ok(MAX_DAMPING)) return null;
	let low = Math.floor(from * 1000);
	let high = MAX_DAMPING * 1000;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (ok(middle / 1000)) high = middle;
		else low = middle + 1;
	}
	return high / 1000;
}

/** Round budgets to try at the edge, in rounding units: a planner would rather read $5,210,000 than $5,209,873. */
const BUDGET_STEPS = [1, 2, 5, 10, 100, 1_000, 10_000, 100_000] as const;

/**
 * A budget at which the same services and parameters split, when damping cannot meet the given one. Bisection finds
 * the edge of the damped bounds in rounding units: a budget below the damped minimums is too small, one above the
 * damped maximums too large (floors given as a share move with the budget, and new recipients' phase-in with their
 * formula amounts, so each candidate is computed in full). Rounding is left out of that search, since whether a split
 * rounds to the unit depends on the budget's digits (a share floor of 0.5 % of $5,312,500 is $26,562.50) rather than on
 * its size; from the edge, ever rounder budgets are tried until one splits in full. When the minimums exceed the
 * budget the answer is above it, when the maximums fall short below it; null when no budget works with this damping
 * (the smallest that clears the minimums already exceeds the maximums).
 */
function workingBudget(services: readonly AllocationServiceInput[], parameters: AllocationParameters, direction: DampingDirection): number | null {
	const unit = parameters.rounding_cents;
	const most = Math.floor(MAX_BUDGET_CENTS / unit);
	const split = (units: number) => computeAllocation(services, { ...parameters, budget_cents: units * unit }).infeasible;
	const side = (units: number): 'low' | 'high' | 'fits' | 'other' => {
		const infeasible = split(units);
		if (infeasible === undefined || infeasible.code === 'rounding_unit_too_coarse') return 'fits';
		const missed = infeasible.budget_bound?.direction;
		return missed === 'minimums_exceed_total' ? 'low' : missed === 'maximums_below_total' ? 'high' : 'other';
	};
	const up = direction === 'minimums_exceed_total';
	const at = parameters.budget_cents / unit;
	let edge: number;
	if (up) {
		// The first multiple that is not too small, above one that is.
		let low = Math.max(0, Math.floor(at));
		let high = Math.min(most, Math.max(1, low * 2));
		while (side(high) === 'low') {
			if (high >= most) return null;
			low = high;
			high = Math.min(most, high * 2);
		}
		while (high - low > 1) {
			const middle = Math.floor((low + high) / 2);
			if (side(middle) === 'low') low = middle;
			else high = middle;
		}
		edge = high;
	} else {
		// The last multiple that is not too large, below one that is.
		let high = Math.ceil(at);
		let low = Math.floor(high / 2);
		while (low >= 1 && side(low) === 'high') {
			high = low;
			low = Math.floor(low / 2);
		}
		if (low < 1) return null;
		while (high - low > 1) {
			const middle = Math.floor((low + high) / 2);
			if (side(middle) === 'high') high = middle;
			else low = middle;
		}
		edge = low;
	}
	if (side(edge) !== 'fits') return null;
	for (const step of BUDGET_STEPS) {
		const candidate = (up ? Math.ceil(edge / step) : Math.floor(edge / step)) * step;
		if (candidate >= 1 && candidate <= most && split(candidate) === undefined) return candidate * unit;
	}
	return null;
}

/** The same answer, with a budget that would work when damping cannot meet this one (workingBudget). */
export function withWorkingBudget(
	services: readonly AllocationServiceInput[],
	parameters: AllocationParameters,
	result: AllocationResult
): AllocationResult {
	const infeasible = result.infeasible;
	if (infeasible?.code !== 'damping_cannot_meet_budget' || infeasible.budget_bound === undefined) return result;
	const { direction, bound_cents } = infeasible.budget_bound;
	const budgetWorks = workingBudget(services, parameters, direction);
	return dampingBudget(
		infeasible.police_service_ids,
		parameters.damping ?? 0,
		direction,
		bound_cents,
		parameters.budget_cents,
		infeasible.feasible_damping ?? null,
		budgetWorks
	);
}

export function computeAllocation(services: readonly AllocationServiceInput[], parameters: AllocationParameters): AllocationResult {
	const checkedServices = validateServices(services);
	if (!checkedServices.ok) return invalidInput(checkedServices.errors);
	const checked = validateParameters(parameters, checkedServices.value);
	if (!checked.ok) return invalidInput(checked.errors);
	const params = checked.value;
	const budget = params.budget_cents;

	const ordered = [...checkedServices.value].sort(byServiceId);
	const floor = floorCents(params.floor, budget);
	const cap = capCents(params.cap, budget);
	const recipients = recipientsOf(ordered, params, floor);
	const floors = recipients.reduce((sum, recipient) => sum + recipient.floor_cents, 0);
	const targets = computeTargets(recipients.map((recipient) => recipient.values), params, floors);

	const earned = targets.map((target) => target.earned_cents);
	const capped = fitWithinBounds(
		recipients.map((recipient, index) => ({
			base: recipient.floor_cents,
			slope: earned[index] ?? 0,
			min: recipient.floor_cents,
			max: cap
		})),
		budget
	);
	// Validation guarantees floors ≤ budget ≤ caps × recipients, so this fit always exists.
	if (!capped.ok) throw new Error('allocation: cap stage infeasible after validation');

	const limits = limitsAt(recipients, targets, params.damping, cap);
	const damping = params.damping ?? 0;
	const conflicts = recipients.filter((_, index) => {
		const bound = limits[index];
		return bound !== undefined && bound.min_cents > bound.max_cents;
	});
	if (conflicts.length > 0) {
		const ids = [...new Set(conflicts.map((r) => r.police_service_id))];
		return dampingConflict(ids, damping, smallestFeasibleDamping(recipients, targets, damping, cap, budget));
	}

	const dampedItems = limits.map((bound, index) => ({
		base: recipients[index]?.floor_cents ?? 0,
		slope: earned[index] ?? 0,
		min: bound.min_cents,
		max: bound.max_cents
	}));
	// Without damping the intervals are the cap stage's own, and so is the fit.
	const damped = params.damping === null ? capped : fitWithinBounds(dampedItems, budget);
	if (!damped.ok) {
		const low = damped.reason === 'minimums_exceed_total';
		const ids = recipients
			.filter((recipient, index) => {
				const bound = limits[index];
				return bound !== undefined && (low ? bound.min_cents > recipient.floor_cents : bound.max_cents < cap);
			})
			.map((recipient) => recipient.police_service_id);
		const total = limits.reduce((sum, bound) => sum + (low ? bound.min_cents : bound.max_cents), 0);
		const works = smallestFeasibleDamping(recipients, targets, damping, cap, budget);
		return dampingBudget([...new Set(ids)], damping, damped.reason, total, budget, works);
	}

	const rounded = apportion(
		limits.map((bound, index) => ({ amount: damped.amounts[index] ?? 0, ...bound })),
		budget,
		params.rounding_cents
	);
	if (!rounded.ok) return roundingTooCoarse(params.rounding_cents);

	const byId = new Map<string, ServiceAllocation>();
	let line: { amount: number; explanation: ReturnType<typeof explain>; ids: string[] } | null = null;
	recipients.forEach((recipient, index) => {
		const target = targets[index];
		const bound = limits[index];
		const real = damped.amounts[index] ?? 0;
		const amount = rounded.cents[index] ?? 0;
		if (target === undefined || bound === undefined) return;
		const held = dampingHolds(real, bound, recipient.floor_cents, cap);
		const explanation = explain(
			{
				floor_cents: recipient.floor_cents,
				factor_cents: target.factor_cents,
				need_cents: target.need_cents,
				target_cents: recipient.floor_cents + target.earned_cents,
				capped_cents: capped.amounts[index] ?? 0,
				damped_cents: real,
				amount_cents: amount,
				damped_against_cents: held && bound.damped ? recipient.last_year_cents : null,
				phased_in: held && bound.phased_in
			},
			params
		);
		if (recipient.assisted !== null) {
			line = { amount, explanation, ids: recipient.assisted };
			return;
		}
		const id = recipient.police_service_id;
		byId.set(id, { police_service_id: id, amount_cents: amount, previous_cents: null, change_share: null, explanation });
	});
	const assisted = line as { amount: number; explanation: ReturnType<typeof explain>; ids: string[] } | null;
	if (assisted !== null) {
		const opp = recipients.find((recipient) => recipient.assisted !== null)?.police_service_id ?? '';
		const member = byId.get(opp);
		if (member !== undefined) {
			byId.set(opp, {
				...member,
				amount_cents: member.amount_cents + assisted.amount,
				explanation: withAssistedLine(member.explanation, member.amount_cents, assisted.explanation, assisted.amount, assisted.ids)
			});
		}
	}

	const allocations = ordered.map((service): ServiceAllocation => {
		const allocated = byId.get(service.police_service_id);
		const amount = allocated?.amount_cents ?? 0;
		return {
			police_service_id: service.police_service_id,
			amount_cents: amount,
			...changeFrom(amount, service.last_year_cents),
			explanation: allocated?.explanation ?? explainIneligible(params, service.assisted_by_opp && assisted !== null)
		};
	});
	const total = allocations.reduce((sum, allocation) => sum + allocation.amount_cents, 0);
	if (total !== budget) throw new Error(`allocation: total ${total} differs from budget ${budget}`);
	return { total_cents: total, allocations };
}
