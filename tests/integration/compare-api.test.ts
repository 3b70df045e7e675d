/**
 * `GET /api/services/{id}/peers`, `GET /api/compare` and the comparison CSV through their route
 * handlers (the route policy is tested by the authorisation matrix): shapes, 400s naming the
 * parameter, 404s, and "<5" / "withheld" for viewers not cleared.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { expectAll } from '../support/expect-all';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { GET as compareApi } from '../../src/routes/api/compare/+server';
import { GET as peersApi } from '../../src/routes/api/services/[id]/peers/+server';
import { GET as comparisonCsv } from '../../src/routes/compare/[service=service]/comparison.csv/+server';
import { appDatabase } from './test-db';

const test = appDatabase();
const planner: AuthUser = { id: 1, username: 'p', display_name: 'P', role: 'planner', police_service_id: null, credential: { kind: 'session', session_hash: 'x' } };
const viewer: AuthUser = { ...planner, role: 'viewer' };

function event(path: string, params: Record<string, string> = {}, user: AuthUser = planner): RequestEvent {
	const url = new URL(path, 'http://localhost');
	return { url, params, request: new Request(url), locals: { locale: 'en', user }, route: { id: null } } as unknown as RequestEvent;
}

async function call(handler: (event: never) => Response | Promise<Response>, path: string, params: Record<string, string> = {}, user: AuthUser = planner) {
	const response = await handler(event(path, params, user) as never);
	const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
	const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null;
	return { status: response.status, headers: response.headers, text, json };
}


describe('GET /api/services/{id}/peers', () => {
	it('answers the seven most similar services with their context, flagged illustrative', async () => {
		const answer = await call(peersApi, '/api/services/toronto/peers', { id: 'toronto' });
		expect(answer.status).toBe(200);
		expect(answer.json).toMatchObject({ illustrative: true, period: expect.stringMatching(/^\d{4}-Q[1-4]$/) });
		expect(answer.json.data.group.members).toHaveLength(7);
		expect(answer.json.data.group.members[0]).toMatchObject({ rank: 1, distance: expect.any(Number), features: { population: expect.any(Number) } });
		expect(answer.json.features.map((f: { id: string }) => f.id)).toEqual(['population', 'density', 'children_share', 'remoteness', 'referrals_per_100k']);
	});

	it('takes k and a grouping', async () => {
		expect((await call(peersApi, '/api/services/toronto/peers?k=3', { id: 'toronto' })).json.data.group.members).toHaveLength(3);
		const region = await call(peersApi, '/api/services/ottawa/peers?group=region', { id: 'ottawa' });
		expect(region.json.data.group).toMatchObject({ basis: 'region', k: null });
	});

	it('answers 400 naming the bad parameter, and 404 for an unknown service', async () => {
		for (const [query, parameter] of [['k=0', 'k'], ['k=abc', 'k'], ['k=94', 'k'], ['group=nearby', 'group'], ['period=2019-Q9', 'period'], ['period=2099-Q1', 'period']]) {
			const answer = await call(peersApi, `/api/services/toronto/peers?${query}`, { id: 'toronto' });
			expect([answer.status, answer.json.error.parameter], query).toEqual([400, parameter]);
		}
		expect((await call(peersApi, '/api/services/Bad_Id/peers', { id: 'Bad_Id' })).json.error.parameter).toBe('id');
		expect((await call(peersApi, '/api/services/atlantis/peers', { id: 'atlantis' })).status).toBe(404);
	});
});

describe('GET /api/compare', () => {
	it('puts up to four services side by side on every compared metric', async () => {
		const answer = await call(compareApi, '/api/compare?ids=toronto,naps,ottawa');
		expect(answer.status).toBe(200);
		expect(answer.json.count).toBe(3);
		expect(answer.json.data.services.map((s: { police_service_id: string }) => s.police_service_id)).toEqual(['toronto', 'naps', 'ottawa']);
		expect(answer.json.data.metrics).toHaveLength(15);
		expect(answer.json.data.metrics[0].values[0]).toMatchObject({ police_service_id: 'toronto', relative_to_first: null });
	});

	it('answers 400 naming ids or period, and 404 for an unknown id', async () => {
		for (const query of ['', 'ids=', 'ids=a,b,c,d,e', 'ids=toronto,Bad_Id', 'ids=naps,naps']) {
			const answer = await call(compareApi, `/api/compare?${query}`);
			expect([answer.status, answer.json.error.parameter], query).toEqual([400, 'ids']);
		}
		expect((await call(compareApi, '/api/compare?ids=toronto&period=Q3')).json.error.parameter).toBe('period');
		const unknown = await call(compareApi, '/api/compare?ids=toronto,atlantis');
		expect(unknown.status).toBe(404);
		expect(unknown.json.error.message).toContain('atlantis');
	});

	it('shows a viewer "<5" for a count of 1–4, and a planner the count', async () => {
		const { period } = await test.db.selectFrom('ice_quarter').select((eb) => eb.fn.max('period').as('period')).executeTakeFirstOrThrow();
		const small = await test.db
			.selectFrom('ice_quarter')
			.select(['police_service_id'])
			.where('period', '=', period)
			.where('charges_laid', '>=', 1)
			.where('charges_laid', '<=', 4)
			.orderBy('police_service_id')
			.executeTakeFirstOrThrow();
		const answer = await call(compareApi, `/api/compare?ids=${small.police_service_id}`, {}, viewer);
		const metric = (id: string) => answer.json.data.metrics.find((m: { metric: string }) => m.metric === id).values[0].value;
		expect(metric('charges_laid')).toBe('<5');
		const planned = await call(compareApi, `/api/compare?ids=${small.police_service_id}`);
		expect(planned.json.data.metrics.find((m: { metric: string }) => m.metric === 'charges_laid').values[0].value).toBeGreaterThan(0);
	});
});

describe('the comparison CSV', () => {
	it('has a byte-order mark, one row per metric, peer and feature, and the illustrative flag on every row', async () => {
		const answer = await call(comparisonCsv, '/compare/toronto/comparison.csv', { service: 'toronto' });
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toContain('text/csv');
		expect(answer.headers.get('content-disposition')).toMatch(/ontario-ice-comparison-toronto-\d{4}-Q[1-4]\.csv/);
		expect(answer.text.startsWith('\uFEFFrow_type,period,period_label,police_service_id,item')).toBe(true);
		const rows = answer.text.trim().split('\r\n').slice(1);
		expect(rows.filter((r) => r.startsWith('metric,'))).toHaveLength(15);
		expect(rows.filter((r) => r.startsWith('peer,'))).toHaveLength(7);
		expect(rows.filter((r) => r.startsWith('feature,'))).toHaveLength(5);
		expectAll(rows, (r) => r.endsWith(',true'));
		// Which features the distances used, which services no group could place, and which counts are not ranked.
		expect(rows.find((r) => r.startsWith('feature,') && r.includes(',population,'))).toMatch(/,used,true$/);
		expect(rows.find((r) => r.startsWith('feature,') && r.includes(',referrals_per_100k,'))).toMatch(/,unknown,true$/);
		expect(rows.find((r) => r.startsWith('left_out,') && r.includes(',akwesasne,'))).toMatch(/,"unknown: population; density",true$/);
		expect(rows.find((r) => r.startsWith('metric,') && r.includes(',referrals_received,'))).toMatch(/,count_not_ranked,true$/);
	});

	it('answers 400 naming a bad parameter', async () => {
		const answer = await call(comparisonCsv, '/compare/toronto/comparison.csv?group=nearby', { service: 'toronto' });
		expect([answer.status, answer.json.error.parameter]).toEqual([400, 'group']);
	});
});
