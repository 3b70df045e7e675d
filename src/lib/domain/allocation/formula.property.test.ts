import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArbitrary } from '../../../../tests/support/allocation-arbitraries';
import { assertReached } from '../../../../tests/support/property';
import { isEligible } from './eligibility';
import { FACTOR_IDS } from './factors';
import { computeAllocation, withWorkingBudget } from './formula';
import { capCents, floorCents } from './limits';
import type { AllocationParameters, AllocationResult, AllocationServiceInput } from './types';

/** Thousands of runs take a few seconds here; leave room for slower CI machines. */
const PROPERTY_TIMEOUT_MS = 60_000;

function ledger(explanation: AllocationResult['allocations'][number]['explanation']): number {
	let sum = explanation.floor_cents + explanation.need_cents;
	for (const id of FACTOR_IDS) sum += explanation.factor_cents[id];
	return (
		sum +
		explanation.cap_adjustment_cents +
		explanation.damping_adjustment_cents +
		explanation.rounding_adjustment_cents +
		(explanation.assisted_line_cents ?? 0)
	);
}

/** Every promise a feasible result makes, checked against the inputs it came from. */
function expectHonoured(services: AllocationServiceInput[], params: AllocationParameters, result: AllocationResult): void {
	const budget = params.budget_cents;
	expect(result.total_cents).toBe(budget);
	expect(result.allocations.reduce((sum, a) => sum + a.amount_cents, 0)).toBe(budget);
	const floor = floorCents(params.floor, budget);
	const cap = capCents(params.cap, budget);
	const unit = params.rounding_cents;
	let offUnit = 0;
	for (const allocation of result.allocations) {
		const service = services.find((s) => s.police_service_id === allocation.police_service_id);
		if (service === undefined) throw new Error('allocation for an unknown service');
		const amount = allocation.amount_cents;
		expect(Number.isSafeInteger(amount)).toBe(true);
		expect(ledger(allocation.explanation)).toBe(amount);
		if (amount % unit !== 0) {
			offUnit += 1;
			expect(amount % unit).toBe(budget % unit);
		}
		if (!isEligible(service, params.eligibility)) {
			expect(amount).toBe(0);
			continue;
		}
		// The OPP's row holds the assisted-communities line on top of its own amount: each is bounded on its own.
		const line = allocation.explanation.assisted_line;
		const own = amount - (allocation.explanation.assisted_line_cents ?? 0);
		if (line !== undefined && line !== null) {
			expect(line.amount_cents).toBe(allocation.explanation.assisted_line_cents);
			expect(line.amount_cents).toBeGreaterThanOrEqual(0);
			expect(line.amount_cents).toBeLessThanOrEqual(cap);
			expect(line.police_service_ids.length).toBeGreaterThan(0);
			for (const id of line.police_service_ids) {
				const assisted = services.find((s) => s.police_service_id === id);
				expect(assisted?.assisted_by_opp).toBe(true);
				expect(assisted !== undefined && isEligible(assisted, params.eligibility)).toBe(false);
			}
		}
		expect(own).toBeGreaterThanOrEqual(floor);
		expect(own).toBeLessThanOrEqual(cap);
		const lastYear = service.last_year_cents;
		if (params.damping !== null && lastYear !== null && lastYear > 0) {
			const slack = 1e-9 * lastYear;
			expect(own).toBeGreaterThanOrEqual(lastYear * (1 - params.damping) - slack);
			expect(own).toBeLessThanOrEqual(lastYear * (1 + params.damping) + slack);
		}
	}
	expect(offUnit).toBeLessThanOrEqual(1);
}

describe('computeAllocation properties', () => {
	it('adds up exactly to the budget, to the cent, and honours floors, caps and damping, or says why not', () => {
		let feasible = 0;
		let runs = 0;
		let budgetChecked = 0;
		fc.assert(
			fc.property(scenarioArbitrary, ({ services, params }) => {
				runs += 1;
				const result = computeAllocation(services, params);
				if (result.infeasible === undefined) {
					feasible += 1;
					expectHonoured(services, params, result);
					return;
				}
				expect(result.allocations).toEqual([]);
				expect(result.infeasible.message_en.length).toBeGreaterThan(0);
				expect(result.infeasible.message_fr.length).toBeGreaterThan(0);
				// Infeasible damping always says what damping would work (or that none would).
				if (result.infeasible.code.startsWith('damping')) expect(result.infeasible.feasible_damping).not.toBeUndefined();
				const works = result.infeasible.feasible_damping;
				if (typeof works === 'number') {
					const relaxed = computeAllocation(services, { ...params, damping: works });
					expect(relaxed.infeasible?.code ?? 'feasible').not.toMatch(/^damping/);
				}
				// A budget it names as working does work, with the same damping (checked on a sample: each search costs dozens
				// of splits).
				if (result.infeasible.code === 'damping_cannot_meet_budget' && budgetChecked < 30) {
					const suggested = withWorkingBudget(services, params, result).infeasible;
					expect(suggested?.feasible_budget_cents).not.toBeUndefined();
					const budget = suggested?.feasible_budget_cents;
					if (typeof budget === 'number') {
						budgetChecked += 1;
						expect(computeAllocation(services, { ...params, budget_cents: budget }).infeasible).toBeUndefined();
					}
				}
				// Without damping, generated parameters are valid and fit, so only coarse rounding or a cap that rounds
				// below budget ÷ count (tiny budgets) can stop the split.
				if (params.damping === null) {
					const code = result.infeasible.code;
					const capOnly = code === 'invalid_input' && result.infeasible.errors.length > 0 && result.infeasible.errors.every((e) => e.field === 'cap');
					expect(code === 'rounding_unit_too_coarse' || capOnly).toBe(true);
				}
			}),
			{ numRuns: 1500 }
		);
		// Guard against a generator that only produces infeasible inputs and so proves nothing.
		expect(feasible / runs).toBeGreaterThan(0.4);
		expect(budgetChecked).toBeGreaterThan(10);
	}, PROPERTY_TIMEOUT_MS);

	it('never lowers a service’s amount when its referrals rise, beyond one rounding unit', () => {
		fc.assert(
			fc.property(scenarioArbitrary, fc.nat(), fc.integer({ min: 1, max: 5_000 }), ({ services, params }, pick, extra) => {
				const index = pick % services.length;
				const before = computeAllocation(services, params);
				const raised = services.map((s, i) => (i === index ? { ...s, referrals: s.referrals + extra } : s));
				const after = computeAllocation(raised, params);
				if (before.infeasible !== undefined || after.infeasible !== undefined) return;
				const id = services[index]?.police_service_id;
				const amountOf = (r: AllocationResult) => r.allocations.find((a) => a.police_service_id === id)?.amount_cents ?? 0;
				// Rounding may cost one unit (Balinski–Young, see apportion.ts), plus the budget's remainder modulo the unit;
				// the OPP's row holds two rounded recipients (itself and the assisted line), so twice that.
				const wiggle = 2 * (params.rounding_cents + (params.budget_cents % params.rounding_cents));
				expect(amountOf(after)).toBeGreaterThanOrEqual(amountOf(before) - wiggle);
			}),
			{ numRuns: 1000 }
		);
	}, PROPERTY_TIMEOUT_MS);

	it('never lowers a service’s amount when it adds investigators: staffing is no factor', () => {
		assertReached(fc.tuple(scenarioArbitrary, fc.nat(), fc.integer({ min: 1, max: 40 })), ([{ services, params }, pick, added], compared) => {
			const index = pick % services.length;
			const before = computeAllocation(services, params);
			const hired = services.map((s, i) => {
				if (i !== index) return s;
				const fte = s.investigator_fte + added / 2;
				return { ...s, investigator_fte: fte, referrals_per_investigator: s.referrals / fte };
			});
			const after = computeAllocation(hired, params);
			expect(after.infeasible?.code).toBe(before.infeasible?.code);
			if (before.infeasible !== undefined) return;
			compared();
			const id = services[index]?.police_service_id;
			const amountOf = (r: AllocationResult) => r.allocations.find((a) => a.police_service_id === id)?.amount_cents ?? 0;
			expect(amountOf(after)).toBeGreaterThanOrEqual(amountOf(before));
			// Stronger: nobody's amount moves at all.
			expect(after.allocations.map((a) => a.amount_cents)).toEqual(before.allocations.map((a) => a.amount_cents));
		}, { numRuns: 1200, atLeast: 500 });
	}, PROPERTY_TIMEOUT_MS);

	it('moves need with a community: the service it leaves never gains and the one it joins never loses', () => {
		assertReached(
			fc.tuple(scenarioArbitrary, fc.nat(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true })),
			([{ services, params }, pickFrom, pickTo, part], compared) => {
			const eligible = services.filter((s) => isEligible(s, params.eligibility) && s.kind !== 'opp');
			if (eligible.length < 2) return;
			const from = eligible[pickFrom % eligible.length];
			const to = eligible[(pickFrom + 1 + (pickTo % (eligible.length - 1))) % eligible.length];
			if (from === undefined || to === undefined || from === to) return;
			// A community: a part of each of the first service's community sums (children, referrals, remoteness…).
			const community = {
				population: from.population * part,
				children: from.children * part,
				referrals: Math.floor(from.referrals * part),
				charges: Math.floor(from.charges * part),
				remoteness: from.remoteness * part,
				remote_children: from.remote_children * part
			};
			const moved = services.map((s) => {
				const sign = s === from ? -1 : s === to ? 1 : 0;
				if (sign === 0) return s;
				return {
					...s,
					population: Math.max(0, s.population + sign * community.population),
					children: Math.max(0, s.children + sign * community.children),
					referrals: s.referrals + sign * community.referrals,
					charges: s.charges + sign * community.charges,
					remoteness: Math.max(0, s.remoteness + sign * community.remoteness),
					remote_children: Math.max(0, s.remote_children + sign * community.remote_children)
				};
			});
			const before = computeAllocation(services, params);
			const after = computeAllocation(moved, params);
			if (before.infeasible !== undefined || after.infeasible !== undefined) return;
			compared();
			const amountOf = (r: AllocationResult, id: string) =>
				r.allocations.find((a) => a.police_service_id === id)?.amount_cents ?? 0;
			const wiggle = params.rounding_cents + (params.budget_cents % params.rounding_cents);
			expect(amountOf(after, from.police_service_id)).toBeLessThanOrEqual(amountOf(before, from.police_service_id) + wiggle);
			expect(amountOf(after, to.police_service_id)).toBeGreaterThanOrEqual(amountOf(before, to.police_service_id) - wiggle);
			},
			{ numRuns: 1200, atLeast: 200 }
		);
	}, PROPERTY_TIMEOUT_MS);

	it('gives byte-identical output for the same input, whatever the order of the services', () => {
		fc.assert(
			fc.property(scenarioArbitrary, ({ services, params }) => {
				const first = JSON.stringify(computeAllocation(services, params));
				const again = JSON.stringify(computeAllocation(structuredClone(services), structuredClone(params)));
				const reversed = JSON.stringify(computeAllocation([...services].reverse(), params));
				expect(again).toBe(first);
				expect(reversed).toBe(first);
			}),
			{ numRuns: 300 }
		);
	}, PROPERTY_TIMEOUT_MS);
});
