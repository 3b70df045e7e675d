/**
 * Sessions: idle and absolute expiry (clock injected), revocation, no session fixation, and only a
 * digest of the id at rest (OWASP Session Management Cheat Sheet).
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sessions from '../../src/lib/server/auth/sessions';
import * as accounts from '../../src/lib/server/auth/accounts';
import { logIn, logOut } from '../../src/lib/server/auth/login';
import { createTestDatabase, type TestDatabase } from './test-db';
import { createUser, signIn, TEST_PASSWORD } from './auth-support';
import type { UserRow } from '../../src/lib/server/queries/users';

const MINUTE = 60_000;
const T0 = new Date('2026-11-29T08:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

let test: TestDatabase;
let user: UserRow;
let admin: UserRow;

beforeAll(async () => {
	test = await createTestDatabase();
	user = await createUser(test.db, 'session-user', 'viewer');
	admin = await createUser(test.db, 'session-admin', 'admin');
});
afterAll(() => test.drop());

describe('session expiry', () => {
	it('a session stays alive while used, and dies after 30 minutes idle', async () => {
		const id = await signIn(test.db, user.id, T0);
		expect(await sessions.validate(test.db, id, at(29))).not.toBeNull();
		expect(await sessions.validate(test.db, id, at(29 + 29))).not.toBeNull();
		expect(await sessions.validate(test.db, id, at(58 + 31))).toBeNull();
	});

	it('a session dies 12 hours after sign-in however busy it is', async () => {
		const id = await signIn(test.db, user.id, T0);
		for (let minute = 20; minute < 12 * 60; minute += 20) {
			expect(await sessions.validate(test.db, id, at(minute)), `minute ${minute}`).not.toBeNull();
		}
		expect(await sessions.validate(test.db, id, at(12 * 60))).toBeNull();
	});

	it('an unknown id is no session', async () => {
		expect(await sessions.validate(test.db, 'forged', T0)).toBeNull();
	});
});

describe('revocation', () => {
	it('signing out revokes the session', async () => {
		const id = await signIn(test.db, user.id, T0);
		const signedIn = await sessions.validate(test.db, id, at(1));
		if (!signedIn) throw new Error('session should be valid');
		await logOut(test.db, signedIn, at(2), '192.0.2.1');
		expect(await sessions.validate(test.db, id, at(3))).toBeNull();
	});

	it('disabling an account and resetting its password end all its sessions', async () => {
		const actor = { ...admin, credential: { kind: 'session' as const, session_hash: 'x' } };
		const first = await signIn(test.db, user.id, T0);
		await accounts.resetPassword(test.db, { id: user.id, password: TEST_PASSWORD }, { actor, now: at(1), client_address: null });
		expect(await sessions.validate(test.db, first, at(2))).toBeNull();

		const second = await signIn(test.db, user.id, at(3));
		await accounts.setDisabled(test.db, { id: user.id, disabled: true }, { actor, now: at(4), client_address: null });
		expect(await sessions.validate(test.db, second, at(5))).toBeNull();
		await accounts.setDisabled(test.db, { id: user.id, disabled: false }, { actor, now: at(6), client_address: null });
		expect(await sessions.validate(test.db, second, at(7)), 're-enabling does not revive old sessions').toBeNull();
	});
});

describe('session ids', () => {
	it('signing in issues a new id and revokes the one the browser sent (no session fixation)', async () => {
		const planted = await signIn(test.db, user.id, new Date());
		const outcome = await logIn(
			test.db,
			{ username: 'session-user', password: TEST_PASSWORD, client_address: '192.0.2.7', previous_session_id: planted },
			new Date()
		);
		if (!outcome.ok) throw new Error(`sign-in failed: ${outcome.reason}`);
		expect(outcome.session.id).not.toBe(planted);
		expect(await sessions.validate(test.db, planted, new Date())).toBeNull();
		expect(await sessions.validate(test.db, outcome.session.id, new Date())).toMatchObject({ username: 'session-user' });
	});

	it('stores only the SHA-256 digest of a 256-bit id', async () => {
		const id = await signIn(test.db, user.id, T0);
		expect(Buffer.from(id, 'base64url')).toHaveLength(32);
		const rows = await test.db.selectFrom('sessions').select('id_hash').execute();
		expect(rows.map((row) => row.id_hash)).not.toContain(id);
		expect(rows.map((row) => row.id_hash)).toContain(createHash('sha256').update(id).digest('hex'));
	});
});
