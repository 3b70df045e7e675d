/**
 * Coverage engine benchmark (issue 3, deliverable 9): every metric, gap reason, level, Project P flag,
 * baseline and ranking for one period, plus the disclosure-controlled view an API request returns.
 *
 * - a synthetic province the real size (577 communities, 94 services, 26 quarters): target ≤ 20 ms;
 * - the same generator ten times larger (5,770 communities, 940 services): target ≤ 250 ms;
 * - the ratio of the two medians (10 means linear growth);
 * - the real reference and illustrative data in data/, when those files are present (not required).
 *
 * The synthetic province comes from a fixed seed, so every run measures the same work.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { computeCoverage, discloseCoverage, latestPeriod, NOBODY_CLEARED } from '../src/lib/domain/coverage/index';
import type { Community, CoverageInput, Service, ServiceFunding, ServiceQuarter } from '../src/lib/domain/coverage/types';
import { periodRange, type PeriodKey } from '../src/lib/domain/period';

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

/**
 * A province shaped like Ontario: most services in the south, a third of them in the north where places
 * are far apart; about 40 % of services run an ICE unit; 2 % of populations unknown; 5 % of northern
 * places fly-in.
 */
export function syntheticProvince(scale: number, seed = SEED): CoverageInput {
	const next = random(seed);
	const between = (low: number, high: number) => low + (high - low) * next();
	const whole = (low: number, high: number) => Math.floor(between(low, high + 1));
	const periods = periodRange(FIRST, LAST);
	const serviceCount = 94 * scale;
	const communityCount = 577 * scale;

	const services: Service[] = [];
	const seats: { lat: number; lon: number; north: boolean }[] = [];
	for (let s = 0; s < serviceCount; s++) {
		const north = next() < 0.33;
		const kind = next() < 0.45 ? 'municipal' : next() < 0.8 ? 'opp' : 'first_nations';
		services.push({ police_service_id: `svc-${s}`, kind, opp_region: kind === 'opp' ? 'West' : null, ice_strategy_member: next() < 0.3 });
		seats.push(north ? { lat: between(46.5, 56), lon: between(-94, -79.5), north } : { lat: between(42.2, 46.5), lon: between(-83, -74.6), north });
	}

	const communities: Community[] = [];
	for (let c = 0; c < communityCount; c++) {
		// The first pass gives every service a community; the rest go to random services.
		const s = c < serviceCount ? c : whole(0, serviceCount - 1);
		const seat = seats[s] ?? { lat: 44, lon: -79, north: false };
		const service = services[s];
		const population = next() < 0.02 ? null : Math.round(Math.exp(between(Math.log(100), Math.log(600_000))));
		const share = service?.kind === 'first_nations' ? 0.3 : 0.195;
		communities.push({
			csduid: String(3_500_000 + c),
			cduid: String(3500 + (s % 49)),
			population,
			children: population === null ? null : Math.round(population * share),
			centroid: { lat: seat.lat + between(-0.5, 0.5), lon: seat.lon + between(-0.8, 0.8) },
			fly_in: seat.north && next() < 0.05,
			police_service_id: service?.police_service_id ?? 'svc-0'
		});
	}

	const quarters: ServiceQuarter[] = [];
	const funding: ServiceFunding[] = [];
	for (const service of services) {
		const investigators = next() < 0.4 ? whole(1, 20) : 0;
		const examiners = investigators > 0 ? whole(0, 4) : 0;
		let backlog = whole(0, 60);
		for (const period of periods) {
			const referrals = whole(0, 40 + investigators * 15);
			const opened = Math.round(referrals * between(0.5, 0.9));
			backlog = Math.max(0, backlog + whole(-6, 8));
			quarters.push({
				police_service_id: service.police_service_id,
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
		if (service.ice_strategy_member) {
			for (let year = 2019; year <= 2025; year++) {
				funding.push({ police_service_id: service.police_service_id, fiscal_year: year, amount_cents: whole(50_000_00, 400_000_00), illustrative: true });
			}
		}
	}
	return { period: LAST, communities, services, quarters, funding };
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
	const once = () => discloseCoverage(computeCoverage(input), NOBODY_CLEARED);
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

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const csv = (file: string): Record<string, string>[] => parse(readFileSync(path.join(root, file)), { columns: true });
const nullableNumber = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text));

/** The real province from data/ (reference geography and illustrative caseload), or null when absent. */
function realProvince(): CoverageInput | null {
	const files = ['reference/communities.csv', 'reference/jurisdictions.csv', 'reference/police-services.csv', 'illustrative/ice-quarterly.csv', 'illustrative/funding.csv'];
	if (!files.every((file) => existsSync(path.join(root, 'data', file)))) return null;
	const serviceOf = new Map(csv('data/reference/jurisdictions.csv').map((row) => [row.csduid, row.police_service_id]));
	const communities: Community[] = csv('data/reference/communities.csv').map((row) => ({
		csduid: row.csduid ?? '',
		cduid: row.cduid ?? '',
		population: nullableNumber(row.population),
		children: nullableNumber(row.children_estimate),
		centroid: { lon: Number(row.centroid_lon), lat: Number(row.centroid_lat) },
		fly_in: row.fly_in === 'true',
		police_service_id: serviceOf.get(row.csduid) ?? ''
	}));
	const services: Service[] = csv('data/reference/police-services.csv').map((row) => ({
		police_service_id: row.police_service_id ?? '',
		kind: row.service_kind as Service['kind'],
		opp_region: row.opp_region || null,
		ice_strategy_member: row.ice_strategy_member === 'true'
	}));
	const quarters: ServiceQuarter[] = csv('data/illustrative/ice-quarterly.csv').map((row) => ({
		police_service_id: row.police_service_id ?? '',
		period: row.period as PeriodKey,
		investigators_fte: Number(row.investigators_fte),
		forensic_examiners_fte: Number(row.forensic_examiners_fte),
		forensic_backlog_devices: Number(row.forensic_backlog_devices),
		referrals_received: Number(row.referrals_received),
		investigations_opened: Number(row.investigations_opened),
		investigations_concluded: Number(row.investigations_concluded),
		charges_laid: Number(row.charges_laid),
		victims_identified: Number(row.victims_identified),
		open_backlog: Number(row.open_backlog),
		files_referred_project_p: Number(row.files_referred_project_p),
		illustrative: row.illustrative === 'true'
	}));
	const funding: ServiceFunding[] = csv('data/illustrative/funding.csv').map((row) => ({
		police_service_id: row.police_service_id ?? '',
		fiscal_year: Number(row.fiscal_year),
		amount_cents: Number(row.amount_cents),
		illustrative: row.illustrative === 'true'
	}));
	return { period: latestPeriod(quarters) ?? LAST, communities, services, quarters, funding };
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
			name: 'synthetic province, real size (577 communities, 94 services)',
			median_ms: small.median,
			target_ms: 20,
			runs: 41,
			note: context(small.min)
		},
		{
			name: 'synthetic province ×10 (5,770 communities, 940 services)',
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
