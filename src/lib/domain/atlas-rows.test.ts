import { describe, expect, it } from 'vitest';
import { toAtlasRows } from './atlas-rows';
import { classifyRows } from './atlas-view';
import { computeCoverage } from './coverage/compute-coverage';
import { discloseCoverage } from './coverage/disclosure';
import { completeProvince } from '../../../tests/support/province';
import { serviceQuarter } from '../../../tests/support/service-quarter';

const at = (lat: number) => ({ lon: -80, lat });
const communities = [
	{ csduid: '3500001', cduid: '3500', population: 50_000, children: 9_000, centroid: at(43), fly_in: false, police_service_id: 'south' },
	{ csduid: '3500002', cduid: '3500', population: 20_000, children: 4_000, centroid: at(43.1), fly_in: false, police_service_id: 'south' },
	{ csduid: '3500003', cduid: '3500', population: 10_000, children: 2_000, centroid: at(43.2), fly_in: false, police_service_id: 'south' }
];
const quarter = serviceQuarter({ police_service_id: 'south', period: '2025-Q2' });
const input = completeProvince({
	period: '2025-Q2',
	services: [{ police_service_id: 'south', kind: 'municipal', opp_region: null, ice_strategy_member: true }],
	communities,
	quarters: [quarter],
	funding: []
});
const coverage = discloseCoverage(computeCoverage(input), () => true);
const names = communities.map((c) => ({ csduid: c.csduid, name: c.csduid, service_name: 'South', service_kind: 'municipal' as const, opp_region: null }));

describe('toAtlasRows', () => {
	it('merges the prevention reach share per community; a community without a prevention row has no value', () => {
		const reach = new Map<string, number | null>([
			['3500001', 0.42],
			['3500002', null]
		]);
		const rows = toAtlasRows(coverage, names, reach);
		expect(rows.map((row) => row.values.prevention_reach_share)).toEqual([0.42, null, null]);
		// The coverage metrics are untouched by the merge.
		expect(rows.map((row) => row.values.investigators_per_100k)).toEqual(toAtlasRows(coverage, names, new Map()).map((row) => row.values.investigators_per_100k));
	});

	it('puts communities without a prevention row in the "no data" class of the prevention metric', () => {
		const rows = toAtlasRows(coverage, names, new Map([['3500001', 0.42]]));
		const view = classifyRows(rows, 'prevention_reach_share');
		expect(view.assignment['3500002']).toBe('no_data');
		expect(view.assignment['3500003']).toBe('no_data');
		expect(view.assignment['3500001']).toMatch(/^range-/);
	});
});
