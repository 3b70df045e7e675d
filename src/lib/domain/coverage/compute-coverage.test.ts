/**
 * A hand-worked province: 3 services, 6 communities, period 2025-Q2 (trailing four quarters 2024-Q3 to
 * 2025-Q2; a year earlier is 2024-Q2), default thresholds. Every expected value below is derived in the
 * comments, not copied from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import type { PeriodKey } from '../period';
import { computeCoverage } from './compute-coverage';
import { discloseCoverage, NOBODY_CLEARED, SUPPRESSED, WITHHELD } from './disclosure';
import { EARTH_RADIUS_KM } from './distance';
import type { Community, Coverage, Service, ServiceFunding, ServiceQuarter } from './types';

/** One degree of latitude along a meridian: R · π / 180 = 6371.0088 × 0.01745329 = 111.195 km. */
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

const services: Service[] = [
	{ police_service_id: 'alpha', kind: 'municipal', opp_region: null, ice_strategy_member: true },
	{ police_service_id: 'beta', kind: 'municipal', opp_region: null, ice_strategy_member: true },
	{ police_service_id: 'gamma', kind: 'first_nations', opp_region: 'North West', ice_strategy_member: false }
];

// All centroids on the meridian 80° W, so distances are R × Δlatitude.
const at = (lat: number) => ({ lon: -80, lat });
const communities: Community[] = [
	{ csduid: '3500001', cduid: '3500', population: 100_000, children: 20_000, centroid: at(43), fly_in: false, police_service_id: 'alpha' },
	{ csduid: '3500002', cduid: '3500', population: 50_000, children: 10_000, centroid: at(43.5), fly_in: false, police_service_id: 'alpha' },
	{ csduid: '3500003', cduid: '3500', population: 40_000, children: 8_000, centroid: at(44), fly_in: false, police_service_id: 'beta' },
	{ csduid: '3500004', cduid: '3500', population: null, children: null, centroid: at(45), fly_in: true, police_service_id: 'beta' },
	{ csduid: '3560001', cduid: '3560', population: 30_000, children: 9_000, centroid: at(46), fly_in: false, police_service_id: 'gamma' },
	{ csduid: '3560002', cduid: '3560', population: 6_000, children: 2_000, centroid: at(47.5), fly_in: false, police_service_id: 'gamma' }
];

const PERIODS: PeriodKey[] = ['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'];

type Flow = Omit<ServiceQuarter, 'police_service_id' | 'period' | 'open_backlog' | 'illustrative'>;
function series(id: string, flow: Flow, backlogs: number[]): ServiceQuarter[] {
	return PERIODS.map((period, i) => ({ police_service_id: id, period, ...flow, open_backlog: backlogs[i] ?? 0, illustrative: true }));
}

const quarters: ServiceQuarter[] = [
	...series(
		'alpha',
		{
			investigators_fte: 4,
			forensic_examiners_fte: 2,
			forensic_backlog_devices: 80,
			referrals_received: 30,
			investigations_opened: 25,
			investigations_concluded: 20,
			charges_laid: 10,
			victims_identified: 3,
			files_referred_project_p: 3
		},
		[50, 48, 52, 55, 60]
	),
	...series(
		'beta',
		{
			investigators_fte: 1,
			forensic_examiners_fte: 1,
			forensic_backlog_devices: 70,
			referrals_received: 25,
			investigations_opened: 15,
			investigations_concluded: 12,
			charges_laid: 6,
			victims_identified: 5,
			files_referred_project_p: 2
		},
		[10, 12, 15, 19, 24]
	),
	...series(
		'gamma',
		{
			investigators_fte: 0,
			forensic_examiners_fte: 0,
			forensic_backlog_devices: 0,
			referrals_received: 5,
			investigations_opened: 2,
			investigations_concluded: 1,
			charges_laid: 0,
			victims_identified: 0,
			files_referred_project_p: 4
		},
		[2, 3, 3, 4, 4]
	)
];

// Gamma has no row for FY2025: the year has funding recorded, so gamma was not funded (0).
const funding: ServiceFunding[] = [
	{ police_service_id: 'alpha', fiscal_year: 2025, amount_cents: 1_500_000, illustrative: true },
	{ police_service_id: 'beta', fiscal_year: 2025, amount_cents: 400_000, illustrative: true },
	{ police_service_id: 'alpha', fiscal_year: 2024, amount_cents: 9_999_999, illustrative: true }
];

function fixtureCoverage(): Coverage {
	return computeCoverage({ period: '2025-Q2', communities, services, quarters, funding });
}

const coverage = fixtureCoverage();
const service = (id: string) => coverage.services.find((s) => s.police_service_id === id)!;
const community = (csduid: string) => coverage.communities.find((c) => c.csduid === csduid)!;
const codes = (reasons: readonly { code: string; severity: string }[]) => reasons.map((r) => `${r.code}:${r.severity}`);

describe('computeCoverage on the hand-worked fixture', () => {
	it('alpha: 4 FTE for 150,000 people and 30,000 children, 120 referrals a year', () => {
		const m = service('alpha').metrics;
		expect(m.investigators_per_100k).toBeCloseTo((4 / 150_000) * 100_000, 10); // 2.667
		expect(m.investigators_per_10k_children).toBeCloseTo((4 / 30_000) * 10_000, 10); // 1.333
		expect(m.referrals_per_investigator).toBe(30); // 4 × 30 = 120 a year ÷ 4 FTE
		expect(m.clearance_ratio).toBe(0.8); // 80 concluded ÷ 100 opened
		expect(m.open_backlog).toBe(60);
		expect(m.open_backlog_trend).toBe(10); // 60 now − 50 in 2024-Q2
		expect(m.forensic_backlog_per_examiner).toBe(40); // 80 devices ÷ 2 examiners
		expect(m.funding_per_capita).toBe(10); // 1,500,000 cents (FY2025 only) ÷ 150,000
		expect(m.funding_per_referral).toBe(12_500); // 1,500,000 ÷ 120
		expect(m.project_p_share).toBe(0.1); // 12 ÷ 120
		// Backlog rose 3 quarters running (48→52→55→60) but fell 50→48 before: 3 < N = 4, no rule.
		expect(service('alpha').reasons).toEqual([]);
	});

	it('provincial reference: median of 30 and 100 referrals per investigator, 25th percentile of 1.25 and 1.333', () => {
		expect(coverage.reference.median_referrals_per_investigator).toBe(65);
		// Type-7 quantile: position (2 − 1) × 0.25 = 0.25 → 1.25 + 0.25 × (1.3333 − 1.25) = 1.2708.
		expect(coverage.reference.capacity_percentile_value).toBeCloseTo(1.25 + 0.25 * (4 / 3 - 1.25), 10);
	});

	it('beta: referral watch, backlog watch, forensic gap and low capacity: level gap', () => {
		const beta = service('beta');
		expect(beta.population).toBe(40_000); // the fly-in community's population is not available
		expect(beta.metrics.referrals_per_investigator).toBe(100); // 100 > 1.5 × 65 = 97.5, < 2 × 65
		expect(beta.metrics.investigators_per_10k_children).toBe(1.25); // < 1.2708
		expect(beta.metrics.forensic_backlog_per_examiner).toBe(70); // > X = 50
		expect(beta.metrics.funding_per_referral).toBe(4_000); // 400,000 ÷ 100
		// Backlog 10→12→15→19→24: 4 consecutive rises (N = 4, not 2N = 8), 2024-Q1 absent ends the run.
		expect(codes(beta.reasons)).toEqual([
			'referral_load:watch',
			'backlog_growth:watch',
			'forensic_backlog:gap',
			'low_investigator_capacity:watch'
		]);
		expect(beta.reasons[1]?.values).toEqual({ quarters_growing: 4, quarters_threshold: 4, open_backlog_start: 10, open_backlog: 24 });
		expect(community('3500003').level).toBe('gap'); // one gap only
		expect(community('3500003').project_p_recommended).toBe(false); // gap, but beta has a unit
	});

	it('gamma: no unit for 11,000 children and 20 referrals a year: one gap', () => {
		const gamma = service('gamma');
		expect(gamma.has_ice_unit).toBe(false);
		expect(gamma.children).toBe(11_000); // > 10,000
		expect(gamma.metrics.referrals_per_investigator).toBeNull(); // 0 FTE: undefined, not Infinity
		expect(gamma.metrics.forensic_backlog_per_examiner).toBeNull();
		expect(gamma.metrics.investigators_per_10k_children).toBe(0);
		expect(gamma.metrics.clearance_ratio).toBe(0.5); // 4 ÷ 8
		expect(gamma.metrics.project_p_share).toBe(0.8); // 16 ÷ 20
		expect(gamma.metrics.funding_per_capita).toBe(0);
		// One rule: no local unit (11,000 > 10,000), quoting the 20 referrals it leaves to others. The
		// capacity rule (0 per 10,000 children) would only repeat it; devices: none waiting.
		expect(codes(gamma.reasons)).toEqual(['no_local_ice_unit:gap']);
		expect(gamma.reasons[0]?.values).toEqual({ service_children: 11_000, children_threshold: 10_000, referrals_annualised: 20 });
		expect(gamma.level).toBe('critical'); // its far community: gap + distance gap
	});

	it('distances run along the meridian to the nearest community of a service with a unit', () => {
		expect(community('3500001').metrics.distance_to_ice_unit_km).toBe(0); // own service has a unit
		const c1 = community('3560001'); // 46° N, nearest unit community 3500004 at 45° N
		expect(c1.metrics.distance_to_ice_unit_km).toBeCloseTo(KM_PER_DEGREE, 6); // 111.195 km
		expect(c1.nearest_ice_service_id).toBe('beta');
		expect(c1.metrics.remoteness_class).toBe('rural'); // 50 ≤ 111 < 150
		const c2 = community('3560002'); // 47.5° N: 2.5° = 277.99 km > D = 150
		expect(c2.metrics.distance_to_ice_unit_km).toBeCloseTo(2.5 * KM_PER_DEGREE, 6);
		expect(c2.metrics.remoteness_class).toBe('remote');
		expect(community('3500004').metrics.remoteness_class).toBe('fly_in');
	});

	it('community levels: worst reason, critical with two gaps', () => {
		const levels = Object.fromEntries(coverage.communities.map((c) => [c.csduid, c.level]));
		expect(levels).toEqual({
			'3500001': 'none',
			'3500002': 'none',
			'3500003': 'gap',
			'3500004': 'critical', // beta's forensic gap + fly-in gap
			'3560001': 'gap', // gamma's no-unit gap; 111 km is under D = 150
			'3560002': 'critical' // gamma's no-unit gap + far from a unit
		});
		expect(community('3560001').project_p_basis).toBe('gap_without_ice_unit');
		expect(codes(community('3560002').reasons).at(-1)).toBe('far_from_ice_unit:gap');
		expect(community('3500004').project_p_basis).toBe('critical_level');
		expect(service('beta').level).toBe('critical'); // its worst community
		expect(service('alpha').level).toBe('none');
	});

	it('ranks by level, then children, then distance', () => {
		expect(coverage.ranked.communities.map((c) => c.csduid)).toEqual([
			'3560002', // critical, 2,000 children
			'3500004', // critical, children unknown
			'3560001', // gap, 9,000
			'3500003' // gap, 8,000
		]);
		expect(coverage.ranked.services.map((s) => s.police_service_id)).toEqual(['gamma', 'beta']); // 11,000 > 8,000
		expect(coverage.ranked.services[0]?.distance_km).toBeCloseTo(2.5 * KM_PER_DEGREE, 6);
	});

	it('baselines: median and quartiles over services, and over communities for distance', () => {
		const perCapita = coverage.baselines.investigators_per_100k!;
		// Sorted: 0 (gamma), 2.5 (beta), 2.667 (alpha).
		expect(perCapita.median).toBe(2.5);
		expect(perCapita.q1).toBe(1.25);
		expect(perCapita.q3).toBeCloseTo((2.5 + 8 / 3) / 2, 10);
		const distance = coverage.baselines.distance_to_ice_unit_km!;
		// Sorted: 0, 0, 0, 0, 111.2, 278.0 → median 0, q3 at position 3.75 = 0.75 × 111.2.
		expect(distance.n).toBe(6);
		expect(distance.median).toBe(0);
		expect(distance.q3).toBeCloseTo(0.75 * KM_PER_DEGREE, 6);
		expect(coverage.baselines.remoteness_class).toBeUndefined();
	});

	it('quotes the triggering numbers in both languages', () => {
		const forensic = service('beta').reasons.find((r) => r.code === 'forensic_backlog')!;
		expect(forensic.message_en).toBe(
			'70 devices awaiting forensic examination per examiner (70 devices, 1 examiner FTE), more than the threshold of 50.'
		);
		expect(forensic.message_fr).toBe(
			'70 appareils en attente d’examen judiciaire par examinateur (70 appareils, 1 ETP d’examinateur), soit plus que le seuil de 50.'
		);
		const far = community('3560002').reasons.at(-1)!;
		expect(far.message_en).toBe('The nearest ICE unit is 278 km away, farther than the threshold of 150 km.');
	});

	it('disclosure control: counts of 1–4 become "<5" and rates on them are withheld, unless cleared', () => {
		const view = discloseCoverage(coverage, NOBODY_CLEARED);
		const gamma = view.services.find((s) => s.police_service_id === 'gamma')!;
		expect(gamma.metrics.investigations_opened).toEqual(SUPPRESSED); // 2
		expect(gamma.metrics.investigations_concluded).toEqual(SUPPRESSED); // 1
		expect(gamma.metrics.open_backlog).toEqual(SUPPRESSED); // 4
		expect(gamma.metrics.charges_laid).toBe(0); // 0 discloses nothing
		expect(gamma.metrics.referrals_received).toBe(5); // 5 is shown
		expect(gamma.metrics.clearance_ratio).toEqual(WITHHELD); // 4 concluded over the year
		expect(gamma.metrics.open_backlog_trend).toEqual(WITHHELD); // built on a backlog of 4
		expect(gamma.metrics.project_p_share).toBe(0.8); // 16 ÷ 20: both counts ≥ 5
		expect('counts' in gamma).toBe(false); // raw counts never leave the server
		const alpha = view.services.find((s) => s.police_service_id === 'alpha')!;
		expect(alpha.metrics.victims_identified).toEqual(SUPPRESSED); // 3
		// A community's inherited metrics follow its service's control (3560001 is policed by gamma).
		expect(view.communities.find((c) => c.csduid === '3560001')!.metrics.open_backlog).toEqual(SUPPRESSED);
		const cleared = discloseCoverage(coverage, (id) => id === 'gamma');
		expect(cleared.services.find((s) => s.police_service_id === 'gamma')!.metrics.open_backlog).toBe(4);
		expect(cleared.services.find((s) => s.police_service_id === 'alpha')!.metrics.victims_identified).toEqual(SUPPRESSED);
	});

	it('disclosure control rewrites the messages that quote a small count', () => {
		const stalled = computeCoverage({
			period: '2025-Q2',
			communities,
			services,
			quarters: quarters.map((q) => (q.police_service_id === 'gamma' ? { ...q, referrals_received: 1 } : q)),
			funding
		});
		const raw = stalled.services.find((s) => s.police_service_id === 'gamma')!.reasons[0]!;
		expect(raw.message_en).toBe(
			'No local ICE unit, while the police service covers an estimated 11,000 children (threshold: 10,000); referrals over the last four quarters (annualised): 4.'
		);
		const shown = discloseCoverage(stalled, NOBODY_CLEARED).services.find((s) => s.police_service_id === 'gamma')!.reasons[0]!;
		expect(shown.values).toEqual({ service_children: 11_000, children_threshold: 10_000, referrals_annualised: SUPPRESSED });
		expect(shown.message_en).toBe(
			'No local ICE unit, while the police service covers an estimated 11,000 children (threshold: 10,000); referrals over the last four quarters (annualised): <5.'
		);
		expect(shown.message_fr.replace(/[\u00a0\u202f]/g, ' ')).toBe(
			'Aucune unité EEI locale, alors que le service de police dessert environ 11 000 enfants (seuil : 10 000); renvois au cours des quatre derniers trimestres (en rythme annuel) : <5.'
		);
	});

	it('does not depend on the order of quarterly and funding rows', () => {
		const shuffled = computeCoverage({
			period: '2025-Q2',
			communities,
			services,
			quarters: [...quarters].reverse(),
			funding: [...funding].reverse()
		});
		expect(shuffled).toEqual(coverage);
	});

	it('refuses inconsistent inputs with a message naming the culprit', () => {
		const stray = { ...communities[0]!, csduid: '3599999', police_service_id: 'nowhere' };
		expect(() => computeCoverage({ period: '2025-Q2', communities: [stray], services, quarters, funding })).toThrow(
			/3599999.*nowhere/
		);
		expect(() => computeCoverage({ period: '2025-Q2', communities, services, quarters: [...quarters, quarters[0]!], funding })).toThrow(
			/alpha.*2024-Q2/
		);
	});
});
