import { describe, expect, it } from 'vitest';
import { COMPARED_METRICS, compareMetric, metricTrends } from './comparison';
import { peerGroup } from './groupings';
import { snapshot } from '../../../../tests/support/peer-snapshots';
import type { ServiceProfile } from './types';

const values = [
	snapshot('own', { funding_per_capita: 50 }, { population: 100 }),
	snapshot('p1', { funding_per_capita: 10 }, { population: 100 }),
	snapshot('p2', { funding_per_capita: 20 }, { population: 300 }),
	snapshot('p3', { funding_per_capita: 30 }, { population: 100 }),
	snapshot('other', { funding_per_capita: 90 }, { population: 400 })
];

describe('a service against its group and the province', () => {
	it('compares every numeric service metric (15)', () => {
		expect(COMPARED_METRICS).toHaveLength(15);
		expect(COMPARED_METRICS).not.toContain('distance_to_ice_unit_km');
	});

	it('leaves the service out of its own group average but not out of the province', () => {
		const c = compareMetric(values, 'own', ['own', 'p1', 'p2', 'p3'], 'funding_per_capita');
		// Group: (100·10 + 300·20 + 100·30) / 500 = 10,000 / 500 = 20.
		expect(c.group).toEqual({ value: 20, used: 3, hidden: 0, undefined: 0 });
		// Province: (100·50 + 100·10 + 300·20 + 100·30 + 400·90) / 1,000 = 51,000 / 1,000 = 51.
		expect(c.province.value).toBe(51);
		expect(c.rank).toBe(2);
		expect(c.percentile).toBe(75);
	});

	it('follows each quarter with the group held fixed', () => {
		const trends = metricTrends(
			[
				{ period: '2025-Q1', snapshots: values },
				{ period: '2025-Q2', snapshots: values.map((s) => (s.police_service_id === 'own' ? snapshot('own', { funding_per_capita: 60 }) : s)) }
			],
			'own',
			['p1', 'p2', 'p3']
		);
		const funding = trends.find((trend) => trend.metric === 'funding_per_capita');
		expect(funding?.points.map((p) => [p.period, p.value, p.group])).toEqual([
			['2025-Q1', 50, 20],
			['2025-Q2', 60, 20]
		]);
	});
});

describe('groupings by kind and OPP region', () => {
	const profile = (id: string, kind: ServiceProfile['kind'], region: string | null): ServiceProfile => ({
		police_service_id: id,
		kind,
		opp_region: region,
		population: 1000,
		land_area_km2: 10,
		children: 200,
		centre_distance_km: 10,
		referrals_per_100k: 50,
		referrals_small: false,
		children_imported: false
	});
	const profiles = [
		profile('naps', 'first_nations', null),
		profile('treaty-three', 'first_nations', 'North West'),
		profile('thunder-bay', 'municipal', 'North West'),
		profile('opp-3558', 'opp', 'North West'),
		profile('ottawa', 'municipal', 'East')
	];

	it('groups every other service of the same kind', () => {
		expect(peerGroup(profiles, 'thunder-bay', 'kind').members.map((m) => m.police_service_id)).toEqual(['ottawa']);
	});

	it('groups every other service in the same OPP region, and none for a service spanning regions', () => {
		expect(peerGroup(profiles, 'thunder-bay', 'region').members.map((m) => m.police_service_id)).toEqual(['opp-3558', 'treaty-three']);
		expect(peerGroup(profiles, 'naps', 'region').members).toEqual([]);
	});
});
