/**
 * The coverage API (issue 3, deliverable 5) against the seeded database: the registry, every
 * community's gaps, one community's and one service's metrics with baselines, the baselines
 * themselves, and the errors (400 naming the parameter, 404 for an unknown id).
 */
import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAll } from '../support/expect-all';
import { metricIds } from '../../src/lib/metrics';
import type { metricJson } from '../../src/lib/server/api/metrics-json';
import type { baselineJson, communityGapJson, communityMetricsJson, serviceMetricsJson } from '../../src/lib/server/api/coverage-json';
import { openApiDocument } from '../../src/lib/server/api/openapi/document';
import * as coverageInputs from '../../src/lib/server/queries/coverage-inputs';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { appDatabase } from './test-db';
import { fakeEvent } from './auth-support';

type Handler = (event: RequestEvent) => Response | Promise<Response>;

/** The answers' shapes, taken from the functions that build them. */
type Figures<T> = { period: string; illustrative: boolean; count?: number; data: T };
type GapRow = ReturnType<typeof communityGapJson> & { rank: number | null };
type Baseline = ReturnType<typeof baselineJson>;
type RankedService = { police_service_id: string; level: string; children: number | null; distance_km: number | null; communities_flagged: number; project_p_recommended: boolean };
interface Bodies {
	metrics: { count: number; data: ReturnType<typeof metricJson>[] };
	gaps: Figures<GapRow[]> & { services: (RankedService & { rank: number })[] };
	baselines: Figures<Baseline[]>;
	community: Figures<ReturnType<typeof communityMetricsJson>>;
	service: Figures<ReturnType<typeof serviceMetricsJson>>;
}
type ApiError = { error: { status: number; code: string; message: string; parameter?: string } };

const ROUTES = {
	metrics: { id: '/api/metrics', module: () => import('../../src/routes/api/metrics/+server') },
	gaps: { id: '/api/gaps', module: () => import('../../src/routes/api/gaps/+server') },
	baselines: { id: '/api/baselines', module: () => import('../../src/routes/api/baselines/+server') },
	community: { id: '/api/communities/[csduid]/metrics', module: () => import('../../src/routes/api/communities/[csduid]/metrics/+server') },
	service: { id: '/api/services/[id]/metrics', module: () => import('../../src/routes/api/services/[id]/metrics/+server') }
};

/** A signed-in viewer: cleared for nothing. */
const viewer: AuthUser = {
	id: 0,
	username: 'api-viewer',
	display_name: 'API viewer',
	role: 'viewer',
	police_service_id: null,
	credential: { kind: 'session', session_hash: 'test' }
};

async function answer(route: keyof typeof ROUTES, path: string, params: Record<string, string>): Promise<Response> {
	const { GET } = (await ROUTES[route].module()) as { GET: Handler };
	const event = fakeEvent({ routeId: ROUTES[route].id, path, params });
	event.locals.user = viewer;
	return GET(event);
}

async function call<R extends keyof Bodies>(route: R, path: string, params: Record<string, string> = {}): Promise<{ status: number; body: Bodies[R] }> {
	const response = await answer(route, path, params);
	expect(response.status).toBe(200);
	return { status: response.status, body: (await response.json()) as Bodies[R] };
}

async function refused(route: keyof Bodies, path: string, params: Record<string, string> = {}): Promise<{ status: number; body: ApiError }> {
	const response = await answer(route, path, params);
	return { status: response.status, body: (await response.json()) as ApiError };
}

const test = appDatabase();
let latest: string;

beforeAll(async () => {
	latest = (await coverageInputs.periods(test.db)).at(-1) ?? '';
});

describe('GET /api/metrics', () => {
	it('lists the whole registry with both languages, unit, direction, formula, inputs and disclosure', async () => {
		const { status, body } = await call('metrics', '/api/metrics');
		expect(status).toBe(200);
		expect(body.data.map((metric) => metric.id)).toEqual(metricIds);
		for (const metric of body.data) {
			expect(metric.label.en && metric.label.fr && metric.definition.en && metric.definition.fr).toBeTruthy();
			expect(metric).toMatchObject({ unit: expect.any(String), direction: expect.any(String), formula: expect.any(String), disclosure: expect.any(String) });
			expect(metric.inputs.length).toBeGreaterThan(0);
		}
		// A fixed threshold is published with its name in both languages (from the dictionaries).
		expect(body.data.find((metric) => metric.id === 'remoteness_class')?.thresholds).toEqual([
			{ value: 50, label: { en: 'urban access', fr: 'accès urbain' } },
			{ value: 150, label: { en: 'rural', fr: 'rural' } }
		]);
	});
});

describe('GET /api/gaps', () => {
	it('answers every community with level, bilingual reasons and the Project P flag, for the latest quarter', async () => {
		const { status, body } = await call('gaps', '/api/gaps');
		expect(status).toBe(200);
		expect(body).toMatchObject({ period: latest, illustrative: true, count: 577 });
		expect(new Set(body.data.map((row) => row.csduid)).size).toBe(577);
		const pikangikum = body.data.find((row) => row.csduid === '3560077');
		// Pikangikum: NAPS has no ICE unit, so the OPP North West team answers it (Project P assistance); it is fly-in.
		expect(pikangikum).toMatchObject({
			responder: { id: 'opp-north-west', police_service_id: 'opp' },
			relationship: 'assisted',
			access: 'fly_in',
			base_csduid: '3558004',
			project_p_recommended: true
		});
		const flyIn = pikangikum?.reasons.find((reason) => reason.code === 'fly_in_community');
		expect(flyIn).toMatchObject({ severity: 'watch', message_en: expect.stringContaining('Fly-in'), message_fr: expect.stringContaining('avion') });
		expect(flyIn?.message_en).toContain('OPP North West team');
		expect(flyIn?.values.distance_km).toBeGreaterThan(250);
		// Toronto answers its own referrals.
		expect(body.data.find((row) => row.csduid === '3520005')).toMatchObject({ responder: { id: 'toronto' }, relationship: 'own', access: 'road' });
	});

	it('ranks the flagged communities 1..n and leaves the others unranked', async () => {
		const { body } = await call('gaps', '/api/gaps');
		const ranks = body.data.filter((row) => row.level !== 'none').map((row) => row.rank ?? 0).sort((a, b) => a - b);
		expect(ranks).toEqual(ranks.map((_, i) => i + 1));
		expectAll(body.data.filter((row) => row.level === 'none'), (row) => row.rank === null);
		const first = body.data.find((row) => row.rank === 1);
		expect(first?.level).toBe('critical');
	});

	it('ranks the flagged police services too, each counting its own flagged communities', async () => {
		const { body } = await call('gaps', '/api/gaps');
		expect(body.services.length).toBeGreaterThan(0);
		expect(body.services.map((row) => row.rank)).toEqual(body.services.map((_, i) => i + 1));
		for (const service of body.services) {
			const flagged = body.data.filter((row) => row.police_service_id === service.police_service_id && row.level !== 'none');
			expect(service.communities_flagged, service.police_service_id).toBe(flagged.length);
			expect(service.level).not.toBe('none');
		}
		const naps = body.services.find((row) => row.police_service_id === 'naps');
		expect(naps).toMatchObject({ level: 'critical', project_p_recommended: true });
	});

	it('answers an earlier quarter when asked', async () => {
		const { status, body } = await call('gaps', '/api/gaps?period=2019-Q1');
		expect(status).toBe(200);
		expect(body.period).toBe('2019-Q1');
	});

	it.each(['2025-Q5', 'abc', '2030-Q1', '1999-Q1'])('refuses period=%s with a 400 naming period', async (period) => {
		const { status, body } = await refused('gaps', `/api/gaps?period=${period}`);
		expect(status).toBe(400);
		expect(body.error).toMatchObject({ status: 400, code: 'bad_request', parameter: 'period' });
		expect(body.error.message).toMatch(/^period: /);
	});
});

describe('GET /api/communities/{csduid}/metrics and /api/services/{id}/metrics', () => {
	it('gives each metric of a community with the provincial baseline of the same quarter', async () => {
		const [{ status, body }, baselines] = await Promise.all([
			call('community', '/api/communities/3560077/metrics', { csduid: '3560077' }),
			call('baselines', '/api/baselines')
		]);
		expect(status).toBe(200);
		expect(body).toMatchObject({ period: latest, illustrative: true });
		expect(body.data).toMatchObject({ csduid: '3560077', police_service_id: 'naps', level: 'critical', disclosure: 'controlled' });
		const distance = body.data.metrics.find((metric) => metric.id === 'distance_to_ice_unit_km');
		expect(distance?.baseline).toMatchObject({ over: 'communities', n: 577 });
		const fromBaselines = baselines.body.data.find((row) => row.metric === 'distance_to_ice_unit_km');
		expect(distance?.baseline).toEqual(fromBaselines);
		const remoteness = body.data.metrics.find((metric) => metric.id === 'remoteness_class');
		expect(remoteness).toMatchObject({ value: 'fly_in', baseline: null });
	});

	it('gives a service its service metrics only, with baselines over services', async () => {
		const { status, body } = await call('service', '/api/services/toronto/metrics?period=2024-Q1', { id: 'toronto' });
		expect(status).toBe(200);
		expect(body.period).toBe('2024-Q1');
		expect(body.data).toMatchObject({ police_service_id: 'toronto', has_ice_unit: true });
		const ids = body.data.metrics.map((metric) => metric.id);
		expect(ids).toContain('investigators_per_100k');
		expect(ids).not.toContain('distance_to_ice_unit_km');
		expect(body.data.metrics.find((metric) => metric.id === 'investigators_per_100k')?.baseline?.over).toBe('services');
	});

	it('answers 404 for an unknown id and 400 naming a malformed one or a bad period', async () => {
		expect((await refused('community', '/api/communities/3599999/metrics', { csduid: '3599999' })).status).toBe(404);
		expect((await refused('service', '/api/services/no-such-service/metrics', { id: 'no-such-service' })).status).toBe(404);
		const malformed = await refused('community', '/api/communities/toronto/metrics', { csduid: 'toronto' });
		expect(malformed.status).toBe(400);
		expect(malformed.body.error.parameter).toBe('csduid');
		expect((await refused('service', '/api/services/Bad_Id/metrics', { id: 'Bad_Id' })).body.error.parameter).toBe('id');
		const badPeriod = await refused('service', '/api/services/toronto/metrics?period=2025-Q9', { id: 'toronto' });
		expect(badPeriod.status).toBe(400);
		expect(badPeriod.body.error.parameter).toBe('period');
	});
});

describe('GET /api/baselines', () => {
	it('gives median and quartiles of every numeric metric, in order', async () => {
		const { status, body } = await call('baselines', '/api/baselines?period=2022-Q3');
		expect(status).toBe(200);
		expect(body.period).toBe('2022-Q3');
		expect(body.data.length).toBe(16);
		for (const { q1, median, q3 } of body.data) {
			if (typeof q1 !== 'number' || typeof median !== 'number' || typeof q3 !== 'number') continue;
			expect(q1).toBeLessThanOrEqual(median);
			expect(median).toBeLessThanOrEqual(q3);
		}
	});
});

describe('the OpenAPI document', () => {
	it('describes the coverage paths', () => {
		expect(Object.keys(openApiDocument().paths)).toEqual(
			expect.arrayContaining(['/api/metrics', '/api/gaps', '/api/baselines', '/api/communities/{csduid}/metrics', '/api/services/{id}/metrics'])
		);
	});
});
