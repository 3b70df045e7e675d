import { describe, expect, it } from 'vitest';
import { computeAllocation } from './formula';
import type { AllocationServiceInput } from './types';
import { allocationParameters, allocationService } from '../../../../tests/support/allocation';

/**
 * Four services worked out by hand. Budget $1,000,000; floor $100,000 each; 75 % of the rest by formula.
 *
 *                 children  referrals  charges  remote children (need)
 *   alpha           40,000        500      100          0
 *   bravo           30,000        300      150     30,000
 *   charlie         20,000        150       50     40,000
 *   delta           10,000         50      150     30,000
 * Staffing (investigator FTE) is given but plays no part.
 */
function service(id: string, children: number, referrals: number, charges: number, remoteChildren: number, fte: number): AllocationServiceInput {
	return allocationService({ police_service_id: id, population: 0, children, referrals, charges, investigator_fte: fte, remote_children: remoteChildren });
}
// Given out of id order on purpose: the engine sorts by id.
const services = [
	service('delta', 10_000, 50, 150, 30_000, 0),
	service('alpha', 40_000, 500, 100, 0, 5),
	service('bravo', 30_000, 300, 150, 30_000, 2),
	service('charlie', 20_000, 150, 50, 40_000, 3)
];

const params = allocationParameters({
	budget_cents: 100_000_000,
	floor: { kind: 'cents', cents: 10_000_000 },
	formula_share: 0.75,
	weights: { population: 0, children: 0.4, referrals: 0.4, charges: 0.2, remoteness: 0 }
});

const amounts = (result: ReturnType<typeof computeAllocation>) =>
	Object.fromEntries(result.allocations.map((a) => [a.police_service_id, a.amount_cents]));
const explanationOf = (result: ReturnType<typeof computeAllocation>, id: string) =>
	result.allocations.find((a) => a.police_service_id === id)?.explanation;

describe('computeAllocation on the hand-worked example', () => {
	it('splits floors, formula and need as worked out by hand', () => {
		// Floors: 4 × $100,000 = $400,000; remaining $600,000 → formula pot $450,000, need pot $150,000.
		// children (weight 0.4 → $180,000): shares .4 .3 .2 .1 → $72,000 $54,000 $36,000 $18,000
		// referrals (0.4 → $180,000): 500 300 150 50 of 1,000 → $90,000 $54,000 $27,000 $9,000
		// charges (0.2 → $90,000): 100 150 50 150 of 450 → $20,000 $30,000 $10,000 $30,000
		// need ($150,000) by remote children: 0, 30,000, 40,000, 30,000 of 100,000 → $0 $45,000 $60,000 $45,000
		// alpha 100+72+90+20+0 = $282,000; bravo 100+54+54+30+45 = $283,000;
		// charlie 100+36+27+10+60 = $233,000; delta 100+18+9+30+45 = $202,000; total $1,000,000.
		const result = computeAllocation(services, params);
		expect(result.infeasible).toBeUndefined();
		expect(result.total_cents).toBe(100_000_000);
		expect(amounts(result)).toEqual({ alpha: 28_200_000, bravo: 28_300_000, charlie: 23_300_000, delta: 20_200_000 });
		expect(result.allocations.map((a) => a.police_service_id)).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
		expect(explanationOf(result, 'delta')).toMatchObject({
			floor_cents: 10_000_000,
			factor_cents: { children: 1_800_000, referrals: 900_000, charges: 3_000_000, population: 0 },
			need_cents: 4_500_000,
			cap_adjustment_cents: 0,
			damping_adjustment_cents: 0,
			rounding_adjustment_cents: 0
		});
	});

	it('cuts at the cap, hands the excess on pro rata to what was earned, and rounds by largest remainder', () => {
		// Cap $280,000: alpha gives up $2,000, bravo $3,000. Charlie earned $133,000 above its floor and delta $102,000,
		// so with level μ: 2 × 280,000 + 2 × 100,000 + μ × 235,000 = 1,000,000 → μ = 240/235.
		// charlie = 100,000 + 133,000 × 240/235 = $235,829.787…; delta = 100,000 + 102,000 × 240/235 = $204,170.212…
		// Rounding to $1,000: quotas 280 + 280 + 235.830 + 204.170 floor to 999 units; the last unit goes to the
		// largest remainder (charlie, .830) → charlie $236,000, delta $204,000.
		const result = computeAllocation(services, { ...params, cap: { kind: 'cents', cents: 28_000_000 }, rounding_cents: 100_000 });
		expect(amounts(result)).toEqual({ alpha: 28_000_000, bravo: 28_000_000, charlie: 23_600_000, delta: 20_400_000 });
		// charlie: cap adjustment $2,829.787 → 282,979 ¢; rounding 23,600,000 − 23,582,979 = 17,021 ¢.
		const charlie = explanationOf(result, 'charlie');
		expect(charlie).toMatchObject({ cap_adjustment_cents: 282_979, rounding_adjustment_cents: 17_021, need_cents: 6_000_000 });
		expect(charlie?.sentence_en).toBe(
			'Receives $236,000.00: a floor of $100,000.00; $73,000.00 by formula (children $36,000.00, referrals ' +
				'$27,000.00, cases referred for prosecution $10,000.00); $60,000.00 by need (children × remoteness of ' +
				'their community); ' +
				'$2,829.79 more from other services’ excess over the cap; $170.21 more from rounding to $1,000.'
		);
		expect(explanationOf(result, 'alpha')).toMatchObject({ cap_adjustment_cents: -200_000, rounding_adjustment_cents: 0 });
		expect(explanationOf(result, 'delta')).toMatchObject({ cap_adjustment_cents: 217_021, rounding_adjustment_cents: -17_021 });
	});

	it('keeps services within the damping band of last year and moves the difference to the free services', () => {
		// Damping 10 %: alpha (last year $250,000) within [$225,000, $275,000]; charlie ($200,000) within
		// [$180,000, $220,000]; delta ($210,000) within [$189,000, $231,000]; bravo ($280,000) within [$252,000, the cap].
		// alpha and charlie are pulled down to $275,000 and $220,000; bravo stays at the cap; delta takes the rest:
		// 1,000,000 − 275,000 − 280,000 − 220,000 = $225,000, inside its band.
		const lastYear: Record<string, number | null> = { alpha: 25_000_000, bravo: 28_000_000, charlie: 20_000_000, delta: 21_000_000 };
		const damped = services.map((s) => ({ ...s, last_year_cents: lastYear[s.police_service_id] ?? null }));
		const result = computeAllocation(damped, {
			...params,
			cap: { kind: 'cents', cents: 28_000_000 },
			damping: 0.1,
			rounding_cents: 100_000
		});
		expect(amounts(result)).toEqual({ alpha: 27_500_000, bravo: 28_000_000, charlie: 22_000_000, delta: 22_500_000 });
		// charlie: capped at $235,829.787…, damped to $220,000 → −$15,829.787 → −1,582,979 ¢; delta +2,082,979 ¢.
		expect(explanationOf(result, 'alpha')).toMatchObject({ damping_adjustment_cents: -500_000, rounding_adjustment_cents: 0 });
		expect(explanationOf(result, 'charlie')).toMatchObject({ damping_adjustment_cents: -1_582_979, rounding_adjustment_cents: 0 });
		expect(explanationOf(result, 'delta')).toMatchObject({ damping_adjustment_cents: 2_082_979, rounding_adjustment_cents: 0 });
		expect(explanationOf(result, 'charlie')?.sentence_en).toContain(
			'$15,829.79 less to stay within 10% of last year’s $200,000.00'
		);
		expect(explanationOf(result, 'charlie')?.sentence_fr).toContain('de moins pour rester à 10\u00a0% près');
	});

	it('gives ineligible services nothing and says why', () => {
		const withOutsider = [...services, { ...services[0]!, police_service_id: 'echo', ice_strategy_member: false }];
		const result = computeAllocation(withOutsider, { ...params, eligibility: 'ice_strategy_members' });
		expect(amounts(result)).toMatchObject({ alpha: 28_200_000, echo: 0 });
		expect(explanationOf(result, 'echo')).toMatchObject({
			eligible: false,
			sentence_en: 'Not eligible under the rule “ICE Strategy members only”: receives $0.00.'
		});
	});
});

describe('computeAllocation for recipients new to the strategy', () => {
	const pair = [
		{ ...services[1]!, police_service_id: 'x', last_year_cents: 70_000_000, remote_children: 0 },
		{ ...services[1]!, police_service_id: 'y', last_year_cents: null, remote_children: 0 }
	];
	const even = { ...params, floor: { kind: 'cents' as const, cents: 0 }, weights: { ...params.weights, children: 1, referrals: 0, charges: 0 }, damping: 0.1 };

	it('phases a newcomer in at half its formula amount and says so', () => {
		// Targets $500,000 each. x within [$630,000, $770,000]; y at most half of $500,000 = $250,000; x takes the rest.
		const result = computeAllocation(pair, even);
		expect(amounts(result)).toEqual({ x: 75_000_000, y: 25_000_000 });
		expect(explanationOf(result, 'y')).toMatchObject({ damping_adjustment_cents: -25_000_000 });
		expect(explanationOf(result, 'y')?.sentence_en).toContain('$250,000.00 less: new to the strategy, it phases in at 50% of its formula amount');
		expect(explanationOf(result, 'y')?.sentence_fr).toContain('nouveau dans la stratégie');
	});

	it('says by how much to loosen damping when the newcomers’ phase-in leaves the budget unspent', () => {
		// x within ±10 % of $500,000 holds at most $550,000, y at most $250,000: $800,000 < $1,000,000.
		// x needs a maximum of $750,000: damping of at least 50 %.
		const result = computeAllocation(pair.map((s) => (s.police_service_id === 'x' ? { ...s, last_year_cents: 50_000_000 } : s)), even);
		expect(result.infeasible).toMatchObject({ code: 'damping_cannot_meet_budget', feasible_damping: 0.5 });
		expect(result.infeasible?.message_en).toContain('A damping of at least 50% would work.');
		expect(result.infeasible?.message_fr).toContain('Un amortissement d’au moins 50\u00a0% conviendrait.');
	});
});

describe('computeAllocation with the OPP’s assisted-communities line', () => {
	const opp = { ...services[1]!, police_service_id: 'opp', kind: 'opp' as const };
	const naps = { ...services[3]!, police_service_id: 'naps', kind: 'first_nations' as const, ice_strategy_member: false, assisted_by_opp: true };
	const small = { ...services[3]!, police_service_id: 'small', ice_strategy_member: false, assisted_by_opp: true };
	const withLine = [...services, opp, naps, small];
	const members = { ...params, eligibility: 'ice_strategy_members' as const };

	it('funds the assisted services’ need on a labelled line paid to the OPP, with no floor, and nothing to them', () => {
		const result = computeAllocation(withLine, members);
		expect(result.total_cents).toBe(100_000_000);
		const row = result.allocations.find((a) => a.police_service_id === 'opp');
		const line = row?.explanation.assisted_line;
		expect(line).toMatchObject({ floor_cents: 0, police_service_ids: ['naps', 'small'] });
		// Five floors (four services and the OPP), not six: the line has none.
		expect(result.allocations.filter((a) => a.explanation.floor_cents > 0)).toHaveLength(5);
		expect(row?.explanation.assisted_line_cents).toBe(line?.amount_cents);
		expect(line?.amount_cents).toBeGreaterThan(0);
		expect(row?.explanation.sentence_en).toContain('on the line “OPP Child Sexual Exploitation Unit / Project P — assisted communities” for the communities of 2 services');
		expect(row?.explanation.sentence_fr).toContain('Projet P — collectivités aidées');
		expect(amounts(result)).toMatchObject({ naps: 0, small: 0 });
		expect(explanationOf(result, 'naps')?.sentence_en).toContain('funded on the line');
	});

	it('sizes the line by the sums of the assisted services’ factors: as a member, their sum would earn the same', () => {
		// The line and a member holding the pooled values earn the same above the floor (no damping, no cap).
		const pooled = {
			...opp,
			police_service_id: 'pool',
			kind: 'municipal' as const,
			children: naps.children + small.children,
			referrals: naps.referrals + small.referrals,
			charges: naps.charges + small.charges,
			remote_children: naps.remote_children + small.remote_children
		};
		const lined = computeAllocation(withLine, { ...members, floor: { kind: 'cents', cents: 0 } });
		const asMember = computeAllocation([...services, opp, pooled], { ...members, floor: { kind: 'cents', cents: 0 } });
		const line = lined.allocations.find((a) => a.police_service_id === 'opp')?.explanation.assisted_line;
		expect(line?.amount_cents).toBe(amounts(asMember)['pool']);
	});

	it('is not used under “all services”: every assisted service has its own floor, nothing counted twice', () => {
		const result = computeAllocation(withLine, params);
		expect(result.allocations.some((a) => a.explanation.assisted_line)).toBe(false);
		expect(explanationOf(result, 'naps')?.floor_cents).toBe(10_000_000);
		expect(result.total_cents).toBe(100_000_000);
	});
});

describe('computeAllocation when the constraints cannot all hold', () => {
	it('reports damping that contradicts the cap, naming the service, and that no damping fits the phase-ins', () => {
		const result = computeAllocation(
			services.map((s) => (s.police_service_id === 'alpha' ? { ...s, last_year_cents: 40_000_000 } : s)),
			{ ...params, cap: { kind: 'cents', cents: 30_000_000 }, damping: 0.1 }
		);
		expect(result).toMatchObject({
			total_cents: 0,
			allocations: [],
			infeasible: { code: 'damping_conflicts_with_floor_or_cap', police_service_ids: ['alpha'], feasible_damping: null }
		});
		expect(result.infeasible?.message_en).toContain('No damping would be enough');
	});

	it('reports a budget that damping cannot fit, with the damping that would', () => {
		// Four services at $400,000 last year: ±5 % needs at least $1,520,000. 4 × $400,000 × (1 − d) ≤ $1,000,000 ⇔ d ≥ 37.5 %.
		const result = computeAllocation(
			services.map((s) => ({ ...s, last_year_cents: 40_000_000 })),
			{ ...params, damping: 0.05 }
		);
		expect(result.infeasible?.code).toBe('damping_cannot_meet_budget');
		expect(result.infeasible?.message_en).toContain('needs at least $1,520,000.00');
		expect(result.infeasible?.feasible_damping).toBe(0.375);
		expect(result.infeasible?.message_en).toContain('A damping of at least 37.5% would work.');
	});

	it('answers invalid parameters with field errors instead of throwing', () => {
		const result = computeAllocation(services, { ...params, formula_share: 1.5 });
		expect(result.infeasible).toMatchObject({ code: 'invalid_input', errors: [{ field: 'formula_share' }] });
	});
});
