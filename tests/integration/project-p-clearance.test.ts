/**
 * Clearance by policy, not by action, against real PostgreSQL: a Project P coordinator is cleared for a
 * service only while a request filed by that service's chief or by a planner is open and assigned;
 * a request the coordinator files (and then declines) grants nothing; grants, uses and ends are audited
 * and stay in the log after the request closes.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAll } from '../support/expect-all';
import type { NewRequestInput } from '../../src/lib/domain/project-p/request-input';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { changeStatus } from '../../src/lib/server/project-p/change-status';
import { fileRequest } from '../../src/lib/server/project-p/file-request';
import { viewerClearance } from '../../src/lib/server/viewer';
import { GET as serviceMetrics } from '../../src/routes/api/services/[id]/metrics/+server';
import { createUser } from './auth-support';
import { appDatabase } from './test-db';
import type { Role } from '../../src/lib/domain/vocabulary';

const test = appDatabase();
const who = {} as Record<'coordinator' | 'chiefWikwemikong' | 'chiefToronto' | 'planner', AuthUser>;
/** A Wikwemikong community and a Toronto one, read from the jurisdictions. */
const place = { wikwemikong: '', toronto: '' };

async function user(username: string, role: Role, service: string | null = null): Promise<AuthUser> {
	const row = await createUser(test.db, username, role, service);
	return { id: row.id, username, display_name: username, role, police_service_id: service, credential: { kind: 'session', session_hash: 'test' } };
}

async function communityOf(service: string): Promise<string> {
	const row = await test.db.selectFrom('jurisdiction').select('csduid').where('police_service_id', '=', service).orderBy('csduid').executeTakeFirstOrThrow();
	return row.csduid;
}

const context = (actor: AuthUser) => ({ actor, client_address: '192.0.2.9', now: new Date() });

function request(csduid: string): NewRequestInput {
	return { csduid, kind: 'investigation_support', urgency: 'high', expected_fte_weeks: 2, description: 'Files waiting; no ICE unit of our own.' };
}

async function file(as: AuthUser, csduid: string): Promise<number> {
	const outcome = await fileRequest(test.db, request(csduid), context(as));
	if (!outcome.ok) throw new Error(JSON.stringify(outcome));
	return outcome.value.id;
}

async function move(id: number, status: 'triaged' | 'active' | 'closed'): Promise<void>;
async function move(id: number, status: 'declined', reason: string): Promise<void>;
async function move(id: number, status: 'assigned', member: string): Promise<void>;
async function move(id: number, status: 'triaged' | 'active' | 'closed' | 'declined' | 'assigned', extra = ''): Promise<void> {
	const input =
		status === 'declined' ? { status, reason: extra }
		: status === 'assigned' ? { status, assignments: [{ member_id: extra, fte: 0.1 }], period: null }
		: { status };
	const outcome = await changeStatus(test.db, id, input, context(who.coordinator));
	if (!outcome.ok) throw new Error(JSON.stringify(outcome));
}

async function auditRows(action: string, entityId: string) {
	return test.db.selectFrom('audit_log').select(['action', 'actor', 'entity_id', 'after']).where('action', '=', action).where('entity_id', '=', entityId).orderBy('id').execute();
}

async function metricsAs(as: AuthUser, service: string) {
	const url = new URL(`/api/services/${service}/metrics`, 'http://localhost');
	const event = { url, params: { id: service }, request: new Request(url), locals: { locale: 'en', user: as }, route: { id: null } } as unknown as RequestEvent;
	const response = await serviceMetrics(event as never);
	return (await response.json()) as { data: { disclosure: string } };
}

/** Whether Wikwemikong has a count of 1–4 in the latest quarter (what "<5" hides). */
async function hasSmallCount(service: string): Promise<boolean> {
	const { period } = await test.db.selectFrom('ice_quarter').select((eb) => eb.fn.max('period').as('period')).executeTakeFirstOrThrow();
	const row = await test.db.selectFrom('ice_quarter').select(['referrals_received', 'charges_laid', 'investigations_opened']).where('police_service_id', '=', service).where('period', '=', period).executeTakeFirstOrThrow();
	return Object.values(row).some((count) => count >= 1 && count <= 4);
}

beforeAll(async () => {
	who.coordinator = await user('clear-coordinator', 'project_p');
	who.chiefWikwemikong = await user('clear-chief-wik', 'chief', 'wikwemikong');
	who.chiefToronto = await user('clear-chief-toronto', 'chief', 'toronto');
	who.planner = await user('clear-planner', 'planner');
	place.wikwemikong = await communityOf('wikwemikong');
	place.toronto = await communityOf('toronto');
});

describe('a coordinator cannot clear themselves', () => {
	it('files a request for Wikwemikong and still sees "<5"; declining it leaves the filing and the decline in the audit log', async () => {
		const id = await file(who.coordinator, place.wikwemikong);
		expect((await viewerClearance({ locale: 'en', user: who.coordinator }, 'test'))('wikwemikong')).toBe(false);
		const answer = await metricsAs(who.coordinator, 'wikwemikong');
		expect(answer.data.disclosure).toBe('controlled');
		if (await hasSmallCount('wikwemikong')) expect(JSON.stringify(answer.data)).toContain('"<5"');
		await move(id, 'declined', 'Handled by the service itself.');
		const trail = await test.db.selectFrom('audit_log').select(['action', 'actor']).where('entity_type', '=', 'project_p_request').where('entity_id', '=', String(id)).orderBy('id').execute();
		expect(trail).toEqual([
			{ action: 'project_p_request.file', actor: 'clear-coordinator' },
			{ action: 'project_p_request.declined', actor: 'clear-coordinator' }
		]);
		expect(await auditRows('clearance.grant', 'wikwemikong')).toEqual([]);
	});

	it('gains nothing from its own request even once it is assigned and active', async () => {
		const id = await file(who.coordinator, place.toronto);
		await move(id, 'triaged');
		await move(id, 'assigned', 'DEMO-D01');
		await move(id, 'active');
		expect((await viewerClearance({ locale: 'en', user: who.coordinator }, 'test'))('toronto')).toBe(false);
		expect(await auditRows('clearance.grant', 'toronto')).toEqual([]);
		await move(id, 'closed');
	});
});

describe('a request filed by the service clears Project P while it is open and assigned', () => {
	it('grants nothing while submitted or triaged, clears once assigned, audits the grant, each use and the end, and keeps them after closing', async () => {
		const id = await file(who.chiefWikwemikong, place.wikwemikong);
		expect((await viewerClearance({ locale: 'en', user: who.coordinator }, 'test'))('wikwemikong')).toBe(false);
		await move(id, 'triaged');
		expect((await viewerClearance({ locale: 'en', user: who.coordinator }, 'test'))('wikwemikong')).toBe(false);
		await move(id, 'assigned', 'DEMO-D02');
		const cleared = await viewerClearance({ locale: 'en', user: who.coordinator }, 'GET /api/services/wikwemikong/metrics');
		expect([cleared('wikwemikong'), cleared('toronto'), cleared('naps')]).toEqual([true, false, false]);
		expect((await metricsAs(who.coordinator, 'wikwemikong')).data.disclosure).toBe('cleared');
		// Other roles are unaffected by Project P's clearance.
		expect((await viewerClearance({ locale: 'en', user: who.chiefToronto }, 'test'))('wikwemikong')).toBe(false);

		await move(id, 'active');
		await move(id, 'closed');
		expect((await viewerClearance({ locale: 'en', user: who.coordinator }, 'test'))('wikwemikong')).toBe(false);
		expect((await metricsAs(who.coordinator, 'wikwemikong')).data.disclosure).toBe('controlled');

		const grants = await auditRows('clearance.grant', 'wikwemikong');
		expect(grants).toEqual([{ action: 'clearance.grant', actor: 'clear-coordinator', entity_id: 'wikwemikong', after: { request_id: id, cleared: 'project_p', status: 'assigned' } }]);
		const uses = await auditRows('clearance.use', 'wikwemikong');
		expect(uses.length).toBeGreaterThanOrEqual(2);
		expect(uses.map((row) => row.after)).toContainEqual({ request_ids: [id], answer: 'GET /api/services/wikwemikong/metrics' });
		expectAll(uses, (row) => row.actor === 'clear-coordinator');
		expect(await auditRows('clearance.end', 'wikwemikong')).toHaveLength(1);
	});

	it('a planner’s request clears Project P too; a chief’s request for another service cannot be filed', async () => {
		const { id } = await test.db
			.insertInto('project_p_request')
			.values({
				...request(place.toronto),
				police_service_id: 'toronto',
				opp_region: 'Central',
				decline_reason: null,
				flag_period: null,
				flag_level: null,
				filed_by_user_id: who.planner.id,
				filed_by: who.planner.username
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await move(id, 'triaged');
		await move(id, 'assigned', 'DEMO-D03');
		expect((await viewerClearance({ locale: 'en', user: who.coordinator }, 'test'))('toronto')).toBe(true);
		expect(await auditRows('clearance.grant', 'toronto')).toHaveLength(1);
		const refused = await fileRequest(test.db, request(place.wikwemikong), context(who.chiefToronto));
		expect(refused.ok).toBe(false);
	});

	it('viewers, administrators and chiefs answer as before, and write no clearance entries', async () => {
		const before = await test.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'clearance.use').executeTakeFirstOrThrow();
		for (const role of ['viewer', 'admin'] as const) {
			const cleared = await viewerClearance({ locale: 'en', user: { ...who.planner, role } }, 'test');
			expect([cleared('toronto'), cleared('wikwemikong')]).toEqual([false, false]);
		}
		expect((await viewerClearance({ locale: 'en', user: who.chiefToronto }, 'test'))('toronto')).toBe(true);
		const after = await test.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'clearance.use').executeTakeFirstOrThrow();
		expect(Number(after.n)).toBe(Number(before.n));
	});
});
