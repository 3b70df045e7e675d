/**
 * The audit page by role, against real PostgreSQL: a planner reads every entry whole; an administrator
 * reads who did what and when, account entries whole, but neither a Project P request's content nor a
 * draft allocation's amounts nor which service Project P was cleared for, in the page and in its data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as audit from '../../src/lib/server/audit';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { changeStatus } from '../../src/lib/server/project-p/change-status';
import { fileRequest } from '../../src/lib/server/project-p/file-request';
import { load } from '../../src/routes/audit/+page.server';
import { createUser } from './auth-support';
import { appDatabase } from './test-db';
import type { Role } from '../../src/lib/domain/vocabulary';

const SECRET_NEED = 'Two seized phones; suspect known to the family';
const DRAFT_AMOUNT = 123_456_78;

const test = appDatabase();
const who = {} as Record<'coordinator' | 'chief' | 'planner' | 'admin', AuthUser>;
let requestId = 0;

async function user(username: string, role: Role, service: string | null = null): Promise<AuthUser> {
	const row = await createUser(test.db, username, role, service);
	return { id: row.id, username, display_name: username, role, police_service_id: service, credential: { kind: 'session', session_hash: 'test' } };
}

type Entry = { action: string; actor: string; entity: string; before: string | null; after: string | null; redacted: boolean };

async function auditPageAs(as: AuthUser, query = ''): Promise<Entry[]> {
	const url = new URL(`/audit${query}`, 'http://localhost');
	const data = (await load({ url, locals: { locale: 'en', user: as } } as never)) as { entries: Entry[] };
	return data.entries;
}

beforeAll(async () => {
	who.coordinator = await user('aud-coordinator', 'project_p');
	who.chief = await user('aud-chief-wik', 'chief', 'wikwemikong');
	who.planner = await user('aud-planner', 'planner');
	who.admin = await user('aud-admin', 'admin');
	const community = await test.db.selectFrom('jurisdiction').select('csduid').where('police_service_id', '=', 'wikwemikong').orderBy('csduid').executeTakeFirstOrThrow();
	const context = (actor: AuthUser) => ({ actor, client_address: '192.0.2.4', now: new Date() });
	const filed = await fileRequest(test.db, { csduid: community.csduid, kind: 'forensic_examination', urgency: 'urgent', expected_fte_weeks: 3, description: SECRET_NEED }, context(who.chief));
	if (!filed.ok) throw new Error(JSON.stringify(filed));
	requestId = filed.value.id;
	await changeStatus(test.db, requestId, { status: 'triaged' }, context(who.coordinator));
	await changeStatus(test.db, requestId, { status: 'assigned', assignments: [{ member_id: 'DEMO-D04', fte: 0.1 }], period: null }, context(who.coordinator));
	// An account change and an allocation draft, shaped as accounts.ts and allocation-changes.ts write them.
	await test.db.transaction().execute((trx) =>
		audit.record(trx, { actor: audit.actorOf(who.admin), action: 'user.update', entity_type: 'user', entity_id: who.chief.id, before: { role: 'viewer' }, after: { role: 'chief', police_service_id: 'wikwemikong' } })
	);
	await test.db.transaction().execute((trx) =>
		audit.record(trx, {
			actor: audit.actorOf(who.planner),
			action: 'allocation_scenario.create',
			entity_type: 'allocation_scenario',
			entity_id: 7,
			after: { name: 'Draft A', status: 'draft', period: '2025-Q2', total_cents: 500_000_000, amounts: { toronto: DRAFT_AMOUNT } }
		})
	);
});

describe('the audit page for a planner', () => {
	it('shows every entry whole', async () => {
		const entries = await auditPageAs(who.planner);
		const text = JSON.stringify(entries);
		expect(text).toContain(SECRET_NEED);
		expect(text).toContain(String(DRAFT_AMOUNT));
		expect(entries.find((e) => e.action === 'clearance.grant')?.entity).toBe('police_service wikwemikong');
		expect(entries.filter((e) => e.redacted)).toEqual([]);
	});
});

describe('the audit page for an administrator', () => {
	it('shows who did what and when, without request content, draft amounts or the service cleared', async () => {
		const entries = await auditPageAs(who.admin);
		const text = JSON.stringify(entries);
		expect(text).not.toContain(SECRET_NEED);
		expect(text).not.toContain(String(DRAFT_AMOUNT));
		expect(text).not.toContain('500000000');
		expect(text).not.toContain('forensic_examination');
		expect(text).not.toContain('DEMO-D04');

		const filing = entries.find((e) => e.action === 'project_p_request.file');
		expect(filing).toMatchObject({ actor: 'aud-chief-wik', entity: `project_p_request ${requestId}`, redacted: true });
		expect(JSON.parse(filing?.after ?? '{}')).toMatchObject({ description: { redacted: true }, csduid: { redacted: true }, status: 'submitted' });

		const draft = entries.find((e) => e.action === 'allocation_scenario.create');
		expect(JSON.parse(draft?.after ?? '{}')).toEqual({ name: 'Draft A', status: 'draft', period: '2025-Q2', total_cents: { redacted: true }, amounts: { redacted: true } });

		const grant = entries.find((e) => e.action === 'clearance.grant');
		expect(grant).toMatchObject({ actor: 'aud-coordinator', entity: 'police_service', redacted: true });
		expect(JSON.stringify(entries.filter((e) => e.action !== 'user.update'))).not.toContain('wikwemikong');
	});

	it('still sees account entries whole', async () => {
		const updates = await auditPageAs(who.admin, '?action=user.update');
		expect(updates).toHaveLength(1);
		expect(updates[0]).toMatchObject({ entity: `user ${who.chief.id}`, redacted: false });
		expect(JSON.parse(updates[0]?.after ?? '{}')).toEqual({ role: 'chief', police_service_id: 'wikwemikong' });
	});

	it('cannot get the content back through the filters', async () => {
		const filtered = await auditPageAs(who.admin, '?entity=project_p_request');
		expect(filtered.length).toBeGreaterThanOrEqual(3);
		expect(JSON.stringify(filtered)).not.toContain(SECRET_NEED);
	});
});
