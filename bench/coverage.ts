/**
 * Coverage engine benchmark (issue 3, deliverable 9): every metric, gap reason, level, Project P flag,
 * baseline and ranking for one period, plus the disclosure-controlled view an API request returns.
 *
 * - a synthetic province the real size (577 communities plus 5 OPP headquarters, 54 services, 26 quarters): target ≤ 20 ms;
 * - the same generator ten times larger (5,770 communities, 531 services): target ≤ 250 ms;
 * - the ratio of the two medians (10 means linear growth);
 * - the real reference and illustrative data in data/, when those files are present (not required).
 *
 * The synthetic province comes from a fixed seed, so every run measures the same work.
 */
import { availableParallelism, loadavg } from 'node:os';
import { computeCoverage, discloseCoverage, NOBODY_CLEARED, publishCoverage } from '../src/lib/domain/coverage/index';
import type { Community, CoverageInput, ReportingUnit, Service, ServiceFunding, ServiceQuarter } from '../src/lib/domain/coverage/types';
import { OPP_SERVICE_ID, oppUnitId } from '../src/lib/domain/responders/opp-regions';
import { realProvince } from './real-province';
import { periodRange, type PeriodKey } from '../src/lib/domain/period';
import { OPP_REGIONS, type OppRegion } from '../src/lib/domain/vocabulary';

type BenchResult = { name: string; median_ms: number; target_ms?: number; runs: number; note?: string };

const SEED = 20_250_402;
const FIRST: PeriodKey = '2019-Q1';
const LAST: PeriodKey = '2025-Q2';

/** mulberry32: a small, fast, seedable PRNG (Tommy Ettinger, public domain). */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** The OPP region of a point, roughly: the north splits at Lake Nipigon, the south at Toronto and Kingston. */
function regionAt(lat: number, lon: number): OppRegion {
	if (lat > 46.5) return lon < -86 ? 'North West' : 'North East';
	if (lon < -81) return 'West';
	return lon < -77.5 ? 'Central' : 'East';
}

/**
 * A province shaped like Ontario: most services in the south, a third of them in the north where places
 * are far apart; about 40 % of services run an ICE unit; the OPP polices about 40 % of communities with a
 * team in each of its five regions; 2 % of populations unknown; 5 % of northern places fly-in.
 */
export function syntheticProvince(scale: number, seed = SEED): CoverageInput {
	const next = random(seed);
	const between = (low: number, high: number) => low + (high - low) * next();
	const whole = (low: number, high: number) => Math.floor(between(low, high + 1));
	const periods = periodRange(FIRST, LAST);
	const serviceCount = 53 * scale;
	const communityCount = 577 * scale;

	const services: Service[] = [];
	const seats: { lat: number; lon: number; north: boolean }[] = [];
	for (let s = 0; s < serviceCount; s++) {
		const north = next() < 0.33;
		const kind = next() < 0.8 ? 'municipal' : 'first_nations';
		const id = `svc-${s}`;
		services.push({ police_service_id: id, kind, opp_region: null, ice_strategy_member: next() < 0.5, name: { en: id, fr: id } });
		seats.push(north ? { lat: between(46.5, 56), lon: between(-94, -79.5), north } : { lat: between(42.2, 46.5), lon: between(-83, -74.6), north });
	}
	services.push({ police_service_id: OPP_SERVICE_ID, kind: 'opp', opp_region: null, ice_strategy_member: true, name: { en: 'OPP', fr: 'PPO' } });

	const communities: Community[] = [];
	const place = (csduid: string, serviceId: string, lat: number, lon: number, population: number | null, flyIn: boolean, share: number) =>
		communities.push({
			csduid,
			name: { en: csduid, fr: csduid },
			cduid: csduid.slice(0, 4),
			population,
			children: population === null ? null : Math.round(population * share),
			centroid: { lat, lon },
			fly_in: flyIn,
			police_service_id: serviceId,
			opp_region: regionAt(lat, lon)
		});
	// One headquarters community per OPP region.
	const headquarters: Record<OppRegion, { lat: number; lon: number }> = {
		West: { lat: 42.98, lon: -81.25 },
		Central: { lat: 44.6, lon: -79.42 },
		East: { lat: 44.9, lon: -76.02 },
		'North East': { lat: 46.31, lon: -79.46 },
		'North West': { lat: 48.38, lon: -89.25 }
	};
	const units: ReportingUnit[] = [];
	OPP_REGIONS.forEach((region, index) => {
		const csduid = String(3_400_000 + index);
		place(csduid, OPP_SERVICE_ID, headquarters[region].lat, headquarters[region].lon, 40_000, false, 0.195);
		units.push({ unit_id: oppUnitId(region), police_service_id: OPP_SERVICE_ID, opp_region: region, name: { en: region, fr: region }, base_csduid: csduid });
	});
	for (let c = 0; c < communityCount; c++) {
		// The first pass gives every service a community; the rest go to random services or the OPP.
		const s = c < serviceCount ? c : whole(0, serviceCount - 1);
		const seat = seats[s] ?? { lat: 44, lon: -79, north: false };
		const service = services[s];
		const opp = c >= serviceCount && next() < 0.4;
		const population = next() < 0.02 ? null : Math.round(Math.exp(between(Math.log(100), Math.log(600_000))));
		const share = service?.kind === 'first_nations' ? 0.3 : 0.195;
		const csduid = String(3_500_000 + c);
		place(csduid, opp ? OPP_SERVICE_ID : (service?.police_service_id ?? 'svc-0'), seat.lat + between(-0.5, 0.5), seat.lon + between(-0.8, 0.8), population, seat.north && next() < 0.05, share);
		if (c < serviceCount && service) {
			units.push({ unit_id: service.police_service_id, police_service_id: service.police_service_id, opp_region: null, name: service.name, base_csduid: csduid });
		}
	}

	const quarters: ServiceQuarter[] = [];
	const funding: ServiceFunding[] = [];
	for (const unit of units) {
		const service = services.find((candidate) => candidate.police_service_id === unit.police_service_id);
		const investigators = unit.opp_region || service?.ice_strategy_member ? whole(1, 20) : 0;
		const examiners = investigators > 0 ? whole(0, 4) : 0;
		let backlog = whole(0, 60);
		for (const period of periods) {
			const referrals = whole(0, 40 + investigators * 15);
			const opened = Math.round(referrals * between(0.5, 0.9));
			backlog = Math.max(0, backlog + whole(-6, 8));
			quarters.push({
				police_service_id: unit.unit_id,
				period,
				investigators_fte: investigators,
				forensic_examiners_fte: examiners,
				forensic_backlog_devices: whole(0, 40 + examiners * 30),
				referrals_received: referrals,
				investigations_opened: opened,
				investigations_concluded: Math.round(opened * between(0.6, 1.1)),
				charges_laid: whole(0, 12),
				victims_identified: whole(0, 6),
				open_backlog: backlog,
				files_referred_project_p: investigators > 0 ? whole(0, 2) : Math.round(referrals * between(0.5, 1)),
				illustrative: true
			});
		}
	}
	for (const service of services) {
		if (!service.ice_strategy_member) continue;
		for (let year = 2019; year <= 2025; year++) {
			funding.push({ police_service_id: service.police_service_id, fiscal_year: year, amount_cents: whole(50_000_00, 400_000_00), illustrative: true });
		}
	}
	return { period: LAST, communities, services, units, quarters, funding };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Median wall time of one API-equivalent computation. Warm-up first (at least 20 runs and 500 ms) so the
 * JIT has optimised the engine: a server computes many periods, and cold timings measure the compiler.
 */
function measure(input: CoverageInput, runs: number): { median: number; min: number } {
	// What a request pays: the engine on public rows (small counts replaced at source), then disclosure.
	const once = () => discloseCoverage(publishCoverage(input), NOBODY_CLEARED);
	const warmUntil = performance.now() + 500;
	for (let i = 0; i < 20 || performance.now() < warmUntil; i++) once();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		once();
		times.push(performance.now() - start);
	}
	return { median: median(times), min: Math.min(...times) };
}


/** Timings on a shared machine swing with its load: each note gives the fastest run and the load average. */
function context(min: number): string {
	return `fastest ${min.toFixed(1)} ms, load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`;
}

export default async function run(): Promise<BenchResult[]> {
	const realSize = syntheticProvince(1);
	const small = measure(realSize, 41);
	const tenTimes = syntheticProvince(10);
	const large = measure(tenTimes, 21);
	const results: BenchResult[] = [
		{
			name: 'synthetic province, real size (582 communities, 54 services, 58 units)',
			median_ms: small.median,
			target_ms: 20,
			runs: 41,
			note: context(small.min)
		},
		{
			name: 'synthetic province ×10 (5,775 communities, 531 services, 535 units)',
			median_ms: large.median,
			target_ms: 250,
			runs: 21,
			note: `×10 size took ×${(large.median / small.median).toFixed(1)} the median time (×${(large.min / small.min).toFixed(1)} the fastest; 10 = linear); ${context(large.min)}`
		}
	];
	const real = realProvince();
	if (real) {
		const levels = new Map<string, number>();
		for (const community of computeCoverage(real).communities) levels.set(community.level, (levels.get(community.level) ?? 0) + 1);
		const timing = measure(real, 41);
		results.push({
			name: `data/ province, ${real.period} (${real.communities.length} communities, ${real.services.length} services)`,
			median_ms: timing.median,
			target_ms: 20,
			runs: 41,
			note: `levels: ${[...levels].map(([level, n]) => `${level} ${n}`).join(', ')}; ${context(timing.min)}`
		});
	}
	return results;
}
