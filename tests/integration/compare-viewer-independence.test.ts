/**
 * Peers and ranks are the same for every viewer and never move with a count a viewer may not see,
 * against real PostgreSQL: a suppressed referral count of a small service moves within 1–4 and
 * everything the peer API, the side-by-side API, the comparison CSV and the compare pages publish to
 * chief-toronto stays byte-identical; chief-toronto and a planner get the same ranks and groups.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAll } from '../support/expect-all';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { GET as compareApi } from '../../src/routes/api/compare/+server';
import { GET as peersApi } from '../../src/routes/api/services/[id]/peers/+server';
import { load as comparePage } from '../../src/routes/compare/[service=service]/+page.server';
import { GET as comparisonCsv } from '../../src/routes/compare/[service=service]/comparison.csv/+server';
import { load as sideBySidePage } from '../../src/routes/compare/side-by-side/+page.server';
import { appDatabase } from './test-db';

const test = appDatabase();
const planner: AuthUser = { id: 1, username: 'p', display_name: 'P', role: 'planner', police_service_id: null, credential: { kind: 'session', session_hash: 'x' } };
const chiefToronto: AuthUser = { ...planner, username: 'chief-toronto', role: 'chief', police_service_id: 'toronto' };
/** The small service whose count moves, and the quarter. */
const target = { id: '', period: '', referrals: 0 };
let servicesCount = 0;
/** Services and OPP regional teams a group can hold: every service but the OPP as a whole, which its teams stand in for. */
let candidatesCount = 0;

function event(path: string, params: Record<string, string>, user: AuthUser): RequestEvent {
	const url = new URL(path, 'http://localhost');
	return { url, params, request: new Request(url), locals: { locale: 'en', user }, route: { id: null } } as unknown as RequestEvent;
}

async function text(handler: (event: never) => Response | Promise<Response>, path: string, params: Record<string, string>, user: AuthUser): Promise<string> {
	const response = await handler(event(path, params, user) as never);
	expect(response.status, path).toBe(200);
	return Buffer.from(await response.arrayBuffer()).toString('utf8');
}

async function page(load: (event: never) => unknown, path: string, params: Record<string, string>, user: AuthUser): Promise<string> {
	return JSON.stringify(await load(event(path, params, user) as never));
}

/** Everything the comparison doors publish to `user`, by door. */
async function published(user: AuthUser): Promise<Record<string, string>> {
	const k = servicesCount - 1;
	const t = target.id;
	const answers: Record<string, string> = {};
	for (const id of ['toronto', t, 'aylmer', 'naps', 'opp', 'opp-north-west']) {
		answers[`peers ${id}`] = await text(peersApi as never, `/api/services/${id}/peers?k=${k}`, { id }, user);
		answers[`peers ${id} kind`] = await text(peersApi as never, `/api/services/${id}/peers?group=kind`, { id }, user);
		answers[`csv ${id}`] = await text(comparisonCsv as never, `/compare/${id}/comparison.csv?k=${k}`, { service: id }, user);
		answers[`page ${id}`] = await page(comparePage as never, `/compare/${id}`, { service: id }, user);
	}
	answers['side by side api'] = await text(compareApi as never, `/api/compare?ids=toronto,${t},aylmer,naps`, {}, user);
	answers['side by side page'] = await page(sideBySidePage as never, `/compare/side-by-side?ids=${t},toronto,hanover`, {}, user);
	return answers;
}

beforeAll(async () => {
	const { period } = await test.db.selectFrom('ice_quarter').select((eb) => eb.fn.max('period').as('period')).executeTakeFirstOrThrow();
	const periods = (await test.db.selectFrom('ice_quarter').select('period').distinct().where('period', '<=', period).orderBy('period', 'desc').limit(4).execute()).map((row) => row.period);
	// A service other than Toronto (and not one of the OPP's fragments, which are being remodelled) whose
	// latest quarter and four-quarter total of referrals are both 1–3, so one more keeps both under 5.
	const rows = await test.db
		.selectFrom('ice_quarter as q')
		.innerJoin('police_service as s', 's.id', 'q.police_service_id')
		.select(['q.police_service_id', (eb) => eb.fn.sum<number>('q.referrals_received').as('trailing')])
		.where('q.period', 'in', periods)
		.where('s.kind', '!=', 'opp')
		.where('q.police_service_id', '!=', 'toronto')
		.groupBy('q.police_service_id')
		.execute();
	for (const row of rows.sort((a, b) => (a.police_service_id < b.police_service_id ? -1 : 1))) {
		if (!(Number(row.trailing) >= 1 && Number(row.trailing) <= 3)) continue;
		// With a population, so its referral rate exists and could reach a distance.
		const people = await test.db
			.selectFrom('community as c')
			.innerJoin('jurisdiction as j', 'j.csduid', 'c.csduid')
			.select((eb) => eb.fn.sum<number>('c.population').as('population'))
			.where('j.police_service_id', '=', row.police_service_id)
			.executeTakeFirst();
		if (!(Number(people?.population ?? 0) > 0)) continue;
		const latest = await test.db.selectFrom('ice_quarter').select('referrals_received').where('police_service_id', '=', row.police_service_id).where('period', '=', period).executeTakeFirst();
		if (latest && latest.referrals_received >= 1 && latest.referrals_received <= 3) {
			Object.assign(target, { id: row.police_service_id, period, referrals: latest.referrals_received });
			break;
		}
	}
	servicesCount = (await test.db.selectFrom('police_service').select('id').execute()).length;
	const teams = await test.db.selectFrom('reporting_unit').select('id').where('police_service_id', '=', 'opp').where('opp_region', 'is not', null).execute();
	expect(teams).toHaveLength(5);
	candidatesCount = servicesCount - 1 + teams.length;
});

describe('peers and ranks do not depend on who asks or on what is hidden', () => {
	it('finds a service with a population and a suppressed referral count to move', () => {
		expect(target.id).not.toBe('');
		expect(target.id).not.toBe('akwesasne');
	});

	it('publishes byte-identical comparisons to chief-toronto when a suppressed referral count moves within 1–4', async () => {
		const before = await published(chiefToronto);
		const plannerBefore = await text(compareApi as never, `/api/compare?ids=${target.id}`, {}, planner);
		await test.db
			.updateTable('ice_quarter')
			.set({ referrals_received: target.referrals + 1 })
			.where('police_service_id', '=', target.id)
			.where('period', '=', target.period)
			.execute();
		try {
			const after = await published(chiefToronto);
			expect(Object.keys(after)).toEqual(Object.keys(before));
			for (const door of Object.keys(before)) expect(after[door], door).toBe(before[door]);
			// The move is real: a planner, cleared for every service, sees it.
			expect(await text(compareApi as never, `/api/compare?ids=${target.id}`, {}, planner)).not.toBe(plannerBefore);
		} finally {
			await test.db.updateTable('ice_quarter').set({ referrals_received: target.referrals }).where('police_service_id', '=', target.id).where('period', '=', target.period).execute();
		}
	});

	it('gives chief-toronto and a planner the same group, distances, percentiles, ranks and averages', async () => {
		for (const id of ['toronto', 'naps', 'aylmer']) {
			const [chief, plan] = await Promise.all([chiefToronto, planner].map((user) => comparePage(event(`/compare/${id}`, { service: id }, user) as never)));
			const ranks = (view: unknown) => {
				const { comparison } = view as { comparison: { peers: { police_service_id: string; distance: number | null }[]; comparisons: { metric: string; percentile: number | null; rank: number | null; group: unknown; province: unknown; ranking: unknown }[] } };
				return {
					peers: comparison.peers.map((peer) => [peer.police_service_id, peer.distance]),
					comparisons: comparison.comparisons.map(({ metric, percentile, rank, group, province, ranking }) => ({ metric, percentile, rank, group, province, ranking }))
				};
			};
			expect(ranks(chief).peers.length, id).toBeGreaterThan(0);
			expect(ranks(chief), id).toEqual(ranks(plan));
		}
	});

	it('leaves Akwesasne, with no population on record, out of every most similar group, with a note', async () => {
		const answer = JSON.parse(await text(peersApi as never, `/api/services/toronto/peers?k=${candidatesCount - 1}`, { id: 'toronto' }, chiefToronto));
		const population = await test.db.selectFrom('community as c').innerJoin('jurisdiction as j', 'j.csduid', 'c.csduid').select('c.population').where('j.police_service_id', '=', 'akwesasne').execute();
		expect(population.length).toBeGreaterThan(0);
		expectAll(population, (row) => row.population === null);
		expect(answer.data.group.left_out).toContainEqual({ police_service_id: 'akwesasne', missing: ['population', 'density'] });
		const members = answer.data.group.members.map((m: { police_service_id: string }) => m.police_service_id);
		for (const { police_service_id } of answer.data.group.left_out) expect(members).not.toContain(police_service_id);
		expect(members.length + answer.data.group.left_out.length).toBe(candidatesCount - 1);
		// The OPP is compared through its regional teams: they are candidates, the OPP as a whole is not.
		expect(members).toContain('opp-west');
		expect(members).not.toContain('opp');
		expect(answer.data.group.features_used).toContainEqual({ id: 'referrals_per_100k', status: 'unknown' });
		expect(answer.data.group.features_used).toContainEqual({ id: 'population', status: 'used' });
	});
});
