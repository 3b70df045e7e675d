import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArbitrary } from './arbitraries';
import { isEligible } from './eligibility';
import { FACTOR_IDS } from './factors';
import { computeAllocation } from './formula';
import { capCents, floorCents } from './limits';
import type { AllocationParameters, AllocationResult, AllocationServiceInput } from './types';

/** Thousands of runs take a few seconds here; leave room for slower CI machines. */
const PROPERTY_TIMEOUT_MS = 60_000;

function ledger(explanation: AllocationResult['allocations'][number]['explanation']): number {
	let sum = explanation.floor_cents + explanation.need_cents;
	for (const id of FACTOR_IDS) sum += explanation.factor_cents[id];
	return sum + explanation.cap_adjustment_cents + explanation.damping_adjustment_cents + explanation.rounding_adjustment_cents;
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
		expect(amount).toBeGreaterThanOrEqual(floor);
		expect(amount).toBeLessThanOrEqual(cap);
		const lastYear = service.last_year_cents;
		if (params.damping !== null && lastYear !== null && lastYear > 0) {
			const slack = 1e-9 * lastYear;
			expect(amount).toBeGreaterThanOrEqual(lastYear * (1 - params.damping) - slack);
			expect(amount).toBeLessThanOrEqual(lastYear * (1 + params.damping) + slack);
		}
	}
	expect(offUnit).toBeLessThanOrEqual(1);
}

describe('computeAllocation properties', () => {
	it('adds up exactly to the budget, to the cent, and honours floors, caps and damping, or says why not', () => {
		let feasible = 0;
		let runs = 0;
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
				// Without damping, generated parameters are valid and fit, so only coarse rounding or a cap that rounds
				// below budget ÷ count (tiny budgets) can stop the split.
				if (params.damping === null) {
					const code = result.infeasible.code;
					const capOnly = code === 'invalid_input' && result.infeasible.errors.every((e) => e.field === 'cap');
					expect(code === 'rounding_unit_too_coarse' || capOnly).toBe(true);
				}
			}),
			{ numRuns: 3000 }
		);
		// Guard against a generator that only produces infeasible inputs and so proves nothing.
		expect(feasible / runs).toBeGreaterThan(0.4);
	}, PROPERTY_TIMEOUT_MS);

	it('never lowers a service’s amount when its referrals rise, beyond one rounding unit', () => {
		fc.assert(
			fc.property(scenarioArbitrary, fc.nat(), fc.integer({ min: 1, max: 5_000 }), ({ services, params }, pick, extra) => {
				const index = pick % services.length;
				const before = computeAllocation(services, params);
				// All else equal, including referrals_per_investigator, an input of its own. (Recomputing it would also
				// lift the services without an investigator whenever this service has the highest caseload: they are
				// pegged to the highest need by design, see factors.ts, and may then gain more than it does.)
				const raised = services.map((s, i) => (i === index ? { ...s, referrals: s.referrals + extra } : s));
				const after = computeAllocation(raised, params);
				expect(after.infeasible?.code).toBe(before.infeasible?.code);
				if (before.infeasible !== undefined) return;
				const id = services[index]?.police_service_id;
				const amountOf = (r: AllocationResult) => r.allocations.find((a) => a.police_service_id === id)?.amount_cents ?? 0;
				// Rounding may cost one unit (Balinski–Young, see apportion.ts), plus the budget's remainder modulo the unit.
				const wiggle = params.rounding_cents + (params.budget_cents % params.rounding_cents);
				expect(amountOf(after)).toBeGreaterThanOrEqual(amountOf(before) - wiggle);
			}),
			{ numRuns: 1000 }
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
