/**
 * Conditional GETs (server/api/conditional.ts): API answers and CSV exports carry an ETag that moves
 * with the data version, the URL and the viewer's clearance, and a client sending it back in
 * If-None-Match gets 304 with no body while nothing has changed.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { matchesIfNoneMatch } from '../../src/lib/server/api/respond';
import { revalidatedPage } from '../../src/lib/server/api/conditional';
import { appDatabase } from './test-db';
import { atlasRows } from '../../src/lib/server/services/atlas';
import { viewerClearance } from '../../src/lib/server/viewer';
import { getDb } from '../../src/lib/server/database';
import { fakeEvent } from './auth-support';

type Handler = (event: RequestEvent) => Promise<Response>;

const test = appDatabase();

function user(role: AuthUser['role'], police_service_id: string | null = null): AuthUser {
	return { id: 0, username: `etag-${role}`, display_name: role, role, police_service_id, credential: { kind: 'session', session_hash: 'test' } };
}

const ROUTES = {
	gaps: { id: '/api/gaps', path: '/api/gaps', module: () => import('../../src/routes/api/gaps/+server') },
	csv: { id: '/gaps/export.csv', path: '/gaps/export.csv', module: () => import('../../src/routes/gaps/export.csv/+server') },
	atlas: { id: '/export/atlas.csv', path: '/export/atlas.csv?metric=gap_level', module: () => import('../../src/routes/export/atlas.csv/+server') }
};

async function get(route: keyof typeof ROUTES, who: AuthUser, headers: Record<string, string> = {}, path = ROUTES[route].path): Promise<Response> {
	const { GET } = (await ROUTES[route].module()) as { GET: Handler };
	const event = fakeEvent({ routeId: ROUTES[route].id, path, headers });
	event.locals.user = who;
	return GET(event);
}


describe('conditional GET', () => {
	it('answers 304 with no body to the ETag it gave, for JSON and for CSV', async () => {
		for (const route of ['gaps', 'csv', 'atlas'] as const) {
			const first = await get(route, user('planner'));
			expect(first.status).toBe(200);
			const etag = first.headers.get('etag');
			expect(etag).toMatch(/^W\/"[\w-]{20,}"$/);
			expect((await first.text()).length).toBeGreaterThan(1000);
			const again = await get(route, user('planner'), { 'if-none-match': etag ?? '' });
			expect(again.status).toBe(304);
			expect(again.headers.get('etag')).toBe(etag);
			expect(await again.text()).toBe('');
		}
	});

	it('gives a full answer to a stale or foreign tag, and a different tag for another query or clearance', async () => {
		const planner = await get('gaps', user('planner'));
		const tag = planner.headers.get('etag') ?? '';
		const stale = await get('gaps', user('planner'), { 'if-none-match': 'W/"not-the-current-one"' });
		expect(stale.status).toBe(200);
		expect(stale.headers.get('etag')).toBe(tag);

		// What a viewer may see differs from what a planner sees: the planner's tag must not match.
		const viewer = await get('gaps', user('viewer'), { 'if-none-match': tag });
		expect(viewer.status).toBe(200);
		expect(viewer.headers.get('etag')).not.toBe(tag);
		const chief = await get('gaps', user('chief', 'toronto'));
		expect(new Set([tag, viewer.headers.get('etag'), chief.headers.get('etag')]).size).toBe(3);

		const period = (await planner.json()) as { period: string };
		const other = await get('gaps', user('planner'), { 'if-none-match': tag }, `/api/gaps?period=${period.period}`);
		expect(other.status).toBe(200);
		expect(other.headers.get('etag')).not.toBe(tag);
	});

	it('gives a full answer again once the data changed (what an import writes)', async () => {
		const before = await get('gaps', user('planner'));
		const tag = before.headers.get('etag') ?? '';
		await test.db.updateTable('ice_quarter').set((eb) => ({ referrals_received: eb('referrals_received', '+', 1) })).where('police_service_id', '=', 'toronto').execute();
		const after = await get('gaps', user('planner'), { 'if-none-match': tag });
		expect(after.status).toBe(200);
		expect(after.headers.get('etag')).not.toBe(tag);
		expect((await get('gaps', user('planner'), { 'if-none-match': after.headers.get('etag') ?? '' })).status).toBe(304);
	});

	it('never answers 304 to a failed request: a bad period stays a 400 naming it', async () => {
		const bad = await get('gaps', user('planner'), { 'if-none-match': '*' }, '/api/gaps?period=2019-Q9');
		expect(bad.status).toBe(400);
		const plain = await get('gaps', user('planner'), {}, '/api/gaps?period=2019-Q9');
		expect(plain.status).toBe(400);
		expect(plain.headers.get('etag')).toBeNull();
	});
});

describe('the map page for a signed-in viewer', () => {
	let renders = 0;
	const render = async () => {
		renders += 1;
		return new Response('<!doctype html><p>map</p>', { headers: { 'content-type': 'text/html' } });
	};
	async function page(who: AuthUser | null, headers: Record<string, string> = {}, path = '/', routeId = '/(atlas)'): Promise<Response> {
		const event = fakeEvent({ routeId, path, headers });
		event.locals.user = who;
		return revalidatedPage(event, render);
	}

	it('is kept privately and revalidated: 304 with no body and no new render to its own tag', async () => {
		const first = await page(user('planner'));
		expect(first.status).toBe(200);
		expect(first.headers.get('cache-control')).toBe('private, no-cache');
		expect(first.headers.get('vary')).toContain('Cookie');
		const etag = first.headers.get('etag') ?? '';
		expect(etag).toMatch(/^W\/"[\w-]{20,}"$/);
		const before = renders;
		const again = await page(user('planner'), { 'if-none-match': etag });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		expect(again.headers.get('cache-control')).toBe('private, no-cache');
		// The stored page keeps the policy whose nonce its scripts carry.
		expect(again.headers.get('content-security-policy')).toBeNull();
		expect(renders).toBe(before);
	});

	it('never matches across viewers, sessions, languages, queries or data versions', async () => {
		const etag = (await page(user('planner'))).headers.get('etag') ?? '';
		const others: AuthUser[] = [
			user('viewer'),
			user('chief', 'toronto'),
			{ ...user('planner'), credential: { kind: 'session', session_hash: 'another-session' } },
			{ ...user('planner'), id: 99 },
			{ ...user('planner'), display_name: 'renamed' }
		];
		for (const who of others) expect((await page(who, { 'if-none-match': etag })).status).toBe(200);
		expect((await page(user('planner'), { 'if-none-match': etag }, '/?metric=gap_level')).status).toBe(200);
		const french = fakeEvent({ routeId: '/(atlas)', path: '/', headers: { 'if-none-match': etag } });
		french.locals.user = user('planner');
		french.locals.locale = 'fr';
		expect((await revalidatedPage(french, render)).status).toBe(200);
		await test.db.updateTable('ice_quarter').set((eb) => ({ referrals_received: eb('referrals_received', '+', 1) })).where('police_service_id', '=', 'naps').execute();
		const after = await page(user('planner'), { 'if-none-match': etag });
		expect(after.status).toBe(200);
		expect(after.headers.get('etag')).not.toBe(etag);
	});

	it('leaves anonymous visitors and other pages as they were', async () => {
		const anonymous = await page(null);
		expect(anonymous.headers.get('etag')).toBeNull();
		expect(anonymous.headers.get('cache-control')).toBeNull();
		const other = await page(user('planner'), {}, '/gaps', '/gaps');
		expect(other.headers.get('etag')).toBeNull();
	});
});

describe('the map page drawn once for viewers who see the same page', () => {
	let draws = 0;
	/** A page that shows what the event's viewer is, as the real map page does (header and page data). */
	async function page(who: AuthUser, search: string): Promise<Response> {
		const event = fakeEvent({ routeId: '/(atlas)', path: `/${search}`, headers: {} });
		event.locals.user = who;
		const render = async () => {
			draws += 1;
			const viewer = event.locals.user;
			const html = `<!doctype html><strong>${viewer?.display_name}</strong><p>${viewer?.role}</p><script nonce="bm9uY2U=">const user = ${JSON.stringify({ username: viewer?.username, display_name: viewer?.display_name })};</script>`;
			return new Response(html, { headers: { 'content-type': 'text/html', 'content-security-policy': "script-src 'nonce-bm9uY2U='", 'set-cookie': 'drawn-for=someone' } });
		};
		return revalidatedPage(event, render, () => ['atlas_locale=fr; Path=/']);
	}
	const named = (who: AuthUser, id: number, name: string): AuthUser => ({ ...who, id, username: `user-${id}`, display_name: name });

	it('draws once for two planners and shows each their own name, nonce and cookies', async () => {
		const before = draws;
		const ann = await page(named(user('planner'), 41, 'Ann'), '?shared=1');
		const bo = await page(named(user('planner'), 42, 'Bo'), '?shared=1');
		expect(draws - before).toBe(1);
		const [annPage, boPage] = [await ann.text(), await bo.text()];
		expect(annPage).toContain('<strong>Ann</strong>');
		expect(annPage).toContain('"username":"user-41"');
		expect(boPage).toContain('<strong>Bo</strong>');
		expect(boPage).toContain('"username":"user-42"');
		expect(boPage).not.toContain('Ann');
		expect(ann.headers.get('content-security-policy')).not.toBe(bo.headers.get('content-security-policy'));
		expect(bo.headers.get('set-cookie')).toBe('atlas_locale=fr; Path=/');
		// Each keeps a validator of their own.
		expect(ann.headers.get('etag')).not.toBe(bo.headers.get('etag'));
	});

	it('draws again for another role, another chief’s service, another query and after a data change', async () => {
		const before = draws;
		await page(user('planner'), '?shared=2');
		await page(user('viewer'), '?shared=2');
		await page(user('chief', 'toronto'), '?shared=2');
		await page(user('chief', 'naps'), '?shared=2');
		await page(user('planner'), '?shared=3');
		expect(draws - before).toBe(5);
		expect(await (await page(user('chief', 'naps'), '?shared=2')).text()).toContain('<p>chief</p>');
		expect(draws - before).toBe(5);
		await test.db.updateTable('ice_quarter').set((eb) => ({ referrals_received: eb('referrals_received', '+', 1) })).where('police_service_id', '=', 'naps').execute();
		await page(user('chief', 'naps'), '?shared=2');
		expect(draws - before).toBe(6);
	});
});

describe('a shared map page under attack', () => {
	/** The map page's figures as drawn for whoever the event's viewer is at drawing time (the real use case). */
	function figuresPage(event: RequestEvent) {
		return async () => {
			const db = await getDb();
			const viewer = event.locals.user;
			const rows = await atlasRows(db, '2025-Q2', await viewerClearance(event.locals), event.locals.locale);
			return new Response(`<!doctype html><strong>${viewer?.display_name}</strong><pre>${rows.rowsJson}</pre>`, { headers: { 'content-type': 'text/html' } });
		};
	}
	async function shared(who: AuthUser, search: string): Promise<string> {
		const event = fakeEvent({ routeId: '/(atlas)', path: `/${search}`, headers: {} });
		event.locals.user = who;
		return (await revalidatedPage(event, figuresPage(event))).text();
	}
	async function ownDrawing(who: AuthUser): Promise<string> {
		const event = fakeEvent({ routeId: '/(atlas)', path: '/', headers: {} });
		event.locals.user = who;
		return (await figuresPage(event)()).text();
	}
	const viewers: AuthUser[] = [user('planner'), user('viewer'), user('chief', 'toronto'), user('chief', 'naps'), user('chief', 'akwesasne')];

	it('gives every viewer exactly the page drawn for them alone, before and after a hidden count moves', async () => {
		for (const round of ['before', 'after']) {
			if (round === 'after') {
				// A count of 1-4 that only a cleared viewer may see moves; nobody else's page may change with it.
				await test.db.updateTable('ice_quarter').set({ referrals_received: 3 }).where('police_service_id', '=', 'naps').where('period', '=', '2025-Q2').execute();
			}
			// Interleaved, so each class's page is drawn for whoever comes first and read by the others.
			for (const who of [...viewers, ...viewers.toReversed()]) {
				expect(await shared(who, `?attack=${round}`)).toBe(await ownDrawing(who));
			}
		}
		const uncleared = await ownDrawing(user('chief', 'toronto'));
		const cleared = await ownDrawing(user('chief', 'naps'));
		expect(uncleared).not.toBe(cleared);
	});

	it('keeps no page whose drawing failed (a database lost mid-request): the next request draws again', async () => {
		let draws = 0;
		const event = () => {
			const made = fakeEvent({ routeId: '/(atlas)', path: '/?attack=lost', headers: {} });
			made.locals.user = user('planner');
			return made;
		};
		const lost = event();
		await expect(
			revalidatedPage(lost, async () => {
				draws += 1;
				throw new Error('Connection terminated unexpectedly');
			})
		).rejects.toThrow('Connection terminated');
		const again = event();
		const answer = await revalidatedPage(again, async () => {
			draws += 1;
			return new Response('<p>drawn</p>', { headers: { 'content-type': 'text/html' } });
		});
		expect(await answer.text()).toBe('<p>drawn</p>');
		expect(draws).toBe(2);
	});

	it('shares no refused page: a bad period is drawn for each viewer, with their own name', async () => {
		const refused = async (who: AuthUser) => {
			const event = fakeEvent({ routeId: '/(atlas)', path: '/?period=2019-Q9', headers: {} });
			event.locals.user = who;
			return revalidatedPage(event, async () => new Response(`<p>${event.locals.user?.display_name}: period 2019-Q9 refused</p>`, { status: 400, headers: { 'content-type': 'text/html' } }));
		};
		const first = await refused({ ...user('planner'), id: 51, username: 'ann', display_name: 'Ann' });
		const second = await refused({ ...user('planner'), id: 52, username: 'bo', display_name: 'Bo' });
		expect(first.status).toBe(400);
		expect(await first.text()).toBe('<p>Ann: period 2019-Q9 refused</p>');
		expect(await second.text()).toBe('<p>Bo: period 2019-Q9 refused</p>');
	});
});

describe('matchesIfNoneMatch', () => {
	const request = (value: string) => new Request('http://localhost/', { headers: { 'if-none-match': value } });
	it('compares weakly, in a list, and ignores *', () => {
		expect(matchesIfNoneMatch(request('"abc"'), 'W/"abc"')).toBe(true);
		expect(matchesIfNoneMatch(request('W/"x", W/"abc"'), 'W/"abc"')).toBe(true);
		expect(matchesIfNoneMatch(request('*'), 'W/"abc"')).toBe(false);
		expect(matchesIfNoneMatch(request('W/"abcd"'), 'W/"abc"')).toBe(false);
		expect(matchesIfNoneMatch(new Request('http://localhost/'), 'W/"abc"')).toBe(false);
	});
});
