import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../coverage/compute-coverage';
import type { Community, CoverageInput, ReportingUnit, Service, ServiceQuarter } from '../coverage/types';
import type { PeriodKey } from '../period';
import { peerBasis } from './basis';
import { peerGroup } from './groupings';
import { ASSISTING_SUFFIX, splitOppIntoTeams } from './regional-teams';
import type { ServiceProfile } from './types';

const name = (en: string) => ({ en, fr: `${en} (fr)` });
const PERIODS: PeriodKey[] = ['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'];

const services: Service[] = [
	{ police_service_id: 'opp', kind: 'opp', opp_region: null, ice_strategy_member: true, name: name('OPP') },
	{ police_service_id: 'town', kind: 'municipal', opp_region: 'West', ice_strategy_member: true, name: name('Town') },
	{ police_service_id: 'nation', kind: 'first_nations', opp_region: null, ice_strategy_member: false, name: name('Nation') }
];
const place = (csduid: string, service: string, region: Community['opp_region'], population: number, lat: number): Community => ({
	csduid,
	name: name(csduid),
	cduid: csduid.slice(0, 4),
	population,
	children: population / 5,
	centroid: { lon: -80, lat },
	fly_in: false,
	police_service_id: service,
	opp_region: region
});
const communities: Community[] = [
	place('3500001', 'opp', 'West', 30_000, 43),
	place('3500002', 'opp', 'West', 10_000, 44),
	place('3500003', 'town', 'West', 50_000, 43.2),
	place('3560001', 'opp', 'North West', 5_000, 48.4),
	place('3560002', 'nation', 'North West', 2_000, 50)
];
const units: ReportingUnit[] = [
	{ unit_id: 'opp-west', police_service_id: 'opp', opp_region: 'West', name: name('OPP West team'), base_csduid: '3500001' },
	{ unit_id: 'opp-north-west', police_service_id: 'opp', opp_region: 'North West', name: name('OPP North West team'), base_csduid: '3560001' },
	{ unit_id: 'town', police_service_id: 'town', opp_region: null, name: name('Town'), base_csduid: '3500003' },
	{ unit_id: 'nation', police_service_id: 'nation', opp_region: null, name: name('Nation'), base_csduid: '3560002' }
];
const series = (unit: string, investigators: number, referrals: number): ServiceQuarter[] =>
	PERIODS.map((period) => ({
		police_service_id: unit,
		period,
		investigators_fte: investigators,
		forensic_examiners_fte: 1,
		forensic_backlog_devices: 10,
		referrals_received: referrals,
		investigations_opened: referrals,
		investigations_concluded: referrals,
		charges_laid: 2,
		victims_identified: 1,
		open_backlog: 20,
		files_referred_project_p: 0,
		illustrative: true
	}));
const input: CoverageInput = {
	period: '2025-Q2',
	services,
	communities,
	units,
	quarters: [...series('opp-west', 4, 25), ...series('opp-north-west', 1, 10), ...series('town', 2, 30), ...series('nation', 0, 5)],
	funding: [{ police_service_id: 'opp', fiscal_year: 2025, amount_cents: 100_000_00, illustrative: true }]
};

describe('splitOppIntoTeams', () => {
	const split = splitOppIntoTeams(input);
	const coverage = computeCoverage({ ...split, period: '2025-Q2' });
	const service = (id: string) => coverage.services.find((s) => s.police_service_id === id);

	it('makes each regional team a service with the communities the OPP polices in its region and its own rows', () => {
		expect(service('opp-west')).toMatchObject({ kind: 'opp', opp_region: 'West', population: 40_000, community_count: 2 });
		expect(service('opp-north-west')).toMatchObject({ population: 5_000, community_count: 1 });
		// Four investigators over the 40,000 people the OPP polices in the West: 10 per 100,000.
		expect(service('opp-west')?.metrics.investigators_per_100k).toBeCloseTo(10, 12);
		expect(service('opp')?.community_count).toBe(0);
	});

	it('leaves other services as they were, and the OPP still assists those without a unit', () => {
		const whole = computeCoverage(input);
		expect(service('town')?.metrics).toEqual(whole.services.find((s) => s.police_service_id === 'town')?.metrics);
		expect(service('nation')?.metrics).toEqual(whole.services.find((s) => s.police_service_id === 'nation')?.metrics);
		const nation = coverage.communities.find((c) => c.csduid === '3560002');
		expect(nation?.relationship).toBe('assisted');
		expect(nation?.responder_id).toBe(`opp-north-west${ASSISTING_SUFFIX}`);
	});

	it('changes nothing without an OPP', () => {
		const noOpp = { ...input, services: services.filter((s) => s.police_service_id !== 'opp'), units: units.filter((u) => u.police_service_id !== 'opp') };
		expect(splitOppIntoTeams(noOpp)).toBe(noOpp);
	});
});

describe('groups of a service compared through its parts', () => {
	const profile = (id: string, population: number, extra: Partial<ServiceProfile> = {}): ServiceProfile => ({
		police_service_id: id,
		kind: id.startsWith('opp') ? 'opp' : 'municipal',
		opp_region: null,
		population,
		land_area_km2: population / 10,
		children: null,
		children_imported: false,
		centre_distance_km: population / 1000,
		referrals_per_100k: null,
		referrals_small: false,
		...extra
	});
	const profiles = [
		profile('opp', 1_000_000, { comparable: false }),
		profile('opp-east', 400_000, { parent_service_id: 'opp' }),
		profile('opp-west', 600_000, { parent_service_id: 'opp' }),
		profile('city', 500_000),
		profile('town', 20_000)
	];

	it('keeps the OPP as a whole out of every candidate list and group', () => {
		expect([...peerBasis(profiles).z.keys()].sort()).toEqual(['city', 'opp-east', 'opp-west', 'town']);
		for (const basis of ['similar', 'kind', 'region'] as const) {
			expect(peerGroup(profiles, 'city', basis).members.map((m) => m.police_service_id)).not.toContain('opp');
		}
		expect(peerGroup(profiles, 'opp-east', 'kind').members.map((m) => m.police_service_id)).toEqual(['opp-west']);
	});

	it('gives the OPP as a whole its teams as its group, whatever the basis', () => {
		for (const basis of ['similar', 'kind', 'region'] as const) {
			expect(peerGroup(profiles, 'opp', basis).members.map((m) => m.police_service_id)).toEqual(['opp-east', 'opp-west']);
		}
	});
});
