/**
 * Signing in: one answer for an unknown user and a wrong password, Argon2id at rest, and
 * brute-force throttling per account and per address, with the lockout audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn } from '../../src/lib/server/auth/login';
import { LOCKOUT_WINDOW_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from '../../src/lib/server/auth/throttle';
import { closeDatabase } from '../../src/lib/server/database';
import { SESSION_COOKIE } from '../../src/lib/server/auth/cookies';
import { POST as sessionPost } from '../../src/routes/api/session/+server';
import { actions as loginActions } from '../../src/routes/login/+page.server';
import { createTestDatabase, type TestDatabase } from './test-db';
import { createUser, fakeEvent, TEST_PASSWORD } from './auth-support';

let test: TestDatabase;
const T0 = new Date('2026-11-29T09:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

beforeAll(async () => {
	test = await createTestDatabase();
	// Route handlers reach the database through getDb(): point it at this file's database.
	process.env.DATABASE_URL = test.url;
	await createUser(test.db, 'login-user', 'planner');
	await createUser(test.db, 'victim', 'chief', 'toronto');
	const disabled = await createUser(test.db, 'gone', 'viewer');
	await test.db.updateTable('users').set({ disabled: true }).where('id', '=', disabled.id).execute();
});
afterAll(async () => {
	await closeDatabase();
	await test.drop();
});

const attempt = (username: string, password: string, now: Date, client_address = '198.51.100.1') =>
	logIn(test.db, { username, password, client_address }, now);

describe('one answer for every wrong credential', () => {
	it('an unknown user, a wrong password and a disabled account are indistinguishable', async () => {
		const outcomes = await Promise.all([
			attempt('nobody-here', 'whatever-password', T0, '198.51.100.10'),
			attempt('login-user', 'wrong-password!', T0, '198.51.100.11'),
			attempt('gone', TEST_PASSWORD, T0, '198.51.100.12')
		]);
		expect(outcomes).toEqual([{ ok: false, reason: 'invalid' }, { ok: false, reason: 'invalid' }, { ok: false, reason: 'invalid' }]);
	});

	it('the API answers an unknown user and a wrong password with the same status and body', async () => {
		const post = async (username: string, address: string) => {
			const event = fakeEvent({
				routeId: '/api/session',
				path: '/api/session',
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ username, password: 'not-the-password' }),
				clientAddress: address
			});
			const response = await sessionPost(event as Parameters<typeof sessionPost>[0]);
			return { status: response.status, body: await response.text() };
		};
		const unknown = await post('nobody-at-all', '198.51.100.20');
		const wrong = await post('login-user', '198.51.100.21');
		expect(unknown.status).toBe(401);
		expect(wrong).toEqual(unknown);
	});

	it('the API takes JSON only: a text/plain body, as a cross-site form would send, is refused', async () => {
		const event = fakeEvent({
			routeId: '/api/session',
			path: '/api/session',
			method: 'POST',
			headers: { 'content-type': 'text/plain' },
			body: JSON.stringify({ username: 'login-user', password: TEST_PASSWORD })
		});
		const response = await sessionPost(event as Parameters<typeof sessionPost>[0]);
		expect(response.status).toBe(400);
		expect(((await response.json()) as { error: { parameter: string } }).error.parameter).toBe('content-type');
		expect(event.cookies.get(SESSION_COOKIE)).toBeUndefined();
	});

	it('usernames are case-insensitive and trimmed', async () => {
		expect(await attempt('  LOGIN-User ', TEST_PASSWORD, T0, '198.51.100.30')).toMatchObject({ ok: true });
	});
});

describe('passwords at rest', () => {
	it('are Argon2id hashes with the OWASP baseline parameters', async () => {
		const row = await test.db.selectFrom('users').select('password_hash').where('username', '=', 'login-user').executeTakeFirstOrThrow();
		expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(row.password_hash).not.toContain(TEST_PASSWORD);
	});
});

describe('brute-force protection', () => {
	it(`locks an account after ${MAX_FAILURES_PER_ACCOUNT} failures, even against the right password, and audits it once`, async () => {
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i += 1) {
			expect(await attempt('victim', `guess-number-${i}`, later(i * 1000), `203.0.113.${i}`)).toEqual({ ok: false, reason: 'invalid' });
		}
		const last = await attempt('victim', 'final-guess-xx', later(10_000), '203.0.113.99');
		expect(last).toMatchObject({ ok: false, reason: 'locked' });
		expect(await attempt('victim', TEST_PASSWORD, later(20_000), '203.0.113.100')).toMatchObject({ ok: false, reason: 'locked' });

		const audits = await test.db.selectFrom('audit_log').selectAll().where('action', '=', 'login.lockout').where('entity_id', '=', 'victim').execute();
		expect(audits).toHaveLength(1);
		expect(audits[0]).toMatchObject({ entity_type: 'account', actor: 'anonymous' });

		const user = await test.db.selectFrom('users').select('failed_login_count').where('username', '=', 'victim').executeTakeFirstOrThrow();
		expect(user.failed_login_count).toBe(MAX_FAILURES_PER_ACCOUNT);
	});

	it('the lock lifts by itself once the failures are older than the window', async () => {
		expect(await attempt('victim', TEST_PASSWORD, later(LOCKOUT_WINDOW_MS + 1000), '203.0.113.101')).toMatchObject({ ok: true });
		const user = await test.db.selectFrom('users').select('failed_login_count').where('username', '=', 'victim').executeTakeFirstOrThrow();
		expect(user.failed_login_count).toBe(0);
	});

	it(`locks an address after ${MAX_FAILURES_PER_ADDRESS} failures across usernames (password spraying)`, async () => {
		const sprayer = '203.0.113.250';
		const start = later(2 * LOCKOUT_WINDOW_MS);
		for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i += 1) {
			await attempt(`sprayed-${i}`, 'Summer2026!!', new Date(start.getTime() + i), sprayer);
		}
		const next = new Date(start.getTime() + 1000);
		expect(await attempt('login-user', TEST_PASSWORD, next, sprayer)).toMatchObject({ ok: false, reason: 'locked' });
		expect(await attempt('login-user', TEST_PASSWORD, next, '203.0.113.251')).toMatchObject({ ok: true });
		const audits = await test.db.selectFrom('audit_log').select('entity_type').where('entity_id', '=', sprayer).execute();
		expect(audits).toEqual([{ entity_type: 'client_address' }]);
	});

	it('the sign-in form answers a locked account with 429 and a wait in minutes', async () => {
		const address = '203.0.113.77';
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) await attempt('form-victim', `guess-${i}-xxxxxxx`, new Date(), address);
		const form = new URLSearchParams({ username: 'form-victim', password: 'anything-at-all', redirectTo: '/' });
		const event = fakeEvent({
			routeId: '/login',
			path: '/login',
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: form.toString(),
			clientAddress: address
		});
		const signInAction = loginActions.default;
		if (!signInAction) throw new Error('the sign-in page has no default action');
		const result = await signInAction(event as Parameters<typeof signInAction>[0]);
		expect(result).toMatchObject({ status: 429, data: { error: 'locked', username: 'form-victim' } });
		expect(event.cookies.get(SESSION_COOKIE)).toBeUndefined();
	});
});
