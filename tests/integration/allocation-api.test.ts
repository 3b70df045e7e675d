/**
 * The allocation API (issue 6, deliverables 6 and 7) against the seeded database: compute without saving (an exact
 * $5,000,000.00), bad input answered field by field (400/422), and scenarios created, listed and read back.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/lib/server/api/openapi/document';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { appDatabase } from './test-db';
import { createUser, fakeEvent } from './auth-support';

type Handler = (event: RequestEvent) => Response | Promise<Response>;
type FieldErrors = { error: { status: number; code: string; message: string }; errors: { field: string; message: string }[] };
type Computed = { period: string; total_cents: number; illustrative: boolean; allocations: { police_service_id: string; amount_cents: number; explanation: { sentence_en: string } }[] };

const compute = () => import('../../src/routes/api/allocations/compute/+server');
const collection = () => import('../../src/routes/api/allocations/+server');
const item = () => import('../../src/routes/api/allocations/[id]/+server');

const test = appDatabase();
let planner: AuthUser;

function post(handler: Handler, routeId: string, path: string, body: unknown, locale: 'en' | 'fr' = 'en'): Promise<Response> {
	const event = fakeEvent({ routeId, path, method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
	event.locals.user = planner;
	event.locals.locale = locale;
	return Promise.resolve(handler(event));
}

async function computeWith(body: unknown, locale: 'en' | 'fr' = 'en') {
	const { POST } = (await compute()) as { POST: Handler };
	const response = await post(POST, '/api/allocations/compute', '/api/allocations/compute', body, locale);
	return { status: response.status, body: (await response.json()) as Computed & FieldErrors };
}

beforeAll(async () => {
	const user = await createUser(test.db, 'api-planner', 'planner');
	planner = { id: user.id, username: user.username, display_name: user.display_name, role: 'planner', police_service_id: null, credential: { kind: 'session', session_hash: 'test' } };
});

describe('POST /api/allocations/compute', () => {
	it('splits the default $5,000,000.00 exactly, with an explanation per service, and saves nothing', async () => {
		const { status, body } = await computeWith({ budget_cents: 500_000_000 });
		expect(status).toBe(200);
		expect(body.total_cents).toBe(500_000_000);
		expect(body.allocations.reduce((sum, a) => sum + a.amount_cents, 0)).toBe(500_000_000);
		expect(body.illustrative).toBe(true);
		expect(body.allocations).toHaveLength(54);
		expect(body.allocations.find((a) => a.amount_cents > 0)?.explanation.sentence_en).toMatch(/^Receives \$/);
		const saved = await test.db.selectFrom('allocation_scenario').select('id').execute();
		expect(saved).toHaveLength(0);
	});

	it('takes the flat body: share floor, amount cap, damping, $1,000 rounding, all services', async () => {
		const { status, body } = await computeWith({
			budget_cents: 500_000_000,
			eligibility: 'all_services',
			floor_share: 0.002,
			formula_share: 0.8,
			weights: { population: 0.2, children: 0.2, referrals: 0.2, charges: 0.2, remoteness: 0.2 },
			cap_cents: 150_000_000,
			damping: null,
			rounding_cents: 100_000
		});
		expect(status).toBe(200);
		expect(body.total_cents).toBe(500_000_000);
		for (const allocation of body.allocations) {
			expect(allocation.amount_cents).toBeGreaterThanOrEqual(1_000_000);
			expect(allocation.amount_cents).toBeLessThanOrEqual(150_000_000);
		}
	});

	it('answers bad values with 422 and one message per field, in the request’s language', async () => {
		const { status, body } = await computeWith({ budget_cents: -1, weights: { referrals: 0.5 }, floor_cents: 10, cap_cents: 5 });
		expect(status).toBe(422);
		expect(body.error).toMatchObject({ status: 422, code: 'unprocessable' });
		expect(body.errors.map((e) => e.field).sort()).toEqual(['budget_cents']);
		const weights = await computeWith({ weights: { referrals: 0.5, children: 0.3 } }, 'fr');
		expect(weights.status).toBe(422);
		expect(weights.body.errors).toEqual([
			{
				field: 'weights',
				message:
					'La somme des poids doit être 1; elle est de 0.8. Ramenés à une somme de 1, ils seraient : population 0, children 0.375, referrals 0.625, charges 0, remoteness 0.'
			}
		]);
		const limits = await computeWith({ floor_cents: 2_000_000, cap_cents: 1_000_000 });
		expect(limits.body.errors.map((e) => e.field)).toEqual(['cap_cents']);
		expect(limits.body.errors[0]?.message).toContain('Set the cap to at least $20,000.00');
		const floors = await computeWith({ floor_cents: 100_000_000 });
		expect(floors.body.errors.map((e) => e.field)).toEqual(['floor_cents']);
		// 27 members: $5,000,000 ÷ 27 = $185,185.18 at most.
		expect(floors.body.errors[0]?.message).toContain('A floor of at most $185,185.18 would work.');
	});

	it('refuses the removed staffing-based factors with 422, naming each and saying why', async () => {
		const { status, body } = await computeWith({
			weights: { children: 0.3, referrals: 0.3, charges: 0.2, remoteness: 0.1, caseload_per_investigator: 0.05, gap_severity: 0.05 }
		});
		expect(status).toBe(422);
		const fields = body.errors.map((e) => e.field);
		expect(fields).toContain('weights.caseload_per_investigator');
		expect(fields).toContain('weights.gap_severity');
		expect(body.errors.find((e) => e.field === 'weights.gap_severity')?.message).toMatch(/removed.*fewer staff/);
	});

	it('refuses the removed eligibility rule "services_with_gap" with 422 naming the field and saying why', async () => {
		const { status, body } = await computeWith({ eligibility: 'services_with_gap' });
		expect(status).toBe(422);
		expect(body.errors.map((e) => e.field)).toEqual(['eligibility']);
		expect(body.errors[0]?.message).toMatch(/removed.*fewer staff/);
	});

	it('says where each amount came from: last year’s funding and the change, and the OPP’s assisted line', async () => {
		const { status, body } = await computeWith({});
		expect(status).toBe(200);
		type Row = { police_service_id: string; amount_cents: number; previous_cents: number | null; change_share: number | null; explanation: { assisted_line_cents?: number } };
		const rows = body.allocations as unknown as Row[];
		const toronto = rows.find((a) => a.police_service_id === 'toronto');
		expect(toronto?.previous_cents).toBeGreaterThan(0);
		expect(toronto?.change_share).toBeCloseTo(((toronto?.amount_cents ?? 0) - (toronto?.previous_cents ?? 0)) / (toronto?.previous_cents ?? 1), 12);
		// Damped to ±10 % by default.
		expect(Math.abs(toronto?.change_share ?? 1)).toBeLessThanOrEqual(0.1 + 1e-9);
		const opp = rows.find((a) => a.police_service_id === 'opp');
		expect(opp?.explanation.assisted_line_cents).toBeGreaterThan(0);
		const naps = rows.find((a) => a.police_service_id === 'naps');
		expect(naps).toMatchObject({ amount_cents: 0, previous_cents: null, change_share: null });
	});

	it('names unknown fields, an unknown quarter and damping that cannot be met', async () => {
		expect((await computeWith({ budget: 5 })).body.errors.map((e) => e.field)).toEqual(['budget']);
		const quarter = await computeWith({ period: '1999-Q1' });
		expect(quarter.status).toBe(422);
		expect(quarter.body.errors[0]?.field).toBe('period');
		const damping = await computeWith({ budget_cents: 5_000_000_000, damping: 0.01 });
		expect(damping.status).toBe(422);
		expect(damping.body.errors[0]?.field).toBe('damping');
		expect(damping.body.errors[0]?.message).toMatch(/A damping of at least [0-9.]+% would work\.|No damping would be enough/);
	});

	it('says, for “all services” at the default ±10 %, which damping and which budget would work, and both do', async () => {
		const { status, body } = await computeWith({ eligibility: 'all_services' });
		expect(status).toBe(422);
		expect(body.errors.map((e) => e.field)).toEqual(['damping', 'budget_cents']);
		const damping = Number(body.errors[0]?.message.match(/A damping of at least ([0-9.]+)% would work\./)?.[1]);
		const budget = body.errors[1]?.message.match(/A budget of \$([0-9,.]+) would work\./)?.[1];
		expect(damping).toBeGreaterThan(10);
		expect(budget).toBeTruthy();
		expect((await computeWith({ eligibility: 'all_services', damping: damping / 100 })).status).toBe(200);
		const cents = Math.round(Number((budget ?? '').replaceAll(',', '')) * 100);
		expect(cents).toBeGreaterThan(500_000_000);
		const fitted = await computeWith({ eligibility: 'all_services', budget_cents: cents });
		expect(fitted.status).toBe(200);
		expect(fitted.body.total_cents).toBe(cents);
	});

	it('answers a body that is not JSON, or not an object, with 400', async () => {
		expect((await computeWith('{not json')).status).toBe(400);
		expect((await computeWith([1, 2])).status).toBe(400);
	});
});

describe('/api/allocations', () => {
	it('creates a draft (201, audited), lists it and reads it back with its parameters and amounts', async () => {
		const { POST, GET } = (await collection()) as { POST: Handler; GET: Handler };
		const created = await post(POST, '/api/allocations', '/api/allocations', { name: 'API scenario', cap_share: 0.3 });
		expect(created.status).toBe(201);
		const scenario = (await created.json()) as { id: number; status: string; parameters: Record<string, unknown>; allocations: { amount_cents: number }[] };
		expect(created.headers.get('location')).toBe(`/api/allocations/${scenario.id}`);
		expect(scenario).toMatchObject({ status: 'draft', parameters: { cap_share: 0.3, budget_cents: 500_000_000 } });
		expect(scenario.allocations.reduce((sum, a) => sum + a.amount_cents, 0)).toBe(500_000_000);
		const audit = await test.db.selectFrom('audit_log').select(['action', 'actor']).where('entity_type', '=', 'allocation_scenario').execute();
		expect(audit).toEqual([{ action: 'allocation_scenario.create', actor: 'api-planner' }]);

		const listEvent = fakeEvent({ routeId: '/api/allocations', path: '/api/allocations' });
		listEvent.locals.user = planner;
		const list = (await (await GET(listEvent)).json()) as { count: number; data: { id: number; name: string }[] };
		expect(list.count).toBe(1);
		expect(list.data[0]).toMatchObject({ id: scenario.id, name: 'API scenario' });

		const { GET: one } = (await item()) as { GET: Handler };
		const readEvent = fakeEvent({ routeId: '/api/allocations/[id]', path: `/api/allocations/${scenario.id}`, params: { id: String(scenario.id) } });
		readEvent.locals.user = planner;
		expect(await (await one(readEvent)).json()).toEqual(scenario);
	});

	it('requires a name to create, and answers 400 / 404 for a bad or unknown id', async () => {
		const { POST } = (await collection()) as { POST: Handler };
		const unnamed = await post(POST, '/api/allocations', '/api/allocations', {});
		expect(unnamed.status).toBe(422);
		expect(((await unnamed.json()) as FieldErrors).errors).toEqual([{ field: 'name', message: 'Enter a name for the scenario.' }]);
		const { GET } = (await item()) as { GET: Handler };
		for (const [id, status] of [['abc', 400], ['0', 400], ['424242', 404]] as const) {
			const event = fakeEvent({ routeId: '/api/allocations/[id]', path: `/api/allocations/${id}`, params: { id } });
			event.locals.user = planner;
			expect((await GET(event)).status).toBe(status);
		}
	});

	it('is described in the OpenAPI document', () => {
		const paths = openApiDocument().paths as Record<string, Record<string, unknown>>;
		expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/api/allocations/compute', '/api/allocations', '/api/allocations/{id}']));
		expect(paths['/api/allocations']).toHaveProperty('post');
	});
});
