/**
 * The audit log: every change leaves exactly one entry, written in the change's own transaction
 * (so a failed change leaves none), with no secrets in it; and the table is append-only for every
 * database role, superusers included.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAll } from '../support/expect-all';
import * as audit from '../../src/lib/server/audit';
import * as accounts from '../../src/lib/server/auth/accounts';
import * as tokens from '../../src/lib/server/auth/tokens';
import { logIn, logOut } from '../../src/lib/server/auth/login';
import { ensureDemoUsers, DEMO_ACCOUNTS } from '../../src/lib/server/auth/demo-users';
import * as auditLog from '../../src/lib/server/queries/audit-log';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { createTestDatabase, type TestDatabase } from './test-db';
import { createUser, TEST_PASSWORD } from './auth-support';

let test: TestDatabase;
let admin: AuthUser;

async function entriesSince(id: number) {
	return test.db.selectFrom('audit_log').selectAll().where('id', '>', id).orderBy('id').execute();
}
async function lastId(): Promise<number> {
	const row = await test.db.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
	return Number(row?.id ?? 0);
}
/** Runs `change` and returns the audit entries it wrote. */
async function audited(change: () => Promise<unknown>) {
	const before = await lastId();
	await change();
	return entriesSince(before);
}

beforeAll(async () => {
	test = await createTestDatabase();
	const row = await createUser(test.db, 'audit-admin', 'admin');
	admin = { ...row, credential: { kind: 'session', session_hash: '0'.repeat(64) } };
});
afterAll(() => test.drop());

describe('every change leaves one audit entry', () => {
	const context = () => ({ actor: admin, now: new Date(), client_address: '192.0.2.44' });
	let created = 0;

	it('creating an account', async () => {
		const entries = await audited(async () => {
			const result = await accounts.create(test.db, { username: 'new-chief', display_name: 'New chief', role: 'chief', police_service_id: 'naps', password: TEST_PASSWORD }, context());
			if (!result.ok) throw new Error(result.error);
			created = result.user.id;
		});
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			actor: 'audit-admin',
			actor_user_id: admin.id,
			action: 'user.create',
			entity_type: 'user',
			entity_id: String(created),
			before: null,
			after: { username: 'new-chief', role: 'chief', police_service_id: 'naps', disabled: false },
			client_address: '192.0.2.44'
		});
	});

	it('changing a role, with the state before and after', async () => {
		const entries = await audited(() => accounts.changeRole(test.db, { id: created, role: 'viewer', police_service_id: null }, context()));
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ action: 'user.update', before: { role: 'chief', police_service_id: 'naps' }, after: { role: 'viewer', police_service_id: null } });
	});

	it('resetting a password, disabling and enabling', async () => {
		const actions = [];
		for (const change of [
			() => accounts.resetPassword(test.db, { id: created, password: `${TEST_PASSWORD}!` }, context()),
			() => accounts.setDisabled(test.db, { id: created, disabled: true }, context()),
			() => accounts.setDisabled(test.db, { id: created, disabled: false }, context())
		]) {
			const entries = await audited(change);
			expect(entries).toHaveLength(1);
			actions.push(entries[0]?.action);
		}
		expect(actions).toEqual(['user.password_reset', 'user.disable', 'user.enable']);
	});

	it('signing in and out', async () => {
		const before = await lastId();
		const outcome = await logIn(test.db, { username: 'new-chief', password: `${TEST_PASSWORD}!`, client_address: '192.0.2.45' }, new Date());
		if (!outcome.ok) throw new Error(outcome.reason);
		expect((await entriesSince(before)).map((e) => e.action)).toEqual(['session.login']);
		const signOut = await audited(() => logOut(test.db, outcome.user, new Date(), '192.0.2.45'));
		expect(signOut.map((e) => e.action)).toEqual(['session.logout']);
	});

	it('creating and revoking an API token', async () => {
		let tokenId = 0;
		const issued = await audited(async () => {
			tokenId = (await tokens.issue(test.db, { name: 'script', scopes: ['read'], expires_at: null }, { owner: admin, now: new Date(), client_address: null })).row.id;
		});
		expect(issued.map((e) => e.action)).toEqual(['api_token.create']);
		const revoked = await audited(() => tokens.withdraw(test.db, tokenId, { owner: admin, now: new Date(), client_address: null }));
		expect(revoked.map((e) => e.action)).toEqual(['api_token.revoke']);
	});

	it('creating the demo accounts, as the system', async () => {
		const entries = await audited(() => ensureDemoUsers(test.db, TEST_PASSWORD));
		expect(entries.map((e) => `${e.actor} ${e.action}`)).toEqual(DEMO_ACCOUNTS.map(() => 'system user.create'));
		expect(await audited(() => ensureDemoUsers(test.db, TEST_PASSWORD)), 'a second run changes nothing').toEqual([]);
	});

	it('a change that fails leaves no entry', async () => {
		const entries = await audited(() =>
			accounts.create(test.db, { username: 'new-chief', display_name: 'Again', role: 'viewer', police_service_id: null, password: TEST_PASSWORD }, context())
		);
		expect(entries).toEqual([]);
	});

	it('an entry is rolled back with its transaction', async () => {
		const entries = await audited(() =>
			test.db
				.transaction()
				.execute(async (trx) => {
					await audit.record(trx, { actor: audit.SYSTEM_ACTOR, action: 'test.rollback', entity_type: 'test' });
					throw new Error('the change failed');
				})
				.catch(() => undefined)
		);
		expect(entries).toEqual([]);
	});

	it('no entry holds a password or a password hash', async () => {
		const text = JSON.stringify(await test.db.selectFrom('audit_log').selectAll().execute());
		expect(text).not.toContain('$argon2');
		expect(text).not.toContain(TEST_PASSWORD);
	});
});

describe('the audit log is append-only', () => {
	it('the test role is a superuser, so the checks below hold for every role', async () => {
		const row = await sql<{ rolsuper: boolean }>`select rolsuper from pg_roles where rolname = current_user`.execute(test.db);
		expect(row.rows[0]?.rolsuper).toBe(true);
	});

	it('rejects UPDATE, DELETE and TRUNCATE', async () => {
		const count = (await test.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
		expect(Number(count)).toBeGreaterThan(0);
		await expect(sql`update audit_log set actor = 'someone else'`.execute(test.db)).rejects.toThrow(/append-only/);
		await expect(sql`delete from audit_log`.execute(test.db)).rejects.toThrow(/append-only/);
		await expect(sql`truncate audit_log`.execute(test.db)).rejects.toThrow(/append-only/);
		const after = (await test.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
		expect(Number(after)).toBe(Number(count));
	});
});

describe('reading the audit log', () => {
	it('filters by actor, action, entity and date, newest first', async () => {
		const byAdmin = await auditLog.list(test.db, { actor: 'AUDIT-ADMIN', limit: 100, offset: 0 });
		expect(byAdmin.length).toBeGreaterThan(0);
		expect(new Set(byAdmin.map((e) => e.actor))).toEqual(new Set(['audit-admin']));
		expect(byAdmin.map((e) => e.at.getTime())).toEqual([...byAdmin.map((e) => e.at.getTime())].sort((a, b) => b - a));

		const creations = await auditLog.list(test.db, { action: 'user.create', entity_type: 'user', limit: 100, offset: 0 });
		expectAll(creations, (e) => e.action === 'user.create');
		expect(await auditLog.list(test.db, { until: new Date('2000-01-01'), limit: 10, offset: 0 })).toEqual([]);
		expect(await auditLog.list(test.db, { actor: "' or 1=1 --", limit: 10, offset: 0 })).toEqual([]);
	});
});
