/**
 * A two-service province, worked by hand: `north` has no investigator, so the OPP West team answers its
 * referrals; that team is overloaded ((50 × 4 + 6 × 4) / 1 = 224 referrals per investigator a year) and based
 * far away, so north's community is critical. `south` has a unit of its own.
 */
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../coverage/compute-coverage';
import type { ServiceQuarter } from '../coverage/types';
import { completeProvince } from '../../../../tests/support/province';
import { serviceQuarter } from '../../../../tests/support/service-quarter';
import type { PeriodKey } from '../period';
import { projectCoverage } from './coverage-projection';
import { buildServiceInputs, caseloadTarget, lastYearFunding } from './service-inputs';
import { DEFAULT_PARAMETERS } from './defaults';
import { computeAllocation } from './formula';

const services = [
	{ police_service_id: 'north', kind: 'municipal' as const, opp_region: null, ice_strategy_member: false },
	{ police_service_id: 'south', kind: 'municipal' as const, opp_region: null, ice_strategy_member: true }
];
const at = (lat: number) => ({ lon: -80, lat });
const communities = [
	{ csduid: '3500001', cduid: '3500', population: 50_000, children: 9_000, centroid: at(43), fly_in: false as const, police_service_id: 'south' },
	// About 333 km north of the south's unit: beyond the 150 km distance threshold until it has its own.
	{ csduid: '3500002', cduid: '3500', population: 20_000, children: 4_000, centroid: at(46), fly_in: false as const, police_service_id: 'north' }
];
const PERIODS: PeriodKey[] = ['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'];
// One charge a quarter: buildServiceInputs sums the trailing four.
const quarter = (id: string, fte: number, referrals: number, period: PeriodKey): ServiceQuarter =>
	serviceQuarter({ police_service_id: id, period, investigators_fte: fte, referrals_received: referrals, charges_laid: 1 });
const input = completeProvince({
	period: '2025-Q2',
	services,
	communities,
	quarters: PERIODS.flatMap((p) => [quarter('north', 0, 6, p), quarter('south', 2, 10, p), quarter('opp-west', 1, 50, p)]),
	funding: [
		{ police_service_id: 'south', fiscal_year: 2024, amount_cents: 100_000, illustrative: true },
		{ police_service_id: 'south', fiscal_year: 2025, amount_cents: 300_000, illustrative: true },
		{ police_service_id: 'south', fiscal_year: 2025, amount_cents: 50_000, illustrative: true }
	]
});
const baseline = computeCoverage(input);
const inputsOf = (province: typeof input) =>
	buildServiceInputs({
		coverage: computeCoverage(province),
		communities: province.communities,
		units: province.units,
		quarters: province.quarters,
		funding: province.funding
	});
const added = (id: string, fte: number) => [
	{ police_service_id: id, amount_cents: 1, investigator_fte_added: fte, forensic_examiner_fte_added: 0, used_cents: 1, unused_cents: 0 }
];

describe('projectCoverage', () => {
	it('closes the gap of a service whose first investigator is funded, and lists the change', () => {
		expect(baseline.communities.find((c) => c.csduid === '3500002')?.level).toBe('critical');
		const projection = projectCoverage(input, baseline, added('north', 1));
		expect(projection.changes).toEqual([
			{ csduid: '3500002', police_service_id: 'north', before: 'critical', after: 'none', direction: 'improved', children: 4_000 }
		]);
		expect(projection).toMatchObject({ improved: 1, worse: 0, gaps_closed: 1, children_in_closed_gaps: 4_000, not_projected: [] });
		expect(projection.levels_after).toMatchObject({ '3500001': 'none', '3500002': 'none' });
	});

	it('changes nothing when no position is funded', () => {
		expect(projectCoverage(input, baseline, added('north', 0)).changes).toEqual([]);
	});

	it('names funded services with no report for the quarter instead of inventing one', () => {
		const projection = projectCoverage({ ...input, quarters: input.quarters.filter((q) => q.police_service_id !== 'north' || q.period !== '2025-Q2') }, baseline, added('north', 1));
		expect(projection.not_projected).toEqual(['north']);
	});
});

describe('buildServiceInputs', () => {
	it('maps the coverage output to the formula’s inputs', () => {
		const { services: inputs, illustrative } = inputsOf(input);
		expect(illustrative).toBe(true);
		expect(inputs.find((s) => s.police_service_id === 'north')).toMatchObject({
			population: 20_000,
			children: 4_000,
			referrals: 24,
			investigator_fte: 0,
			referrals_per_investigator: null,
			// One charge a quarter over the trailing four.
			charges: 4,
			// The fixture's only OPP headquarters is on the Hudson Bay coast, over 500 km away: fully remote.
			remoteness: 1,
			remote_children: 4_000,
			children_in_gap: 4_000,
			has_gap: true,
			last_year_cents: null,
			ice_strategy_member: false,
			// No unit of its own: the OPP assists it.
			assisted_by_opp: true
		});
		expect(inputs.find((s) => s.police_service_id === 'south')).toMatchObject({
			referrals: 40,
			investigator_fte: 2,
			referrals_per_investigator: 20,
			charges: 4,
			assisted_by_opp: false,
			last_year_cents: 350_000
		});
		// The OPP's charges are its regional teams', added up.
		expect(inputs.find((s) => s.police_service_id === 'opp')).toMatchObject({ kind: 'opp', charges: 4 });
	});

	it('never lowers an amount when a service hires investigators or examiners, end to end', () => {
		const hired = {
			...input,
			quarters: input.quarters.map((q) =>
				q.police_service_id === 'north' ? { ...q, investigators_fte: q.investigators_fte + 2, forensic_examiners_fte: q.forensic_examiners_fte + 1 } : q
			)
		};
		// No damping: the fixture's last-year amounts are a few dollars, far from a share of $5M.
		const params = { ...DEFAULT_PARAMETERS, eligibility: 'all_services' as const, damping: null };
		const before = computeAllocation(inputsOf(input).services, params);
		const after = computeAllocation(inputsOf(hired).services, params);
		// Hiring changes the coverage (north gets a unit of its own) but no formula input.
		expect(computeCoverage(hired).communities.find((c) => c.csduid === '3500002')?.relationship).toBe('own');
		expect(before.infeasible).toBeUndefined();
		const amount = (r: typeof before, id: string) => r.allocations.find((a) => a.police_service_id === id)?.amount_cents ?? -1;
		expect(amount(after, 'north')).toBeGreaterThanOrEqual(amount(before, 'north'));
		expect(amount(before, 'north')).toBeGreaterThan(0);
	});

	it('takes last year from the latest funded fiscal year at or before the period’s', () => {
		expect(lastYearFunding(input.funding, '2024-Q1')).toEqual({ amounts: new Map([['south', 100_000]]), illustrative: true });
		expect(lastYearFunding(input.funding, '2023-Q1')).toEqual({ amounts: new Map(), illustrative: false });
	});

	it('sets the optimiser’s caseload target at the load where a responder stops being stretched', () => {
		expect(caseloadTarget({ median_referrals_per_investigator: 20, capacity_percentile_value: null }, baseline.thresholds)).toBe(120);
		expect(caseloadTarget({ median_referrals_per_investigator: null, capacity_percentile_value: null }, baseline.thresholds)).toBe(120);
	});
});
