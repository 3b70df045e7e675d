/**
 * Signing in: one answer for an unknown user and a wrong password, Argon2id at rest, and
 * brute-force throttling per account and per address, with the lockout audited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { logIn, MAX_LOGIN_PASSWORD_LENGTH } from '../../src/lib/server/auth/login';
import {
	FIRST_BACKOFF_MS,
	LOCKOUT_WINDOW_MS,
	MAX_FAILURES_PER_ACCOUNT,
	MAX_FAILURES_PER_ADDRESS,
	MAX_FAILURES_PER_CLIENT_ACCOUNT
} from '../../src/lib/server/auth/throttle';
import { SESSION_COOKIE } from '../../src/lib/server/auth/cookies';
import { POST as sessionPost } from '../../src/routes/api/session/+server';
import { actions as loginActions } from '../../src/routes/login/+page.server';
import { appDatabase } from './test-db';
import { createUser, fakeEvent, TEST_PASSWORD } from './auth-support';

const test = appDatabase();
const T0 = new Date('2026-11-29T09:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

beforeAll(async () => {
	await createUser(test.db, 'login-user', 'planner');
	await createUser(test.db, 'victim', 'chief', 'toronto');
	await createUser(test.db, 'spread-user', 'viewer');
	await createUser(test.db, 'burst-user', 'viewer');
	const disabled = await createUser(test.db, 'gone', 'viewer');
	await test.db.updateTable('users').set({ disabled: true }).where('id', '=', disabled.id).execute();
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
	it(`locks an account from one address after ${MAX_FAILURES_PER_CLIENT_ACCOUNT} failures, even against the right password, and audits it once`, async () => {
		const address = '203.0.113.5';
		for (let i = 0; i < MAX_FAILURES_PER_CLIENT_ACCOUNT - 1; i += 1) {
			expect(await attempt('victim', `guess-number-${i}`, later(i * 1000), address)).toEqual({ ok: false, reason: 'invalid' });
		}
		const last = await attempt('victim', 'final-guess-xx', later(10_000), address);
		expect(last).toMatchObject({ ok: false, reason: 'locked' });
		expect(await attempt('victim', TEST_PASSWORD, later(20_000), address)).toMatchObject({ ok: false, reason: 'locked' });

		const audits = await test.db.selectFrom('audit_log').selectAll().where('action', '=', 'login.lockout').where('entity_id', '=', 'victim').execute();
		expect(audits).toHaveLength(1);
		expect(audits[0]).toMatchObject({ entity_type: 'account', actor: 'anonymous' });

		const user = await test.db.selectFrom('users').select('failed_login_count').where('username', '=', 'victim').executeTakeFirstOrThrow();
		expect(user.failed_login_count).toBe(MAX_FAILURES_PER_CLIENT_ACCOUNT);
	});

	it("an attacker's address does not lock the account for its owner signing in from another address", async () => {
		expect(await attempt('victim', TEST_PASSWORD, later(30_000), '198.51.100.200')).toMatchObject({ ok: true });
	});

	it('backs off exponentially: 1 minute at the limit, then 2 after the next failure', async () => {
		const address = '203.0.113.6';
		const start = later(LOCKOUT_WINDOW_MS * 4);
		const at = (ms: number) => new Date(start.getTime() + ms);
		for (let i = 0; i < MAX_FAILURES_PER_CLIENT_ACCOUNT; i += 1) await attempt('backoff-user', `wrong-guess-${i}`, at(i), address);
		const first = await attempt('backoff-user', 'wrong-again-1', at(30_000), address);
		expect(first).toMatchObject({ ok: false, reason: 'locked', until: at(MAX_FAILURES_PER_CLIENT_ACCOUNT - 1 + FIRST_BACKOFF_MS) });
		// Once the first backoff is over, one more failure doubles the wait.
		expect(await attempt('backoff-user', 'wrong-again-2', at(FIRST_BACKOFF_MS + 1000), address)).toMatchObject({ ok: false, reason: 'locked' });
		const second = await attempt('backoff-user', 'wrong-again-3', at(FIRST_BACKOFF_MS + 2000), address);
		expect(second).toMatchObject({ ok: false, reason: 'locked', until: at(FIRST_BACKOFF_MS + 1000 + 2 * FIRST_BACKOFF_MS) });
	});

	it('the lock lifts by itself once the failures are older than the window', async () => {
		expect(await attempt('victim', TEST_PASSWORD, later(LOCKOUT_WINDOW_MS + 1000), '203.0.113.5')).toMatchObject({ ok: true });
		const user = await test.db.selectFrom('users').select('failed_login_count').where('username', '=', 'victim').executeTakeFirstOrThrow();
		expect(user.failed_login_count).toBe(0);
	});

	it(`locks an account guessed from ${MAX_FAILURES_PER_ACCOUNT} addresses for new addresses, not for its owner's known one`, async () => {
		const start = later(LOCKOUT_WINDOW_MS * 6);
		const at = (ms: number) => new Date(start.getTime() + ms);
		expect(await attempt('spread-user', TEST_PASSWORD, at(0), '198.51.100.150')).toMatchObject({ ok: true });
		const outcomes = [];
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) outcomes.push(await attempt('spread-user', `botnet-guess-${i}`, at(1000 + i), `192.0.2.${100 + i}`));
		// Each address failed once: only the account-wide count can lock, at the last one.
		expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === 'invalid')).toHaveLength(MAX_FAILURES_PER_ACCOUNT - 1);
		expect(outcomes.at(-1)).toMatchObject({ ok: false, reason: 'locked' });
		expect(await attempt('spread-user', TEST_PASSWORD, at(5000), '192.0.2.250')).toMatchObject({ ok: false, reason: 'locked' });
		expect(await attempt('spread-user', TEST_PASSWORD, at(6000), '198.51.100.150')).toMatchObject({ ok: true });
	});

	it(`locks an address after ${MAX_FAILURES_PER_ADDRESS} failures across usernames (password spraying), sparing users known there`, async () => {
		const sprayer = '203.0.113.250';
		const start = later(2 * LOCKOUT_WINDOW_MS);
		// A colleague behind the same (NAT'd) address signed in from it before the spraying began.
		expect(await attempt('login-user', TEST_PASSWORD, new Date(start.getTime() - 60_000), sprayer)).toMatchObject({ ok: true });
		for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i += 1) {
			await attempt(`sprayed-${i}`, 'Summer2026!!', new Date(start.getTime() + i), sprayer);
		}
		const next = new Date(start.getTime() + 1000);
		expect(await attempt('victim', TEST_PASSWORD, next, sprayer)).toMatchObject({ ok: false, reason: 'locked' });
		expect(await attempt('victim', TEST_PASSWORD, next, '203.0.113.251')).toMatchObject({ ok: true });
		expect(await attempt('login-user', TEST_PASSWORD, next, sprayer)).toMatchObject({ ok: true });
		const audits = await test.db.selectFrom('audit_log').select('entity_type').where('entity_id', '=', sprayer).execute();
		expect(audits).toEqual([{ entity_type: 'client_address' }]);
	});

	it('a parallel burst after 4 failures verifies one more password at most, and the right one among them does not get in', async () => {
		const address = '203.0.113.40';
		const start = later(LOCKOUT_WINDOW_MS * 8);
		for (let i = 0; i < MAX_FAILURES_PER_CLIENT_ACCOUNT - 1; i += 1) await attempt('burst-user', `warm-up-${i}-xxxx`, start, address);
		const burst = Array.from({ length: 30 }, (_, i) => (i === 24 ? TEST_PASSWORD : `burst-guess-${i}-xxxx`));
		const outcomes = await Promise.all(burst.map((password) => attempt('burst-user', password, start, address)));
		expect(outcomes).toHaveLength(30);
		expect(outcomes.filter((outcome) => outcome.ok)).toEqual([]);
		expect(outcomes[24]).toMatchObject({ ok: false, reason: 'locked' });
		// Every verified password left one row; a refused attempt leaves none.
		const recorded = await test.db.selectFrom('login_attempts').select('id').where('username', '=', 'burst-user').execute();
		expect(recorded).toHaveLength(MAX_FAILURES_PER_CLIENT_ACCOUNT);
	});

	it('a parallel burst from many addresses verifies no more than the account-wide limit', async () => {
		const start = later(LOCKOUT_WINDOW_MS * 10);
		const outcomes = await Promise.all(
			Array.from({ length: 40 }, (_, i) => attempt('burst-spread', `spread-guess-${i}-xx`, start, `192.0.2.${i + 1}`))
		);
		expect(outcomes.filter((outcome) => outcome.ok === false && outcome.reason === 'locked').length).toBeGreaterThan(0);
		const verified = await test.db.selectFrom('login_attempts').select('id').where('username', '=', 'burst-spread').execute();
		expect(verified).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
	});

	it(`refuses a password longer than ${MAX_LOGIN_PASSWORD_LENGTH} characters before any hashing or counting`, async () => {
		const started = performance.now();
		const outcome = await attempt('login-user', 'x'.repeat(10_000_000), later(LOCKOUT_WINDOW_MS * 12), '203.0.113.60');
		expect(performance.now() - started).toBeLessThan(100);
		expect(outcome).toEqual({ ok: false, reason: 'tooLong' });
		const recorded = await test.db.selectFrom('login_attempts').select('id').where('client_address', '=', '203.0.113.60').execute();
		expect(recorded).toHaveLength(0);
	});

	it('the API names the password when it is too long', async () => {
		const event = fakeEvent({
			routeId: '/api/session',
			path: '/api/session',
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ username: 'login-user', password: 'y'.repeat(MAX_LOGIN_PASSWORD_LENGTH + 1) })
		});
		const response = await sessionPost(event as Parameters<typeof sessionPost>[0]);
		expect(response.status).toBe(400);
		expect(((await response.json()) as { error: { parameter: string } }).error.parameter).toBe('password');
	});

	it('the sign-in form answers a password that is too long with 400 and says so, without a session', async () => {
		const form = new URLSearchParams({ username: 'login-user', password: 'z'.repeat(MAX_LOGIN_PASSWORD_LENGTH + 1), redirectTo: '/' });
		const event = fakeEvent({
			routeId: '/login',
			path: '/login',
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: form.toString(),
			clientAddress: '203.0.113.61'
		});
		const signInAction = loginActions.default;
		if (!signInAction) throw new Error('the sign-in page has no default action');
		expect(await signInAction(event as Parameters<typeof signInAction>[0])).toMatchObject({ status: 400, data: { error: 'tooLong' } });
		expect(event.cookies.get(SESSION_COOKIE)).toBeUndefined();
	});

	it('the sign-in form answers a locked account with 429 and a wait in minutes', async () => {
		const address = '203.0.113.77';
		for (let i = 0; i < MAX_FAILURES_PER_CLIENT_ACCOUNT; i += 1) await attempt('form-victim', `guess-${i}-xxxxxxx`, new Date(), address);
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
