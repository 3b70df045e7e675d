/**
 * The peer comparison against the seeded database: groups, weighted averages recomputed from the
 * stored rows, disclosure control in every output, and the page loads (a chief lands on their own
 * service). The API's answers are in compare-api.test.ts.
 */
import { isRedirect } from '@sveltejs/kit';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAll } from '../support/expect-all';
import { NOBODY_CLEARED, SUPPRESSED } from '../../src/lib/domain/coverage';
import type { PeriodKey } from '../../src/lib/domain/period';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { serviceComparisonFor } from '../../src/lib/server/comparison';
import { choosePeriod } from '../../src/lib/server/coverage';
import { load as loadIndex } from '../../src/routes/compare/+page.server';
import { load as loadSideBySide } from '../../src/routes/compare/side-by-side/+page.server';
import { appDatabase } from './test-db';

const test = appDatabase();
let period: PeriodKey;
const EVERYONE_CLEARED = () => true;

async function compare(serviceId: string, query = '', cleared: (id: string) => boolean = EVERYONE_CLEARED) {
	const result = await serviceComparisonFor(test.db, serviceId, new URLSearchParams(query), { cleared, locale: 'en', trendQuarters: 2 });
	if (!result.ok) throw new Error(`${result.status} ${result.parameter}: ${result.message}`);
	return result;
}

/** A service with 1–4 referrals in the latest quarter, straight from the table. */
async function smallReferralService(): Promise<{ id: string; referrals: number }> {
	const row = await test.db
		.selectFrom('ice_quarter')
		.select(['police_service_id', 'referrals_received'])
		.where('period', '=', period)
		.where('referrals_received', '>=', 1)
		.where('referrals_received', '<=', 4)
		.orderBy('police_service_id')
		.executeTakeFirstOrThrow();
	return { id: row.police_service_id, referrals: row.referrals_received };
}

function chief(service: string): AuthUser {
	return { id: 1, username: `chief-${service}`, display_name: 'Chief', role: 'chief', police_service_id: service, credential: { kind: 'session', session_hash: 'x' } };
}

function pageEvent(path: string, user: AuthUser | null) {
	return { url: new URL(path, 'http://localhost'), locals: { locale: 'en', user } } as never;
}

beforeAll(async () => {
	const choice = await choosePeriod(test.db, null);
	if (!choice.ok) throw new Error(choice.message);
	period = choice.period;
});

describe('most similar groups from the seeded data', () => {
	it('gives Toronto seven other services, nearest first, and k = 3 is their first three', async () => {
		const seven = (await compare('toronto')).view.peers;
		expect(seven).toHaveLength(7);
		expect(seven.map((peer) => peer.police_service_id)).not.toContain('toronto');
		expect(seven.map((peer) => peer.distance)).toEqual([...seven.map((peer) => peer.distance)].sort((a, b) => (a ?? 0) - (b ?? 0)));
		const three = (await compare('toronto', 'k=3')).view.peers;
		expect(three.map((p) => p.police_service_id)).toEqual(seven.slice(0, 3).map((p) => p.police_service_id));
	});

	it('compares the Nishnawbe-Aski Police Service with remote, sparse services, not by an estimated share of children', async () => {
		const { view } = await compare('naps');
		expect(view.similarity?.features).toContainEqual({ id: 'children_share', status: 'unknown' });
		expect(view.peers).toHaveLength(7);
		const value = (feature: unknown) => (typeof feature === 'number' ? feature : NaN);
		// Mostly remote (over 100 km from a large urban centre) and sparse (under 25 people per km²); every one sparse.
		const alike = view.peers.filter((peer) => value(peer.features.remoteness) > 100 && value(peer.features.density) < 25);
		const described = view.peers.map((peer) => `${peer.police_service_id} ${String(peer.features.remoteness)} ${String(peer.features.density)}`).join(', ');
		expect(alike.length, described).toBeGreaterThanOrEqual(4);
		expect(view.peers.filter((peer) => value(peer.features.density) < 100), described).toHaveLength(7);
	});

	it('compares an OPP regional team with the other teams and large services, and the OPP as a whole with its teams', async () => {
		const teams = ['opp-central', 'opp-east', 'opp-north-east', 'opp-north-west', 'opp-west'];
		const west = (await compare('opp-west')).view;
		expect(west.kind).toBe('opp');
		const ids = west.peers.map((peer) => peer.police_service_id);
		expect(ids.slice(0, 2).every((id) => teams.includes(id)), ids.join(', ')).toBe(true);
		expect(ids).not.toContain('opp');
		// Its features are those of the communities the OPP polices in the West, not the whole OPP's.
		const whole = (await compare('opp')).view;
		const people = (features: { population: unknown }) => (typeof features.population === 'number' ? features.population : NaN);
		expect(people(west.features)).toBeLessThan(people(whole.features) / 2);
		// The OPP as a whole: its group is its five teams, and it is ranked nowhere, so nothing is counted twice.
		expect(whole.peers.map((peer) => peer.police_service_id)).toEqual(teams);
		const staffing = whole.comparisons.find((c) => c.metric === 'investigators_per_100k');
		expect(staffing?.rank).toBeNull();
		expect(staffing?.ranking.map((r) => r.police_service_id)).not.toContain('opp');
		expect(staffing?.ranking.filter((r) => teams.includes(r.police_service_id))).toHaveLength(5);
		// Teams are not funded by region: no funding figure, rather than 0.
		const funding = west.comparisons.find((c) => c.metric === 'funding_per_capita');
		expect(funding?.value).toBeNull();
		// Every team in a team's group by kind, and the OPP as a whole in none.
		const kind = (await compare('opp-east', 'group=kind')).view.peers.map((peer) => peer.police_service_id);
		expect(kind).toEqual(teams.filter((id) => id !== 'opp-east'));
		expect((await compare('toronto', 'group=kind')).view.peers.map((peer) => peer.police_service_id)).not.toContain('opp');
	});

	it('groups by kind and by OPP region on request', async () => {
		const kind = (await compare('ottawa', 'group=kind')).view;
		expectAll(kind.peers, (peer) => peer.kind === 'municipal');
		expect(kind.peers).toHaveLength(42);
		const region = (await compare('ottawa', 'group=region')).view;
		expectAll(region.peers, (peer) => peer.opp_region === 'East');
	});
});

describe('weighted averages, recomputed from the stored rows', () => {
	it('the group’s investigators per 100,000 is its total FTE over its total population', async () => {
		const { view } = await compare('toronto');
		const ids = view.peers.map((peer) => peer.police_service_id);
		const fte = await test.db.selectFrom('ice_quarter').select(sql<number>`sum(investigators_fte)`.as('fte')).where('period', '=', period).where('police_service_id', 'in', ids).executeTakeFirstOrThrow();
		const people = await test.db
			.selectFrom('community as c')
			.innerJoin('jurisdiction as j', 'j.csduid', 'c.csduid')
			.select(sql<number>`sum(c.population)::float8`.as('population'))
			.where('j.police_service_id', 'in', ids)
			.executeTakeFirstOrThrow();
		const row = view.comparisons.find((c) => c.metric === 'investigators_per_100k');
		expect(row?.group.value).toBeCloseTo((Number(fte.fte) / people.population) * 100_000, 9);
		expect(row?.group.used).toBe(7);
	});
});

describe('disclosure control', () => {
	it('shows a count of 1–4 as "<5" to a viewer and to a chief of another service, but not to its own chief', async () => {
		const { id, referrals } = await smallReferralService();
		const valueFor = async (cleared: (s: string) => boolean) =>
			(await compare(id, '', cleared)).view.comparisons.find((c) => c.metric === 'referrals_received')?.value;
		expect(await valueFor(NOBODY_CLEARED)).toEqual(SUPPRESSED);
		expect(await valueFor((s) => s === 'toronto')).toEqual(SUPPRESSED);
		expect(await valueFor((s) => s === id)).toBe(referrals);
	});

	it('ranks and averages no raw count of services of different sizes', async () => {
		const { view } = await compare('toronto', '', NOBODY_CLEARED);
		const row = view.comparisons.find((c) => c.metric === 'referrals_received');
		expect(row).toMatchObject({ ranked: false, percentile: null, rank: null, ranking: [], province: { value: null }, group: { value: null } });
		expect(typeof row?.value).toBe('number');
	});

	it('leaves hidden values out of the province average and the ranking, so neither can reveal them', async () => {
		const { view } = await compare('toronto', '', NOBODY_CLEARED);
		const row = view.comparisons.find((c) => c.metric === 'referrals_per_investigator');
		const periods = (await test.db.selectFrom('ice_quarter').select('period').distinct().where('period', '<=', period).orderBy('period', 'desc').limit(4).execute()).map((r) => r.period);
		// Suppressed at source: a service whose four quarters include any count of 1–4 has its rate withheld
		// (a rolling total containing a hidden quarter would let differencing recover it).
		const small = await test.db
			.selectFrom('ice_quarter as q')
			.innerJoin('reporting_unit as u', 'u.id', 'q.police_service_id')
			.select('u.police_service_id')
			.distinct()
			.where('q.period', 'in', periods)
			.where('q.referrals_received', '>=', 1)
			.where('q.referrals_received', '<=', 4)
			.execute();
		expect(small.length).toBeGreaterThan(0);
		const ranked = new Set(row?.ranking.map((entry) => entry.police_service_id));
		for (const { police_service_id } of small) expect(ranked.has(police_service_id), police_service_id).toBe(false);
		expect(row?.hidden).toBe(small.length);
		expect(row?.province.hidden).toBe(small.length);
	});
});

describe('pages', () => {
	it('sends a chief from /compare to their own service, unless they ask to choose', async () => {
		const landed = await Promise.resolve(loadIndex(pageEvent('/compare', chief('toronto')))).catch((thrown: unknown) => thrown);
		expect(isRedirect(landed) && landed.location).toBe('/compare/toronto');
		const picker = await loadIndex(pageEvent('/compare?choose=1', chief('toronto')));
		expect(picker).toMatchObject({ own: 'toronto' });
		// The 54 services and the OPP's five regional teams, each comparable on its own.
		const listed = (picker as { services: { id: string; kind: string }[] }).services;
		expect(listed).toHaveLength(59);
		expect(listed.filter((s) => s.id.startsWith('opp-')).map((s) => s.kind)).toEqual(['opp', 'opp', 'opp', 'opp', 'opp']);
	});

	it('side by side: explains a list that is too long or names an unknown service', async () => {
		const tooMany = (await loadSideBySide(pageEvent('/compare/side-by-side?ids=a,b,c,d,e', null))) as { problem: unknown; table: unknown };
		expect(tooMany).toMatchObject({ problem: { code: 'too_many' }, table: null });
		const unknown = (await loadSideBySide(pageEvent('/compare/side-by-side?ids=toronto,atlantis', null))) as { problem: unknown };
		expect(unknown.problem).toEqual({ code: 'unknown', id: 'atlantis' });
		const good = (await loadSideBySide(pageEvent('/compare/side-by-side?ids=toronto,naps', null))) as { table: { columns: unknown[]; rows: unknown[] } };
		expect(good.table.columns).toHaveLength(2);
		// An OPP regional team beside a municipal service.
		const team = (await loadSideBySide(pageEvent('/compare/side-by-side?ids=opp-west,london', null))) as { problem: unknown; table: { columns: { police_service_id: string; kind: string }[] } };
		expect(team.problem).toBeNull();
		expect(team.table.columns.map((c) => [c.police_service_id, c.kind])).toEqual([['opp-west', 'opp'], ['london', 'municipal']]);
		expect(good.table.rows).toHaveLength(15);
	});

	it('side by side: the picker’s separate fields become one shareable ids list', async () => {
		const thrown = await Promise.resolve(loadSideBySide(pageEvent('/compare/side-by-side?ids=toronto&ids=&ids=naps&ids=', null))).catch((e: unknown) => e);
		expect(isRedirect(thrown) && thrown.location).toBe('/compare/side-by-side?ids=toronto%2Cnaps');
	});
});
