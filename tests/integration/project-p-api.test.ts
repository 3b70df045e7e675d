/**
 * Project P assistance through its API route handlers, against real PostgreSQL (the route policy itself
 * is tested by the authorisation matrix): filing, validation naming the field, the chief's own-service
 * rule, the life cycle with its history and audit entries, refused moves and over-assignment that
 * change nothing, what each role sees (lists, the map's rings, clearance), and the roster.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAll } from '../support/expect-all';
import { quarterContaining } from '../../src/lib/domain/project-p/quarter';
import { quarterFields } from '../../src/lib/domain/period';
import { requestScope } from '../../src/lib/domain/project-p/permissions';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { openApiDocument } from '../../src/lib/server/api/openapi/document';
import * as projectPRequests from '../../src/lib/server/project-p/requests';
import { viewerClearance } from '../../src/lib/server/viewer';
import { GET as list, POST as file } from '../../src/routes/api/project-p/requests/+server';
import { GET as detail, PATCH as patch } from '../../src/routes/api/project-p/requests/[id]/+server';
import { GET as roster } from '../../src/routes/api/project-p/roster/+server';
import { createUser } from './auth-support';
import { appDatabase } from './test-db';
import type { Role } from '../../src/lib/domain/vocabulary';

const PIKANGIKUM = '3560077'; // NAPS, critical, Project P recommended (tests/integration/coverage-api.test.ts)
const TORONTO = '3520005';

const test = appDatabase();
const who: Record<'coordinator' | 'chiefNaps' | 'chiefToronto' | 'planner' | 'viewer', AuthUser> = {} as never;

async function user(username: string, role: Role, service: string | null = null): Promise<AuthUser> {
	const row = await createUser(test.db, username, role, service);
	return { id: row.id, username, display_name: username, role, police_service_id: service, credential: { kind: 'session', session_hash: 'test' } };
}

beforeAll(async () => {
	who.coordinator = await user('pp-coordinator', 'project_p');
	who.chiefNaps = await user('pp-chief-naps', 'chief', 'naps');
	who.chiefToronto = await user('pp-chief-toronto', 'chief', 'toronto');
	who.planner = await user('pp-planner', 'planner');
	who.viewer = await user('pp-viewer', 'viewer');
});

interface Call {
	as: AuthUser;
	path?: string;
	body?: unknown;
	params?: Record<string, string>;
	method?: string;
}

function event({ as, path = '/api/project-p/requests', body, params = {}, method = body === undefined ? 'GET' : 'POST' }: Call): RequestEvent {
	const url = new URL(path, 'http://localhost');
	const request = new Request(url, { method, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
	return { url, request, params, locals: { locale: 'en', user: as }, route: { id: null }, getClientAddress: () => '192.0.2.7' } as unknown as RequestEvent;
}

async function call(handler: (event: never) => Response | Promise<Response>, options: Call) {
	const response = await handler(event(options) as never);
	return { status: response.status, body: await response.json() };
}

const good = { csduid: PIKANGIKUM, kind: 'investigation_support', urgency: 'high', expected_fte_weeks: 6.5, description: 'Two files waiting for an investigator; no ICE unit of our own.' };

async function fileAs(as: AuthUser, body: unknown = good) {
	return call(file as never, { as, body });
}

async function move(id: number, body: Record<string, unknown>, as: AuthUser = who.coordinator) {
	return call(patch as never, { as, path: `/api/project-p/requests/${id}`, params: { id: String(id) }, body, method: 'PATCH' });
}

async function counts() {
	const [requests, events, assignments, audits] = await Promise.all(
		(['project_p_request', 'project_p_request_event', 'project_p_assignment', 'audit_log'] as const).map(async (table) =>
			Number((await test.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
		)
	);
	return { requests, events, assignments, audits };
}

describe('filing a request', () => {
	it('lets a chief file for their own service’s community, keeping the coverage flag and a first history entry', async () => {
		const filed = await fileAs(who.chiefNaps);
		expect(filed.status).toBe(201);
		expect(filed.body).toMatchObject({
			csduid: PIKANGIKUM,
			police_service_id: 'naps',
			opp_region: 'North West',
			status: 'submitted',
			expected_fte_weeks: 6.5,
			filed_by: 'pp-chief-naps',
			flag: { level: 'critical', reasons: expect.arrayContaining(['fly_in_community']) }
		});
		const shown = await call(detail as never, { as: who.chiefNaps, path: filed.body.url, params: { id: String(filed.body.id) } });
		expect(shown.body.history).toEqual([{ from_status: null, to_status: 'submitted', at: expect.any(String), actor: 'pp-chief-naps', note: null }]);
		const audit = await test.db.selectFrom('audit_log').select(['action', 'actor']).where('entity_type', '=', 'project_p_request').where('entity_id', '=', String(filed.body.id)).execute();
		expect(audit).toEqual([{ action: 'project_p_request.file', actor: 'pp-chief-naps' }]);
	});

	it('refuses a chief of another service with 403 naming csduid, and writes nothing', async () => {
		const before = await counts();
		const refused = await fileAs(who.chiefToronto);
		expect(refused.status).toBe(403);
		expect(refused.body.error).toMatchObject({ status: 403, code: 'forbidden', parameter: 'csduid' });
		expect(refused.body.error.message).toContain('Nishnawbe-Aski');
		expect(await counts()).toEqual(before);
	});

	it('lets the coordinator (for an OPP regional command) file for any community', async () => {
		expect((await fileAs(who.coordinator, { ...good, csduid: TORONTO, urgency: 'routine' })).status).toBe(201);
	});

	it('answers an unknown community with 422 naming csduid', async () => {
		const refused = await fileAs(who.coordinator, { ...good, csduid: '3599999' });
		expect(refused.status).toBe(422);
		expect(refused.body.error).toMatchObject({ code: 'unprocessable', parameter: 'csduid' });
	});

	it('answers bad fields with 422 naming each, and identifiers in the description with what to remove', async () => {
		const refused = await fileAs(who.chiefNaps, { csduid: PIKANGIKUM, kind: 'arrest', urgency: 'high', description: 'Victim DOB 2012-04-03, call 807-555-0100' });
		expect(refused.status).toBe(422);
		expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['kind', 'description', 'description']);
		expect(refused.body.errors[1].message).toBe('description: remove a date of birth or a full date: a request must not identify a victim or anyone else.');
		expect(refused.body.error.parameter).toBe('kind');
	});

	it('answers a body that is not a JSON object with 400', async () => {
		const refused = await fileAs(who.chiefNaps, '[1, 2]');
		expect(refused).toMatchObject({ status: 400, body: { error: { code: 'bad_request', parameter: 'body' } } });
	});
});

describe('the life cycle through PATCH', () => {
	it('goes submitted → triaged → assigned → active → closed, recording who and when, and frees capacity at the close', async () => {
		const { body: filed } = await fileAs(who.chiefNaps);
		const period = quarterContaining(new Date());
		expect((await move(filed.id, { status: 'triaged' })).body.status).toBe('triaged');
		const assigned = await move(filed.id, { status: 'assigned', assignments: [{ member_id: 'DEMO-D12', fte: 0.25 }, { member_id: 'demo-f06', fte: 0.5 }] });
		expect(assigned.status).toBe(200);
		expect(assigned.body.assignments).toEqual([
			{ member_id: 'DEMO-D12', name: 'Illustrative detective D12', role: 'detective', home_region: 'North West', ...quarterFields(period), fte: 0.25 },
			{ member_id: 'DEMO-F06', name: 'Illustrative examiner F06', role: 'forensic_examiner', home_region: 'North West', ...quarterFields(period), fte: 0.5 }
		]);
		const busy = await call(roster as never, { as: who.coordinator, path: `/api/project-p/roster?period=${period}` });
		expect(busy.body.data.members.find((m: { member_id: string }) => m.member_id === 'DEMO-D12')).toMatchObject({ committed_fte: 0.25 });
		await move(filed.id, { status: 'active' });
		const closed = await move(filed.id, { status: 'closed' });
		expect(closed.body.history.map((e: { from_status: string | null; to_status: string; actor: string }) => [e.from_status, e.to_status, e.actor])).toEqual([
			[null, 'submitted', 'pp-chief-naps'],
			['submitted', 'triaged', 'pp-coordinator'],
			['triaged', 'assigned', 'pp-coordinator'],
			['assigned', 'active', 'pp-coordinator'],
			['active', 'closed', 'pp-coordinator']
		]);
		expect(closed.body.history[2].note).toBe(`${period}: DEMO-D12 3.3 FTE-weeks, DEMO-F06 6.5 FTE-weeks`);
		const free = await call(roster as never, { as: who.coordinator, path: `/api/project-p/roster?period=${period}` });
		expect(free.body.data.members.find((m: { member_id: string }) => m.member_id === 'DEMO-D12')).toMatchObject({ committed_fte: 0 });
		const audits = await test.db.selectFrom('audit_log').select('action').where('entity_id', '=', String(filed.id)).where('entity_type', '=', 'project_p_request').orderBy('id').execute();
		expect(audits.map((a) => a.action)).toEqual([
			'project_p_request.file',
			'project_p_request.triaged',
			'project_p_request.assigned',
			'project_p_request.active',
			'project_p_request.closed'
		]);
	});

	it('refuses closed → active with 409 naming status, and changes nothing', async () => {
		const { body: filed } = await fileAs(who.chiefNaps);
		await move(filed.id, { status: 'declined', reason: 'Outside the Project P mandate.' });
		const before = await counts();
		const refused = await move(filed.id, { status: 'active' });
		expect(refused.status).toBe(409);
		expect(refused.body.error).toMatchObject({ code: 'conflict', parameter: 'status', message: 'status: a request that is declined cannot become active; from declined there is no further change.' });
		expect(await counts()).toEqual(before);
		const shown = await call(detail as never, { as: who.planner, path: filed.url, params: { id: String(filed.id) } });
		expect(shown.body).toMatchObject({ status: 'declined', decline_reason: 'Outside the Project P mandate.' });
	});

	it('refuses assigning more than the available FTE with 409 naming the entry, and writes nothing', async () => {
		const { body: filed } = await fileAs(who.chiefNaps);
		await move(filed.id, { status: 'triaged' });
		const before = await counts();
		const refused = await move(filed.id, { status: 'assigned', assignments: [{ member_id: 'DEMO-D13', fte: 0.5 }, { member_id: 'DEMO-D05', fte: 0.7 }] });
		expect(refused.status).toBe(409);
		expect(refused.body.error.parameter).toBe('assignments[1].fte');
		expect(refused.body.errors[0].message).toMatch(/^assignments\[1\]\.fte: DEMO-D05 would be over-assigned in \d{4}-Q\d: 0\.7 FTE asked, 0\.6 of 0\.6 FTE left\.$/);
		expect(await counts()).toEqual(before);
		expect((await call(detail as never, { as: who.coordinator, path: filed.url, params: { id: String(filed.id) } })).body.status).toBe('triaged');
	});

	it('refuses an unknown member with 422, a move without what it needs with 422, and a past quarter', async () => {
		const { body: filed } = await fileAs(who.chiefNaps);
		await move(filed.id, { status: 'triaged' });
		expect((await move(filed.id, { status: 'assigned', assignments: [{ member_id: 'NOBODY', fte: 0.1 }] })).body.error).toMatchObject({ status: 422, parameter: 'assignments[0].member_id' });
		expect((await move(filed.id, { status: 'declined' })).body.error).toMatchObject({ status: 422, parameter: 'reason' });
		expect((await move(filed.id, { status: 'assigned', assignments: [{ member_id: 'DEMO-D01', fte: 0.1 }], period: '2025-Q1' })).body.error).toMatchObject({ status: 422, parameter: 'period' });
	});

	it('answers an unknown or malformed request id with 404', async () => {
		expect((await move(999_999, { status: 'triaged' })).status).toBe(404);
		expect((await call(patch as never, { as: who.coordinator, path: '/api/project-p/requests/x', params: { id: 'x' }, body: { status: 'triaged' }, method: 'PATCH' })).status).toBe(404);
	});
});

describe('who sees what', () => {
	it('shows a chief their own service’s requests only, and hides another service’s request as not found', async () => {
		const naps = await call(list as never, { as: who.chiefNaps });
		expect(naps.body.data.length).toBeGreaterThan(0);
		expectAll(naps.body.data, (r: { police_service_id: string }) => r.police_service_id === 'naps');
		const toronto = await call(list as never, { as: who.chiefToronto });
		expectAll(toronto.body.data, (r: { police_service_id: string }) => r.police_service_id === 'toronto');
		const napsRequest = naps.body.data[0];
		expect((await call(detail as never, { as: who.chiefToronto, path: napsRequest.url, params: { id: String(napsRequest.id) } })).status).toBe(404);
	});

	it('filters by status, and refuses an unknown one with 400', async () => {
		const open = await call(list as never, { as: who.planner, path: '/api/project-p/requests?status=open' });
		expectAll(open.body.data, (r: { status: string }) => ['submitted', 'triaged', 'assigned', 'active'].includes(r.status));
		expect((await call(list as never, { as: who.planner, path: '/api/project-p/requests?status=lost' })).status).toBe(400);
	});

	it('draws open requests on the map for the roles that may see them', async () => {
		const all = await projectPRequests.openCsduids(test.db, requestScope(who.planner));
		expect(all).toEqual(expect.arrayContaining([PIKANGIKUM, TORONTO]));
		expect(await projectPRequests.openCsduids(test.db, requestScope(who.chiefToronto))).toEqual([TORONTO]);
		expect(await projectPRequests.openCsduids(test.db, requestScope(who.viewer))).toEqual([]);
	});

	it('does not clear the coordinator for requests that are merely filed (project-p-clearance.test.ts has the policy)', async () => {
		const cleared = await viewerClearance({ locale: 'en', user: who.coordinator });
		expect(cleared('naps')).toBe(false);
		expect(cleared('toronto')).toBe(false);
		expect(cleared('york')).toBe(false);
		expect((await viewerClearance({ locale: 'en', user: who.viewer }))('naps')).toBe(false);
	});
});

describe('GET /api/project-p/roster', () => {
	it('gives availability by person and capacity by region, flagged illustrative', async () => {
		const answer = await call(roster as never, { as: who.planner, path: '/api/project-p/roster?period=2026-Q4' });
		expect(answer.body).toMatchObject({ period: '2026-Q4', illustrative: true });
		expect(answer.body.data.members).toHaveLength(20);
		expect(answer.body.data.regions.map((r: { region: string; members: number }) => [r.region, r.members])).toEqual([
			['West', 4],
			['Central', 6],
			['East', 3],
			['North East', 3],
			['North West', 4]
		]);
	});

	it('refuses a malformed quarter with 400 naming period', async () => {
		const answer = await call(roster as never, { as: who.planner, path: '/api/project-p/roster?period=2026-Q5' });
		expect(answer).toMatchObject({ status: 400, body: { error: { parameter: 'period' } } });
	});
});

describe('the OpenAPI description', () => {
	it('describes every Project P route and method, with the life cycle', () => {
		const paths = openApiDocument().paths as Record<string, Record<string, { description?: string }>>;
		expect(Object.keys(paths['/api/project-p/requests'] ?? {})).toEqual(['get', 'post']);
		expect(Object.keys(paths['/api/project-p/requests/{id}'] ?? {})).toEqual(['get', 'patch']);
		expect(Object.keys(paths['/api/project-p/roster'] ?? {})).toEqual(['get']);
		expect(JSON.stringify(paths['/api/project-p/requests/{id}'])).toContain('closed → (final)');
	});
});
