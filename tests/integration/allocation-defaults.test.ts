/**
 * The default scenario on the seeded data is one a ministry could publish: feasible with damping on, exact to the
 * cent, one floor per member (the OPP once), and the communities the OPP assists funded on its labelled line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAllocation } from '../../src/lib/domain/allocation/formula';
import { DEFAULT_PARAMETERS } from '../../src/lib/domain/allocation/defaults';
import { floorCents } from '../../src/lib/domain/allocation/limits';
import type { AllocationResult } from '../../src/lib/domain/allocation/types';
import * as allocationInputs from '../../src/lib/server/allocation-inputs';
import { choosePeriod } from '../../src/lib/server/coverage';
import { createTestDatabase, type TestDatabase } from './test-db';

let test: TestDatabase;
let context: allocationInputs.AllocationContext;
beforeAll(async () => {
	test = await createTestDatabase();
	const choice = await choosePeriod(test.db, null);
	if (!choice.ok) throw new Error(choice.message);
	context = await allocationInputs.load(test.db, choice.period);
});
afterAll(async () => {
	await test.drop();
});

function kindOf(id: string): string | undefined {
	return context.services.find((s) => s.police_service_id === id)?.kind;
}

describe('the default split on the seeded data', () => {
	let result: AllocationResult;
	beforeAll(() => {
		result = computeAllocation(context.services, DEFAULT_PARAMETERS);
	});

	it('is feasible with damping on and adds up exactly to the budget', () => {
		expect(DEFAULT_PARAMETERS.damping).not.toBeNull();
		expect(result.infeasible).toBeUndefined();
		expect(result.total_cents).toBe(DEFAULT_PARAMETERS.budget_cents);
		expect(result.allocations.reduce((sum, a) => sum + a.amount_cents, 0)).toBe(DEFAULT_PARAMETERS.budget_cents);
	});

	it('gives one floor per member, the OPP once, and keeps every member within ±10 % of last year', () => {
		const floor = floorCents(DEFAULT_PARAMETERS.floor, DEFAULT_PARAMETERS.budget_cents);
		const members = result.allocations.filter((a) => a.explanation.eligible);
		expect(members.length).toBe(context.services.filter((s) => s.ice_strategy_member).length);
		expect(members.filter((a) => kindOf(a.police_service_id) === 'opp')).toHaveLength(1);
		for (const member of members) {
			expect(member.explanation.floor_cents, member.police_service_id).toBe(floor);
			const previous = context.services.find((s) => s.police_service_id === member.police_service_id)?.last_year_cents ?? null;
			const own = member.amount_cents - (member.explanation.assisted_line_cents ?? 0);
			if (previous !== null && previous > 0) {
				expect(own, member.police_service_id).toBeGreaterThanOrEqual(Math.ceil(previous * 0.9));
				expect(own, member.police_service_id).toBeLessThanOrEqual(Math.floor(previous * 1.1));
			}
		}
	});

	it('funds every First Nations service’s communities on the OPP’s labelled line, with no floor of its own', () => {
		const opp = result.allocations.find((a) => kindOf(a.police_service_id) === 'opp');
		const line = opp?.explanation.assisted_line;
		expect(line).toBeTruthy();
		expect(line?.floor_cents).toBe(0);
		expect(line?.amount_cents).toBeGreaterThan(0);
		expect(opp?.explanation.sentence_en).toContain('OPP Child Sexual Exploitation Unit / Project P — assisted communities');
		const firstNations = context.services.filter((s) => s.kind === 'first_nations').map((s) => s.police_service_id);
		expect(firstNations.length).toBeGreaterThan(0);
		for (const id of firstNations) expect(line?.police_service_ids).toContain(id);
		for (const id of firstNations) {
			expect(result.allocations.find((a) => a.police_service_id === id)?.amount_cents).toBe(0);
		}
	});

	it('under “all services” with ±10 %, says which damping would fit 27 more floors, and that damping works', () => {
		const damped = computeAllocation(context.services, { ...DEFAULT_PARAMETERS, eligibility: 'all_services' });
		const works = damped.infeasible?.feasible_damping;
		// On data where 27 more floors fit within ±10 %, there is nothing to relax: the split must then be whole.
		if (damped.infeasible === undefined) {
			expect(damped.total_cents).toBe(DEFAULT_PARAMETERS.budget_cents);
			return;
		}
		expect(damped.infeasible.code).toMatch(/^damping/);
		expect(typeof works).toBe('number');
		expect(damped.infeasible.message_en).toContain('would work');
		const relaxed = computeAllocation(context.services, { ...DEFAULT_PARAMETERS, eligibility: 'all_services', damping: works ?? null });
		expect(relaxed.infeasible).toBeUndefined();
	});

	it('under “all services”, gives First Nations services their own floors and no line (nothing counted twice)', () => {
		const all = computeAllocation(context.services, { ...DEFAULT_PARAMETERS, eligibility: 'all_services', damping: null });
		expect(all.infeasible).toBeUndefined();
		expect(all.allocations.some((a) => a.explanation.assisted_line)).toBe(false);
		const firstNations = all.allocations.filter((a) => kindOf(a.police_service_id) === 'first_nations');
		expect(firstNations.length).toBeGreaterThan(0);
		for (const a of firstNations) expect(a.explanation.floor_cents, a.police_service_id).toBeGreaterThan(0);
	});
});
