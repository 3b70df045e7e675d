/**
 * A hand-worked province for the responder model: the OPP (two regional teams), a municipal service
 * with a unit, a municipal service without one, and a First Nations service with a fly-in community.
 * Period 2025-Q2: the trailing four quarters are 2024-Q3 to 2025-Q2, every quarter reports the same
 * flows, so annual referrals are 4 × the quarterly figure. Every expected value is derived in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { PeriodKey } from '../period';
import { computeCoverage } from './compute-coverage';
import { EARTH_RADIUS_KM } from './distance';
import { DEFAULT_THRESHOLDS } from './thresholds';
import type { Community, CoverageInput, ReportingUnit, Service, ServiceQuarter } from './types';

/** One degree of latitude along a meridian: R · π / 180 = 111.195 km. */
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;
const PERIODS: PeriodKey[] = ['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'];
const name = (en: string) => ({ en, fr: `${en} (fr)` });

const services: Service[] = [
	{ police_service_id: 'opp', kind: 'opp', opp_region: null, ice_strategy_member: true, name: name('Ontario Provincial Police') },
	{ police_service_id: 'town', kind: 'municipal', opp_region: 'West', ice_strategy_member: true, name: name('Town Police Service') },
	{ police_service_id: 'village', kind: 'municipal', opp_region: 'West', ice_strategy_member: false, name: name('Village Police Service') },
	{ police_service_id: 'nation', kind: 'first_nations', opp_region: null, ice_strategy_member: false, name: name('Nation Police Service') }
];

// Every point on the meridian 80° W: distances are R × Δlatitude.
const at = (lat: number) => ({ lon: -80, lat });
const place = (csduid: string, service: string, lat: number, region: Community['opp_region'], extra: Partial<Community> = {}): Community => ({
	csduid,
	name: name(`Place ${csduid}`),
	cduid: csduid.slice(0, 4),
	population: 10_000,
	children: 2_000,
	centroid: at(lat),
	fly_in: false,
	police_service_id: service,
	opp_region: region,
	...extra
});
const communities: Community[] = [
	place('3500001', 'opp', 43, 'West'), // West HQ
	place('3500002', 'opp', 45.5, 'West'), // 2.5° = 278 km from the West HQ: far
	place('3500003', 'town', 43.2, 'West'),
	place('3500004', 'village', 43.5, 'West'), // 0.5° = 56 km from the West HQ
	place('3560001', 'opp', 48.4, 'North West'), // North West HQ
	place('3560002', 'nation', 52, 'North West', { fly_in: true, population: null, children: null }),
	place('3560003', 'nation', 49, 'North West')
];

const units: ReportingUnit[] = [
	{ unit_id: 'opp-west', police_service_id: 'opp', opp_region: 'West', name: name('OPP West team'), base_csduid: '3500001' },
	{ unit_id: 'opp-north-west', police_service_id: 'opp', opp_region: 'North West', name: name('OPP North West team'), base_csduid: '3560001' },
	{ unit_id: 'town', police_service_id: 'town', opp_region: null, name: name('Town Police Service'), base_csduid: '3500003' },
	{ unit_id: 'village', police_service_id: 'village', opp_region: null, name: name('Village Police Service'), base_csduid: '3500004' },
	{ unit_id: 'nation', police_service_id: 'nation', opp_region: null, name: name('Nation Police Service'), base_csduid: '3560003' }
];

function series(unit: string, investigators: number, referralsPerQuarter: number): ServiceQuarter[] {
	return PERIODS.map((period) => ({
		police_service_id: unit,
		period,
		investigators_fte: investigators,
		forensic_examiners_fte: investigators > 0 ? 1 : 0,
		forensic_backlog_devices: investigators > 0 ? 10 : 0,
		referrals_received: referralsPerQuarter,
		investigations_opened: referralsPerQuarter,
		investigations_concluded: referralsPerQuarter,
		charges_laid: 2,
		victims_identified: 1,
		open_backlog: 20,
		files_referred_project_p: 0,
		illustrative: true
	}));
}

function province(overrides: { village?: number; northWestInvestigators?: number } = {}): CoverageInput {
	return {
		period: '2025-Q2',
		services,
		communities,
		units,
		quarters: [
			...series('opp-west', 2, 25), // 100 a year, 2 investigators
			...series('opp-north-west', overrides.northWestInvestigators ?? 1, 20), // 80 a year
			...series('town', 1, 35), // 140 a year on 1 investigator: above 120, stretched
			...series('village', 0, overrides.village ?? 15), // 60 a year, no unit: the OPP West team assists
			...series('nation', 0, 10) // 40 a year, no unit: the OPP North West team assists
		],
		funding: []
	};
}

const byId = (coverage: ReturnType<typeof computeCoverage>, csduid: string) => {
	const found = coverage.communities.find((community) => community.csduid === csduid);
	if (!found) throw new Error(`no ${csduid}`);
	return found;
};

describe('the responder of each community', () => {
	const coverage = computeCoverage(province());

	it('is its own unit, its region’s OPP team, or the OPP assisting', () => {
		const answer = (id: string) => [byId(coverage, id).responder_id, byId(coverage, id).relationship];
		expect(answer('3500001')).toEqual(['opp-west', 'opp']);
		expect(answer('3500003')).toEqual(['town', 'own']);
		expect(answer('3500004')).toEqual(['opp-west', 'assisted']);
		expect(answer('3560002')).toEqual(['opp-north-west', 'assisted']);
	});

	it('loads the responder with every community it answers for, own and assisted', () => {
		const west = coverage.responders.find((responder) => responder.unit_id === 'opp-west');
		// 100 own + 60 of the village = 160 referrals a year on 2 investigators = 80 each.
		expect(west?.referrals_answered).toBe(160);
		expect(west?.referrals_per_investigator).toBe(80);
		expect(west?.capacity).toBe('ok');
		expect([west?.communities_own, west?.communities_assisted]).toEqual([2, 1]);
		// 80 own + 40 of the nation = 120 on 1 investigator: not above 120, ok.
		expect(coverage.responders.find((responder) => responder.unit_id === 'opp-north-west')?.referrals_per_investigator).toBe(120);
	});

	it('measures access to the responder’s base and gives the level from capacity and access', () => {
		const far = byId(coverage, '3500002');
		expect(far.distance_km).toBeCloseTo(2.5 * KM_PER_DEGREE, 6);
		expect(far.access).toBe('far'); // 278 km > 250 km
		expect(far.level).toBe('watch'); // ok capacity, far
		expect(byId(coverage, '3500003')).toMatchObject({ capacity: 'stretched', access: 'road', level: 'watch' });
		expect(byId(coverage, '3560002')).toMatchObject({ access: 'fly_in', level: 'watch', project_p_basis: 'assisted_fly_in' });
		expect(byId(coverage, '3500004')).toMatchObject({ access: 'road', level: 'none', project_p_recommended: false });
	});

	it('names whose figure each reason quotes, in English and French', () => {
		const town = byId(coverage, '3500003').reasons.find((reason) => reason.code === 'responder_load');
		expect(town?.message_en).toContain('Town Police Service: 140 referrals per ICE investigator');
		const nation = byId(coverage, '3560002');
		const assisted = nation.reasons.find((reason) => reason.code === 'assisted_by_opp');
		expect(assisted?.message_en).toContain('Nation Police Service: no ICE unit of its own, referrals over the last four quarters (annualised): 40;');
		expect(assisted?.message_en).toContain('answered by the OPP North West team');
		expect(assisted?.message_fr).toContain('Nation Police Service (fr) : aucune unité EEI propre, renvois au cours des quatre derniers trimestres (en rythme annuel) : 40;');
		const flyIn = nation.reasons.find((reason) => reason.code === 'fly_in_community');
		expect(flyIn?.message_en).toContain('nearest base (Place 3560001)');
	});

	it('ranks the flagged communities without sorting an unknown population last', () => {
		const loaded = computeCoverage(province({ village: 40, northWestInvestigators: 0.5 }));
		// North West: (80 + 40) / 0.5 = 240 > 150, overloaded; the nation's fly-in place is critical and first.
		expect(byId(loaded, '3560002').level).toBe('critical');
		expect(loaded.ranked.communities[0]?.csduid).toBe('3560002');
	});
});

describe('monotone in the direction a planner expects', () => {
	it('more referrals of an assisted service load the OPP team and raise the levels it answers for', () => {
		// Village 60 → 240 a year: the West team answers 100 + 240 = 340 on 2 = 170 > 150, overloaded.
		const after = computeCoverage(province({ village: 60 }));
		expect(after.responders.find((responder) => responder.unit_id === 'opp-west')?.capacity).toBe('overloaded');
		expect(byId(after, '3500004')).toMatchObject({ level: 'gap', project_p_basis: 'assisted_overloaded' });
		expect(byId(after, '3500002').level).toBe('critical'); // overloaded and far
	});

	it('a stricter distance threshold flags more communities, a looser one fewer', () => {
		const flagged = (distance: number) =>
			computeCoverage({ ...province(), thresholds: { ...DEFAULT_THRESHOLDS, distance_km: distance } }).communities.filter(
				(community) => community.level !== 'none'
			).length;
		expect(flagged(100)).toBeGreaterThan(flagged(300));
	});

	it('refuses a community without a responder instead of leaving a silent gap', () => {
		const input = province();
		const without = (id: string): CoverageInput => ({
			...input,
			units: input.units.filter((unit) => unit.unit_id !== id),
			quarters: input.quarters.filter((row) => row.police_service_id !== id)
		});
		expect(() => computeCoverage(without('opp-west'))).toThrow(/No OPP team for region West/);
		expect(() => computeCoverage(without('village'))).toThrow(/village has no reporting unit/);
	});
});
