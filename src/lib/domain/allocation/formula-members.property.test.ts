/**
 * Who is funded and on what line, for thousands of random services and parameters: one floor per eligible member (the
 * OPP once, the assisted-communities line none), First Nations services on the OPP's labelled line under the default
 * eligibility and on floors of their own under "all services", and hiring that never costs the hiring service money,
 * under every eligibility rule (domain primer § 7).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parametersArbitrary, servicesArbitrary } from '../../../../tests/support/allocation-arbitraries';
import { assertReached } from '../../../../tests/support/property';
import { assistedPool, countEligible, countRecipients, isEligible } from './eligibility';
import { computeAllocation } from './formula';
import { floorCents } from './limits';
import { ELIGIBILITY_RULES, type AllocationResult, type AllocationServiceInput, type EligibilityRule } from './types';

const PROPERTY_TIMEOUT_MS = 60_000;

/** Services with parameters for one given rule (falling back to "all services" when the rule funds nobody). */
function scenarioFor(rule: EligibilityRule, prepare: (services: AllocationServiceInput[]) => AllocationServiceInput[] = (s) => s) {
	return servicesArbitrary().map(prepare).chain((services) => {
		const eligibility = countEligible(services, rule) > 0 ? rule : 'all_services';
		const n = countRecipients(services, eligibility);
		return parametersArbitrary(n, eligibility).map((params) => ({
			params,
			services: services.map((service) => ({
				...service,
				last_year_cents: service.last_year_cents === null ? null : Math.round((service.last_year_cents / 100_000_000) * (params.budget_cents / n))
			}))
		}));
	});
}

/** The last service made the OPP, a member, and the second a First Nations service (assisted, not a member). */
function withOppAndFirstNations(services: AllocationServiceInput[]): AllocationServiceInput[] {
	if (services.length < 3) return services;
	return services.map((service, i, all) => {
		if (i === all.length - 1) return { ...service, kind: 'opp', ice_strategy_member: true, assisted_by_opp: false };
		if (i === 1) return { ...service, kind: 'first_nations', ice_strategy_member: false, assisted_by_opp: true };
		return service.kind === 'opp' ? { ...service, kind: 'municipal' } : service;
	});
}

const amountOf = (result: AllocationResult, id: string) => result.allocations.find((a) => a.police_service_id === id)?.amount_cents ?? 0;

describe('computeAllocation: members, floors and the assisted line', () => {
	it('gives one floor per eligible member, the OPP once, and none to the assisted line', () => {
		assertReached(fc.constantFrom(...ELIGIBILITY_RULES).chain(scenarioFor), ({ services, params }, feasible) => {
			const result = computeAllocation(services, params);
			if (result.infeasible !== undefined) return;
			feasible();
			const floor = floorCents(params.floor, params.budget_cents);
			const floored = result.allocations.filter((a) => a.explanation.eligible);
			expect(floored).toHaveLength(countEligible(services, params.eligibility));
			for (const allocation of result.allocations) {
				const service = services.find((s) => s.police_service_id === allocation.police_service_id);
				expect(allocation.explanation.floor_cents).toBe(service !== undefined && isEligible(service, params.eligibility) ? floor : 0);
				const line = allocation.explanation.assisted_line;
				if (line) expect(line.floor_cents).toBe(0);
			}
			const oppRows = result.allocations.filter((a) => services.find((s) => s.police_service_id === a.police_service_id)?.kind === 'opp');
			expect(oppRows.length).toBeLessThanOrEqual(1);
		}, { numRuns: 600, atLeast: 200 });
	}, PROPERTY_TIMEOUT_MS);

	it('funds First Nations services on the OPP’s labelled line under the default rule, never with a floor of their own', () => {
		assertReached(scenarioFor('ice_strategy_members', withOppAndFirstNations), ({ services, params }, withLine) => {
			if (params.eligibility !== 'ice_strategy_members') return;
			const result = computeAllocation(services, params);
			if (result.infeasible !== undefined) return;
			const firstNations = services.filter((s) => s.kind === 'first_nations');
			for (const service of firstNations) expect(amountOf(result, service.police_service_id)).toBe(0);
			const opp = services.find((s) => s.kind === 'opp');
			const pool = assistedPool(services, params.eligibility).map((s) => s.police_service_id);
			if (opp === undefined || !opp.ice_strategy_member || firstNations.length === 0) {
				if (opp === undefined || !opp.ice_strategy_member) expect(pool).toEqual([]);
				return;
			}
			withLine();
			const line = result.allocations.find((a) => a.police_service_id === opp.police_service_id)?.explanation.assisted_line;
			expect(line).toBeTruthy();
			for (const service of firstNations) expect(line?.police_service_ids).toContain(service.police_service_id);
			expect(line?.police_service_ids.slice().sort()).toEqual(pool.slice().sort());
		}, { numRuns: 600, atLeast: 150 });
	}, PROPERTY_TIMEOUT_MS);

	it('gives First Nations services floors of their own under “all services”, and no assisted line', () => {
		assertReached(scenarioFor('all_services'), ({ services, params }, checked) => {
			const result = computeAllocation(services, params);
			if (result.infeasible !== undefined) return;
			const floor = floorCents(params.floor, params.budget_cents);
			for (const allocation of result.allocations) {
				expect(allocation.explanation.assisted_line ?? null).toBeNull();
				expect(allocation.explanation.assisted_line_cents ?? 0).toBe(0);
			}
			for (const service of services.filter((s) => s.kind === 'first_nations')) {
				checked();
				const row = result.allocations.find((a) => a.police_service_id === service.police_service_id);
				expect(row?.explanation.eligible).toBe(true);
				expect(row?.explanation.floor_cents).toBe(floor);
				expect(row?.amount_cents ?? -1).toBeGreaterThanOrEqual(floor);
			}
		}, { numRuns: 400, atLeast: 200 });
	}, PROPERTY_TIMEOUT_MS);

	it('never lowers the amount of a service that hires, under every eligibility rule, even as its gap closes', () => {
		const compared: Record<string, number> = {};
		fc.assert(
			fc.property(
				fc.constantFrom(...ELIGIBILITY_RULES).chain(scenarioFor),
				fc.nat(),
				fc.integer({ min: 1, max: 40 }),
				({ services, params }, pick, added) => {
					const index = pick % services.length;
					const hiring = services[index];
					if (hiring === undefined) return;
					const fte = hiring.investigator_fte + added / 2;
					// What hiring changes in the inputs: more investigators, a lower caseload, its gap closed, and a unit of its
					// own, so the OPP no longer assists it. No input carries forensic examiners: the formula cannot read them.
					const hired: AllocationServiceInput = {
						...hiring,
						investigator_fte: fte,
						referrals_per_investigator: hiring.referrals / fte,
						children_in_gap: 0,
						has_gap: false,
						assisted_by_opp: hiring.kind === 'first_nations' ? hiring.assisted_by_opp : false
					};
					const before = computeAllocation(services, params);
					const after = computeAllocation(services.map((s, i) => (i === index ? hired : s)), params);
					if (before.infeasible !== undefined || after.infeasible !== undefined) return;
					compared[params.eligibility] = (compared[params.eligibility] ?? 0) + 1;
					expect(amountOf(after, hiring.police_service_id)).toBeGreaterThanOrEqual(amountOf(before, hiring.police_service_id));
				}
			),
			{ numRuns: 1000 }
		);
		for (const rule of ELIGIBILITY_RULES) expect(compared[rule] ?? 0, rule).toBeGreaterThan(100);
	}, PROPERTY_TIMEOUT_MS);
});
