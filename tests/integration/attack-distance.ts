/**
 * Distance inversion (domain.md §9: "a distance or score computed from the hidden value"): from the
 * peer distances and features a role was given, try to solve for a withheld referral rate, and so for
 * the count of 1–4 under it.
 *
 * Generic in what it reads: every JSON object naming a service with a `distance` is a published
 * distance from the service of the nearest enclosing object (or the route) to it; every CSV row with a
 * `distance` cell followed by a number is one from the route's service to the row's other service; every
 * object naming a service with a `features` object gives that service's published features.
 *
 * For each service whose referral rate was withheld, and each of its referral counts of 1–4 in the
 * four quarters the rate is made of, the attacker rebuilds every service's profile from the published
 * features, puts the rate each candidate count 1–4 would give in place of the withheld one, and
 * recomputes the distances with the production code (peers/basis.ts, peers/most-similar.ts) under two
 * readings of the method: withheld rates enter the distances (the leak once found), or they are left out
 * (what the method says). A candidate is consistent when a reading reproduces every published distance
 * within its printed rounding. Fewer than four consistent candidates, the true one among them, is a
 * value recovered or narrowed. The attacker is deliberately strong: it knows every other count,
 * including the other hidden ones (their rates enter the "leaky" reading at their true value).
 */
import type { ServiceProfile } from '../../src/lib/domain/peers';
import { peerBasis } from '../../src/lib/domain/peers/basis';
import { rankBySimilarity } from '../../src/lib/domain/peers/most-similar';
import { shiftPeriod, type PeriodKey } from '../../src/lib/domain/period';
import { OPP_SERVICE_ID } from '../../src/lib/domain/responders/opp-regions';
import type { Collected } from './attack-support';
import { csvRows } from '../support/csv-rows';

const PERIOD = /^\d{4}-Q[1-4]$/;

type FeatureValue = number | string | null;

/** What a role was shown for one period: each service's features and the distances between services. */
export interface PeerPublication {
	features: Map<string, Record<string, FeatureValue>>;
	/** `from|to` → the printed distance and its rounding. */
	distances: Map<string, { value: number; tolerance: number }>;
	/** The features the answers say the distances used (`features_used`), when they say so. */
	used: Set<string> | null;
}

function toleranceOf(value: number): number {
	const text = String(value);
	const decimals = text.includes('.') && !/[eE]/.test(text) ? (text.split('.')[1] ?? '').length : 0;
	// A double printed in full is exact to the last bit; recomputation differs in the last few.
	return decimals >= 12 ? 1e-9 * Math.max(1, Math.abs(value)) : 0.5 * 10 ** -decimals;
}

function publicationFor(publications: Map<PeriodKey, PeerPublication>, period: PeriodKey): PeerPublication {
	let found = publications.get(period);
	if (!found) {
		found = { features: new Map(), distances: new Map(), used: null };
		publications.set(period, found);
	}
	return found;
}

function walk(node: unknown, from: string | null, into: PeerPublication): void {
	if (Array.isArray(node)) {
		for (const item of node) walk(item, from, into);
		return;
	}
	if (typeof node !== 'object' || node === null) return;
	const record = node as Record<string, unknown>;
	const id = typeof record.police_service_id === 'string' ? record.police_service_id : null;
	if (id && typeof record.distance === 'number' && from && from !== id) {
		into.distances.set(`${from}|${id}`, { value: record.distance, tolerance: toleranceOf(record.distance) });
	}
	if (id && typeof record.features === 'object' && record.features !== null && !Array.isArray(record.features)) {
		const features: Record<string, FeatureValue> = {};
		for (const [key, value] of Object.entries(record.features as Record<string, unknown>)) {
			features[key] = typeof value === 'number' || typeof value === 'string' ? value : null;
		}
		into.features.set(id, features);
	}
	if (Array.isArray(record.features_used)) {
		const used = (record.features_used as { id?: unknown; status?: unknown }[]).filter((feature) => feature.status === 'used').map((feature) => String(feature.id));
		into.used = new Set([...(into.used ?? []), ...used]);
	}
	for (const value of Object.values(record)) walk(value, id ?? from, into);
}

/** Every peer distance and feature a role was given, by period. `services`: the ids that exist. */
export function peerPublications(collected: ReadonlyMap<string, Collected>, services: ReadonlySet<string>): Map<PeriodKey, PeerPublication> {
	const publications = new Map<PeriodKey, PeerPublication>();
	for (const [path, answer] of collected) {
		if (answer.status !== 200) continue;
		const url = new URL(path, 'http://attack.invalid');
		const routeService = url.pathname.split('/').find((segment) => services.has(segment)) ?? null;
		const asked = url.searchParams.get('period');
		if (answer.type.includes('json')) {
			let body: { data?: unknown; period?: unknown; meta?: { period?: unknown } };
			try {
				body = JSON.parse(answer.body) as typeof body;
			} catch {
				continue;
			}
			// The quarter asked for, or the one the answer says it is about (API answers carry it beside `data`).
			const stated = typeof body.period === 'string' ? body.period : typeof body.meta?.period === 'string' ? body.meta.period : null;
			const period = asked && PERIOD.test(asked) ? asked : stated;
			if (!period || !PERIOD.test(period)) continue;
			walk(body.data ?? body, routeService, publicationFor(publications, period as PeriodKey));
		} else if (answer.type.includes('csv') && routeService) {
			for (const cells of csvRows(answer.body).slice(1)) {
				const at = cells.indexOf('distance');
				const value = Number(cells[at + 1]);
				if (at < 0 || cells[at + 1] === '' || !Number.isFinite(value)) continue;
				const period = cells.find((cell) => PERIOD.test(cell));
				const to = cells.find((cell) => services.has(cell) && cell !== routeService);
				if (!period || !to) continue;
				publicationFor(publications, period as PeriodKey).distances.set(`${routeService}|${to}`, { value, tolerance: toleranceOf(value) });
			}
		}
	}
	return publications;
}

/** The true referral counts of one service, per reporting unit and quarter, as the test knows them. */
export interface ReferralTruth {
	service: string;
	cells: ReadonlyMap<string, ReadonlyMap<PeriodKey, number>>;
}

const isHidden = (value: number): boolean => value >= 1 && value <= 4;

/** The four quarters a rate at `period` is made of: the known sum, the quarters reported and the hidden cells. */
function window(truth: ReferralTruth, period: PeriodKey): { sum: number; quarters: number; hidden: { cell: string; value: number }[] } {
	let sum = 0;
	const reported = new Set<PeriodKey>();
	const hidden: { cell: string; value: number }[] = [];
	for (const [unit, cells] of truth.cells) {
		for (let lag = 0; lag < 4; lag++) {
			const p = shiftPeriod(period, -lag);
			const value = cells.get(p);
			if (value === undefined) continue;
			reported.add(p);
			sum += value;
			if (isHidden(value)) hidden.push({ cell: `${unit}|${p}`, value });
		}
	}
	return { sum, quarters: reported.size, hidden };
}

/** The rate the engine computes (peers/profiles.ts): annualised, per 100,000 population. */
function rateOf(sum: number, quarters: number, population: number): number | null {
	if (quarters <= 0 || population <= 0) return null;
	return ((sum * 4) / quarters / population) * 100_000;
}

const numberOr = (value: FeatureValue | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * A profile as the attacker rebuilds it from published features, with the referral rate given. The
 * share of children enters only where the answers say the distances used it (an estimated share is
 * shown but not used).
 */
function profileFrom(id: string, features: Record<string, FeatureValue>, rate: number | null, used: Set<string> | null): ServiceProfile {
	const population = numberOr(features.population);
	const density = numberOr(features.density);
	const share = used === null || used.has('children_share') ? numberOr(features.children_share) : null;
	return {
		police_service_id: id,
		kind: 'municipal',
		opp_region: null,
		population,
		land_area_km2: population !== null && density !== null && density > 0 ? population / density : 0,
		children: population !== null && share !== null ? share * population : null,
		children_imported: share !== null,
		centre_distance_km: numberOr(features.remoteness),
		referrals_per_100k: rate,
		referrals_small: rate === null,
		// As /about/data says: the OPP is compared through its regional teams, never as a candidate itself.
		comparable: id !== OPP_SERVICE_ID
	};
}

/** Whether the profiles reproduce every published distance. */
function reproduces(profiles: ServiceProfile[], distances: PeerPublication['distances']): boolean {
	const basis = peerBasis(profiles);
	const froms = new Set([...distances.keys()].map((key) => key.split('|')[0] ?? ''));
	for (const from of froms) {
		if (!profiles.some((profile) => profile.police_service_id === from)) return false;
		const computed = new Map(rankBySimilarity(profiles, from, {}, basis).map((match) => [match.police_service_id, match.distance]));
		for (const [key, published] of distances) {
			if (!key.startsWith(`${from}|`)) continue;
			const value = computed.get(key.slice(from.length + 1));
			if (value === undefined || Math.abs(value - published.value) > published.tolerance) return false;
		}
	}
	return true;
}

export interface DistanceFinding {
	service: string;
	period: PeriodKey;
	cell: string;
	truth: number;
	consistent: number[];
}

export interface DistanceAttack {
	findings: DistanceFinding[];
	/** Hidden counts under a withheld rate that were tried. */
	tried: number;
	/** Periods where one of the readings reproduced the published distances (the model is the code's). */
	reproduced: number;
	/** Periods with published distances. */
	periods: number;
}

/**
 * The attack: for every period with published distances, every service whose rate is withheld there
 * and every hidden count under it, which candidates 1–4 reproduce the distances.
 */
export function invertDistances(publications: ReadonlyMap<PeriodKey, PeerPublication>, truths: ReadonlyMap<string, ReferralTruth>): DistanceAttack {
	const attack: DistanceAttack = { findings: [], tried: 0, reproduced: 0, periods: 0 };
	for (const [period, publication] of publications) {
		if (publication.distances.size === 0) continue;
		attack.periods++;
		const ids = [...publication.features.keys()].sort();
		const withheld = ids.filter((id) => numberOr(publication.features.get(id)?.referrals_per_100k) === null);
		const trueRate = (id: string): number | null => {
			const truth = truths.get(id);
			const population = numberOr(publication.features.get(id)?.population);
			if (!truth || population === null) return null;
			const { sum, quarters } = window(truth, period);
			return rateOf(sum, quarters, population);
		};
		const published = (id: string) => numberOr(publication.features.get(id)?.referrals_per_100k);
		// The method as written: withheld rates left out.
		const leftOut = ids.map((id) => profileFrom(id, publication.features.get(id) ?? {}, published(id), publication.used));
		const methodHolds = reproduces(leftOut, publication.distances);
		let anyLeaky = false;
		for (const service of withheld) {
			const truth = truths.get(service);
			const population = numberOr(publication.features.get(service)?.population);
			if (!truth || population === null) continue;
			const { sum, quarters, hidden } = window(truth, period);
			for (const target of hidden) {
				attack.tried++;
				const consistent: number[] = [];
				for (let candidate = 1; candidate <= 4; candidate++) {
					const rate = rateOf(sum - target.value + candidate, quarters, population);
					// The leaky reading: every withheld rate enters, the target's at the candidate's value.
					const leaky = ids.map((id) =>
						profileFrom(id, publication.features.get(id) ?? {}, id === service ? rate : (published(id) ?? trueRate(id)), publication.used)
					);
					const fits = reproduces(leaky, publication.distances);
					if (fits) anyLeaky = true;
					if (methodHolds || fits) consistent.push(candidate);
				}
				// A truth the readings cannot reproduce means the model is not the code's: nothing learnt.
				if (consistent.length < 4 && consistent.includes(target.value)) {
					attack.findings.push({ service, period, cell: target.cell, truth: target.value, consistent });
				}
			}
		}
		if (methodHolds || anyLeaky) attack.reproduced++;
	}
	return attack;
}
