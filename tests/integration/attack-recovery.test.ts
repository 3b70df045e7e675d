/**
 * Recovery attempts on the disclosure rule (domain.md §9): for each role without clearance, everything
 * the API, the CSV exports and the pages give it about a service (attack-support.ts finds the doors) is
 * read as numbers and handed to a solver (attack-recover.ts) that tries differencing adjacent rolling
 * totals, totals minus published parts (the OPP's total minus its regional teams' figures, a team's
 * load beside its communities' rows), and rates times a fitted denominator; the peer distances and
 * features every service's comparison publishes go to a second solver (attack-distance.ts) that tries
 * to invert them for a withheld referral rate. The suite fails if any count of 1–4 in the database is
 * recovered exactly or narrowed to a band within 1–4.
 *
 * Run for the viewer, both demo chiefs, the Project P coordinator and the administrator, on the default
 * data and on a province randomised from a printed seed (many counts of 1–4, in the OPP's regions too).
 * What a role fetched is collected once and given to every solver. Synthetic leaky publications (an
 * unmasked rolling total and rate; distances computed on withheld rates) run through the same solvers
 * and must give values back, so the attacks can succeed when there is something to find.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CASELOAD_FIELDS } from '../../src/lib/domain/coverage';
import type { ServiceProfile } from '../../src/lib/domain/peers';
import { peerBasis } from '../../src/lib/domain/peers/basis';
import { rankBySimilarity } from '../../src/lib/domain/peers/most-similar';
import { shiftPeriod, type PeriodKey } from '../../src/lib/domain/period';
import { OPP_SERVICE_ID } from '../../src/lib/domain/responders/opp-regions';
import type { AuthUser } from '../../src/lib/server/auth/user';
import * as coverageInputs from '../../src/lib/server/queries/coverage-inputs';
import { attackers, collect, doors, fetchAll, PLANNER, randomiseProvince, RANDOM_SEED, seeded, type Collected, type Targets } from './attack-support';
import { isHidden, recover, type Truth } from './attack-recover';
import { invertDistances, peerPublications, type ReferralTruth } from './attack-distance';
import { appDatabase } from './test-db';

const test = appDatabase();
let users: Record<string, AuthUser>;
let periods: PeriodKey[];
let serviceIds: string[];
let unitsOf: Map<string, string[]>;
let communitiesOf: Map<string, string[]>;
/** One OPP community per region, so each regional team's figures are fetched. */
let oppCommunities: string[];

/** The quarters attacked: the last two years, enough windows to fit and to difference. */
const SPAN = 8;

beforeAll(async () => {
	users = await attackers(test.db);
	periods = await coverageInputs.periods(test.db);
	const inputs = await coverageInputs.load(test.db, periods.at(-1) ?? '2025-Q4');
	serviceIds = inputs.services.map((service) => service.police_service_id).sort();
	unitsOf = new Map();
	for (const unit of inputs.units) unitsOf.set(unit.police_service_id, [...(unitsOf.get(unit.police_service_id) ?? []), unit.unit_id]);
	communitiesOf = new Map();
	const regions = new Map<string, string>();
	for (const community of inputs.communities) {
		communitiesOf.set(community.police_service_id, [...(communitiesOf.get(community.police_service_id) ?? []), community.csduid]);
		if (community.police_service_id === 'opp' && !regions.has(community.opp_region)) regions.set(community.opp_region, community.csduid);
	}
	oppCommunities = [...regions.values()];
}, 120_000);

/** The true counts of every caseload field of a service's units, by field. */
async function truths(service: string): Promise<Truth[]> {
	const units = unitsOf.get(service) ?? [service];
	const rows = await test.db.selectFrom('ice_quarter').selectAll().where('police_service_id', 'in', units).execute();
	return CASELOAD_FIELDS.map((field) => {
		const cells = new Map<string, Map<PeriodKey, number>>();
		for (const row of rows) {
			const value = Number((row as Record<string, unknown>)[field]);
			if (!Number.isFinite(value)) continue;
			const unit = cells.get(row.police_service_id) ?? new Map<PeriodKey, number>();
			unit.set(row.period as PeriodKey, (unit.get(row.period as PeriodKey) ?? 0) + value);
			cells.set(row.police_service_id, unit);
		}
		return { field, cells };
	});
}

/** Every service's true referral counts, per unit and quarter (what the distance attacker is given). */
async function referralTruths(): Promise<Map<string, ReferralTruth>> {
	const serviceOf = new Map([...unitsOf].flatMap(([service, units]) => units.map((unit) => [unit, service] as const)));
	const rows = await test.db.selectFrom('ice_quarter').select(['police_service_id', 'period', 'referrals_received']).execute();
	const found = new Map<string, { service: string; cells: Map<string, Map<PeriodKey, number>> }>();
	for (const row of rows) {
		const service = serviceOf.get(row.police_service_id) ?? row.police_service_id;
		const truth = found.get(service) ?? { service, cells: new Map<string, Map<PeriodKey, number>>() };
		const unit = truth.cells.get(row.police_service_id) ?? new Map<PeriodKey, number>();
		unit.set(row.period as PeriodKey, (unit.get(row.period as PeriodKey) ?? 0) + row.referrals_received);
		truth.cells.set(row.police_service_id, unit);
		found.set(service, truth);
	}
	return found;
}

/**
 * The services most exposed to differencing: the most referral counts of 1–4 in the attacked quarters,
 * with enough known quarters around them for the attacker to recognise its series.
 */
async function chosenServices(): Promise<string[]> {
	const span = periods.slice(-SPAN);
	const scored: { service: string; score: number }[] = [];
	for (const service of [...unitsOf.keys()].sort()) {
		if (service === 'toronto' || service === 'naps' || (unitsOf.get(service) ?? []).length !== 1) continue;
		const referrals = (await truths(service)).find((truth) => truth.field === 'referrals_received');
		if (!referrals) continue;
		const cells = [...referrals.cells.values()][0];
		const hidden = span.filter((p) => isHidden(cells?.get(p) ?? 0)).length;
		const known = span.filter((p) => (cells?.get(p) ?? 0) >= 5).length;
		if (known >= 6 && hidden > 0) scored.push({ service, score: hidden });
	}
	return scored.sort((a, b) => b.score - a.score || a.service.localeCompare(b.service)).map((entry) => entry.service);
}

function targetsFor(services: readonly string[]): Targets {
	const csduids = services.flatMap((service) => (service === 'opp' ? oppCommunities : (communitiesOf.get(service) ?? []).slice(0, 1)));
	return { services, csduids, periods: periods.slice(-SPAN), serviceCount: serviceIds.length, companions: serviceIds.filter((id) => !services.includes(id)).slice(0, 2) };
}

/** Services whose largest peer group is fetched besides the attacked ones' (each gives N − 1 distances). */
const DISTANCE_SOURCES = 8;

/**
 * What a role fetched: every door for the attacked services, and the largest peer group now of the
 * attacked services and of a seeded sample of others (every distance depends on every service's
 * features through the standardisation, so the attacked service's own group already gives N − 1
 * equations; the others add distances measured from elsewhere).
 */
async function snapshot(user: AuthUser, services: readonly string[]): Promise<Map<string, Collected>> {
	const collected = await collect(user, targetsFor(services));
	for (const [path, answer] of await largestGroups(user, services)) collected.set(path, answer);
	return collected;
}

async function largestGroups(user: AuthUser, services: readonly string[]): Promise<Map<string, Collected>> {
	const peers = doors().find((door) => door.template === '/api/services/{id}/peers');
	if (!peers) throw new Error('no peers door: the distance attack has nothing to read');
	const random = seeded(RANDOM_SEED);
	const others = serviceIds.filter((id) => !services.includes(id));
	const sources = [...services, ...Array.from({ length: DISTANCE_SOURCES }, () => others.splice(Math.floor(random() * others.length), 1)[0] ?? '')].filter((id) => id !== '');
	const k = serviceIds.length - 1;
	return fetchAll(user, sources.map((id) => ({ door: peers, request: { path: `/api/services/${id}/peers?k=${k}`, params: { id } } })));
}

const hiddenIn = (truth: Truth, span: readonly PeriodKey[]): number =>
	[...truth.cells.values()].reduce((n, cells) => n + span.filter((p) => isHidden(cells.get(p) ?? 0)).length, 0);

interface Outcome {
	/** Hidden counts in the attacked quarters of the attacked services. */
	inReach: number;
	/** Published series the attacker recognised (a suite that recognises nothing proves nothing). */
	recognised: number;
	/** Of them, series fitted to one reporting unit of a service with several (an OPP regional team). */
	teams: number;
	/** Hidden counts under a withheld rate that the distance attack tried, and periods it modelled. */
	distanceTried: number;
	distanceReproduced: number;
}

/** Attacks the services as every role not cleared for them, one snapshot per role shared by both solvers. */
async function attackAll(services: readonly string[], roles: [string, AuthUser][], label: string): Promise<Outcome> {
	const span = periods.slice(-SPAN);
	const fields = new Map(await Promise.all(services.map(async (service) => [service, await truths(service)] as const)));
	const outcome: Outcome = { inReach: 0, recognised: 0, teams: 0, distanceTried: 0, distanceReproduced: 0 };
	for (const list of fields.values()) outcome.inReach += list.reduce((n, truth) => n + hiddenIn(truth, span), 0);
	const referrals = await referralTruths();
	const ids = new Set(serviceIds);
	for (const [name, user] of roles) {
		const collected = await snapshot(user, services);
		expect([...collected.values()].filter((answer) => answer.status === 200).length, name).toBeGreaterThan(5);
		for (const service of services) {
			if (user.police_service_id === service) continue;
			for (const truth of fields.get(service) ?? []) {
				const { findings, how, observed } = recover(collected, service, truth);
				expect(observed, `${label}: ${name} was given numbers about ${service}`).toBeGreaterThan(0);
				expect(findings, `${label}: ${name} on ${service} ${truth.field}`).toEqual([]);
				outcome.recognised += how.length;
				outcome.teams += how.filter((line) => / of opp-/.test(line)).length;
			}
		}
		// The role's own service is cleared for it: its counts are not the attacker's to find.
		const others = new Map([...referrals].filter(([id]) => id !== user.police_service_id));
		const distances = invertDistances(peerPublications(collected, ids), others);
		expect(distances.findings, `${label}: ${name} inverts peer distances`).toEqual([]);
		// The attacker's model must be the code's: it rebuilds every quarter's published distances exactly.
		expect(distances.reproduced, `${label}: ${name}: quarters whose published distances the attacker's model rebuilds`).toBe(distances.periods);
		outcome.distanceTried += distances.tried;
		outcome.distanceReproduced += distances.reproduced;
	}
	return outcome;
}

/** A publication that leaks: the rolling total and a per-100k rate of it, never masked. */
function leakyPublication(service: string, truth: Truth): Map<string, Collected> {
	const collected = new Map<string, Collected>();
	const span = periods.slice(-SPAN);
	for (const period of span) {
		let rolling = 0;
		for (const cells of truth.cells.values()) for (let lag = 0; lag < 4; lag++) rolling += cells.get(shiftPeriod(period, -lag)) ?? 0;
		const body = JSON.stringify({ data: { police_service_id: service, period, rolling_total: rolling, rate_per_100k: Number(((rolling * 100000) / 123456).toFixed(1)) } });
		collected.set(`/leaky/${service}?period=${period}`, { status: 200, type: 'application/json', body });
	}
	return collected;
}

/**
 * Peer distances computed on every service's true referral rate, withheld or not (what the peers once
 * published), with the features as the given role was shown them.
 */
function leakyDistances(collected: ReadonlyMap<string, Collected>, referrals: ReadonlyMap<string, ReferralTruth>): Map<string, Collected> {
	const [period, publication] = [...peerPublications(collected, new Set(serviceIds))][0] ?? [];
	if (!period || !publication) throw new Error('no peer features fetched');
	const profiles: ServiceProfile[] = [...publication.features].map(([id, features]) => {
		const population = typeof features.population === 'number' ? features.population : null;
		const density = typeof features.density === 'number' ? features.density : null;
		const truth = referrals.get(id);
		let sum = 0;
		const reported = new Set<PeriodKey>();
		for (const cells of truth?.cells.values() ?? []) {
			for (let lag = 0; lag < 4; lag++) {
				const value = cells.get(shiftPeriod(period, -lag));
				if (value === undefined) continue;
				sum += value;
				reported.add(shiftPeriod(period, -lag));
			}
		}
		const published = typeof features.referrals_per_100k === 'number' ? features.referrals_per_100k : null;
		// A service whose counts the test does not hold (an OPP regional team) keeps the rate it was given.
		const rate = truth === undefined ? published : population && reported.size > 0 ? ((sum * 4) / reported.size / population) * 100_000 : null;
		return {
			police_service_id: id,
			kind: 'municipal',
			opp_region: null,
			population,
			land_area_km2: population && density ? population / density : 0,
			children: null,
			children_imported: false,
			centre_distance_km: typeof features.remoteness === 'number' ? features.remoteness : null,
			referrals_per_100k: rate,
			referrals_small: false,
			comparable: id !== OPP_SERVICE_ID
		};
	});
	const basis = peerBasis(profiles);
	const leaky = new Map<string, Collected>();
	for (const [id, features] of publication.features) {
		const members = rankBySimilarity(profiles, id, {}, basis).map((match) => ({ police_service_id: match.police_service_id, distance: match.distance, features: publication.features.get(match.police_service_id) }));
		const features_used = basis.features;
		const body = JSON.stringify({ data: { police_service_id: id, features, group: { features_used, members } }, meta: { period } });
		leaky.set(`/leaky/services/${id}/peers?period=${period}`, { status: 200, type: 'application/json', body });
	}
	return leaky;
}

describe('no role without clearance recovers or narrows a suppressed count', () => {
	it('the solver does recover counts from a leaky publication (the attack can succeed)', async () => {
		let recovered = 0;
		let tried = 0;
		let recognised = 0;
		for (const service of ['naps', ...[...unitsOf.keys()].filter((s) => s !== 'naps').slice(0, 10)]) {
			for (const truth of await truths(service)) {
				if (hiddenIn(truth, periods.slice(-SPAN)) === 0) continue;
				tried++;
				const { findings, how } = recover(leakyPublication(service, truth), service, truth);
				if (how.length > 0) recognised++;
				for (const finding of findings) expect(finding.truth).toBeGreaterThanOrEqual(finding.low);
				recovered += findings.filter((finding) => finding.how === 'recovered').length;
			}
		}
		expect(tried, 'services with hidden counts were tried').toBeGreaterThan(0);
		expect(recognised, 'the leaky series are recognised as rolling totals and rates').toBeGreaterThan(0);
		expect(recovered, 'the leaky rolling totals give hidden counts back').toBeGreaterThan(0);
	}, 120_000);

	it('the same solver, on what a cleared planner fetches from the real doors, does recover counts', async () => {
		// The planner sees true figures by design: so the doors do publish what the solver can use.
		let recovered = 0;
		const services = (await chosenServices()).slice(0, 3);
		for (const service of services) {
			const collected = await collect(PLANNER, targetsFor([service]), (door) => door.template.startsWith('/api/services/'));
			for (const truth of await truths(service)) recovered += recover(collected, service, truth).findings.filter((f) => f.how === 'recovered').length;
		}
		expect(recovered, `hidden counts of ${services.join(', ')} recovered from cleared figures`).toBeGreaterThan(0);
	}, 300_000);

	it('the distance solver recovers withheld rates from distances computed on them (the attack can succeed)', async () => {
		const viewer = users.viewer;
		if (!viewer) throw new Error('no viewer');
		const collected = await largestGroups(viewer, []);
		const referrals = await referralTruths();
		const attack = invertDistances(peerPublications(leakyDistances(collected, referrals), new Set(serviceIds)), referrals);
		expect(attack.tried, 'withheld rates with hidden counts under them were tried').toBeGreaterThan(0);
		expect(attack.findings.filter((finding) => finding.consistent.length === 1).length, 'hidden counts recovered from leaky distances').toBeGreaterThan(0);
	}, 120_000);

	it('on the default data: the most exposed service and the OPP, as every role not cleared for them', async () => {
		const service = (await chosenServices())[0] ?? 'naps';
		const outcome = await attackAll([service, 'opp'], Object.entries(users), 'default data');
		expect(outcome.inReach, `${service} has hidden counts in the attacked quarters`).toBeGreaterThan(0);
		expect(outcome.recognised, `published ${service} series were recognised`).toBeGreaterThan(0);
		expect(outcome.distanceReproduced, 'the distance attacker reproduced the published distances').toBeGreaterThan(0);
		expect(outcome.teams, 'published series of OPP regional teams were recognised').toBeGreaterThan(0);
	}, 600_000);

	it(`on a randomised province (seed ${RANDOM_SEED}), as every role not cleared`, async () => {
		const services = await randomiseProvince(test.db, RANDOM_SEED, periods.slice(-SPAN), unitsOf);
		const label = `random province, seed ${RANDOM_SEED}, services ${services.join(', ')}`;
		const outcome = await attackAll(services, Object.entries(users), label);
		expect(outcome.inReach, `${label}: hidden counts in the attacked quarters`).toBeGreaterThan(0);
		expect(outcome.recognised, `${label}: published series were recognised`).toBeGreaterThan(0);
		expect(outcome.distanceTried, `${label}: withheld rates with hidden counts were attacked through distances`).toBeGreaterThan(0);
		expect(outcome.distanceReproduced, `${label}: the distance attacker reproduced the published distances`).toBeGreaterThan(0);
		expect(outcome.teams, `${label}: published series of OPP regional teams were recognised`).toBeGreaterThan(0);
	}, 600_000);
});
