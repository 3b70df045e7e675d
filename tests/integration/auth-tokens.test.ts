/** API tokens: hashed at rest, shown once, scoped, revocable, expiring, and only their owner's. */
import { beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '../../src/lib/server/auth/authenticate';
import * as tokens from '../../src/lib/server/auth/tokens';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { GET as listTokens, POST as createToken } from '../../src/routes/api/tokens/+server';
import { DELETE as revokeToken } from '../../src/routes/api/tokens/[id]/+server';
import { appDatabase } from './test-db';
import { createUser, fakeEvent } from './auth-support';
import * as accounts from '../../src/lib/server/auth/accounts';
import { load as adminUsersLoad } from '../../src/routes/admin/users/+page.server';

const test = appDatabase();
let owner: AuthUser;
let stranger: AuthUser;

const asSession = (row: { id: number; username: string; display_name: string; role: AuthUser['role']; police_service_id: string | null }): AuthUser => ({
	...row,
	credential: { kind: 'session', session_hash: '0'.repeat(64) }
});

function bearerEvent(secret: string, path = '/api/communities') {
	return fakeEvent({ routeId: path, path, headers: { authorization: `Bearer ${secret}` } });
}

beforeAll(async () => {
	owner = asSession(await createUser(test.db, 'token-owner', 'planner'));
	stranger = asSession(await createUser(test.db, 'token-stranger', 'viewer'));
});

describe('API tokens', () => {
	it('are stored only as a digest, and authenticate API requests as their owner with their scopes', async () => {
		const now = new Date();
		const { secret } = await tokens.create(test.db, { user_id: owner.id, name: 'report script', scopes: ['read'], expires_at: null }, now);
		expect(secret).toMatch(/^atlas_[A-Za-z0-9_-]{43}$/);
		const stored = JSON.stringify(await test.db.selectFrom('api_tokens').selectAll().execute());
		expect(stored).not.toContain(secret);
		const user = await authenticate(test.db, bearerEvent(secret), now);
		expect(user).toMatchObject({ username: 'token-owner', role: 'planner', credential: { kind: 'token', scopes: ['read'] } });
	});

	it('are ignored outside the API: pages need a session', async () => {
		const { secret } = await tokens.create(test.db, { user_id: owner.id, name: 'pages', scopes: ['read'], expires_at: null }, new Date());
		expect(await authenticate(test.db, bearerEvent(secret, '/audit'), new Date())).toBeNull();
	});

	it('stop working when revoked, expired, or their owner is disabled', async () => {
		const now = new Date();
		const revoked = await tokens.create(test.db, { user_id: owner.id, name: 'revoked', scopes: ['read'], expires_at: null }, now);
		await tokens.revoke(test.db, owner.id, revoked.row.id, now);
		expect(await authenticate(test.db, bearerEvent(revoked.secret), now)).toBeNull();

		const expiring = await tokens.create(test.db, { user_id: owner.id, name: 'short', scopes: ['read'], expires_at: new Date(now.getTime() + 60_000) }, now);
		expect(await authenticate(test.db, bearerEvent(expiring.secret), now)).not.toBeNull();
		expect(await authenticate(test.db, bearerEvent(expiring.secret), new Date(now.getTime() + 61_000))).toBeNull();

		const strangers = await tokens.create(test.db, { user_id: stranger.id, name: 'x', scopes: ['read'], expires_at: null }, now);
		await test.db.updateTable('users').set({ disabled: true }).where('id', '=', stranger.id).execute();
		expect(await authenticate(test.db, bearerEvent(strangers.secret), now)).toBeNull();
		await test.db.updateTable('users').set({ disabled: false }).where('id', '=', stranger.id).execute();
	});

	it('an unknown or malformed bearer is nobody, not a fallback to the cookie', async () => {
		expect(await authenticate(test.db, bearerEvent('atlas_unknown'), new Date())).toBeNull();
		expect(await authenticate(test.db, bearerEvent("' or 1=1 --"), new Date())).toBeNull();
	});
});

describe('/api/tokens', () => {
	function call<E>(handler: (event: E) => Response | Promise<Response>, user: AuthUser, request: Parameters<typeof fakeEvent>[0]) {
		const event = fakeEvent(request);
		event.locals.user = user;
		return handler(event as E);
	}

	it('creates a token whose secret appears once, lists tokens without secrets, and revokes only one’s own', async () => {
		const created = await call(createToken, owner, {
			routeId: '/api/tokens',
			path: '/api/tokens',
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'nightly export', scopes: ['read', 'write'], expires_in_days: 30 })
		});
		expect(created.status).toBe(201);
		const { data } = (await created.json()) as { data: { id: number; token: string; scopes: string[]; expires_at: string } };
		expect(data.token).toMatch(/^atlas_/);
		expect(data.scopes).toEqual(['read', 'write']);

		const listed = await call(listTokens, owner, { routeId: '/api/tokens', path: '/api/tokens' });
		const listText = await listed.text();
		expect(listText).toContain('nightly export');
		expect(listText).not.toContain(data.token);

		const byStranger = await call(revokeToken, stranger, { routeId: '/api/tokens/[id]', path: `/api/tokens/${data.id}`, method: 'DELETE', params: { id: String(data.id) } });
		expect(byStranger.status).toBe(404);
		const byOwner = await call(revokeToken, owner, { routeId: '/api/tokens/[id]', path: `/api/tokens/${data.id}`, method: 'DELETE', params: { id: String(data.id) } });
		expect(byOwner.status).toBe(204);
	});

	it('rejects malformed requests with the parameter named', async () => {
		const bad = await call(createToken, owner, {
			routeId: '/api/tokens',
			path: '/api/tokens',
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'x', scopes: ['admin'] })
		});
		expect(bad.status).toBe(400);
		expect(((await bad.json()) as { error: { parameter: string } }).error.parameter).toBe('scopes');
		const injected = await call(revokeToken, owner, { routeId: '/api/tokens/[id]', path: '/api/tokens/1%20or%201=1', method: 'DELETE', params: { id: '1 or 1=1' } });
		expect(injected.status).toBe(400);
	});
});

describe('token lifetime', () => {
	it(`expires after ${tokens.DEFAULT_EXPIRY_DAYS} days when no expiry is asked for`, async () => {
		const event = fakeEvent({
			routeId: '/api/tokens',
			path: '/api/tokens',
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'no expiry given' })
		});
		event.locals.user = owner;
		const before = Date.now();
		const created = await createToken(event as Parameters<typeof createToken>[0]);
		const { data } = (await created.json()) as { data: { expires_at: string | null } };
		expect(data.expires_at).not.toBeNull();
		const days = (Date.parse(data.expires_at ?? '') - before) / 86_400_000;
		expect(days).toBeGreaterThan(tokens.DEFAULT_EXPIRY_DAYS - 0.01);
		expect(days).toBeLessThan(tokens.DEFAULT_EXPIRY_DAYS + 0.01);
	});

	it('are revoked when an administrator resets the password, changes the role or disables the account', async () => {
		const admin = asSession(await createUser(test.db, 'token-admin', 'admin'));
		const context = { actor: admin, now: new Date(), client_address: '192.0.2.9' };
		const cases: [string, (id: number) => Promise<accounts.AccountResult>][] = [
			['reset', (id) => accounts.resetPassword(test.db, { id, password: 'another long passphrase here' }, context)],
			['role', (id) => accounts.changeRole(test.db, { id, role: 'planner', police_service_id: null }, context)],
			['disable', (id) => accounts.setDisabled(test.db, { id, disabled: true }, context)]
		];
		for (const [name, change] of cases) {
			const user = await createUser(test.db, `token-${name}`, 'viewer');
			const issued = await tokens.create(test.db, { user_id: user.id, name, scopes: ['read'], expires_at: null }, context.now);
			expect(await authenticate(test.db, bearerEvent(issued.secret), context.now)).not.toBeNull();
			expect(await change(user.id)).toMatchObject({ ok: true });
			if (name === 'disable') await accounts.setDisabled(test.db, { id: user.id, disabled: false }, context);
			expect(await authenticate(test.db, bearerEvent(issued.secret), context.now), name).toBeNull();
			const [row] = await tokens.listFor(test.db, user.id);
			expect(row?.revoked_at, name).toEqual(context.now);
		}
	});

	it('the administrator sees every account’s tokens with created, last used and expiry, never a secret', async () => {
		const now = new Date();
		const issued = await tokens.create(test.db, { user_id: stranger.id, name: 'stranger script', scopes: ['read'], expires_at: new Date(now.getTime() + 86_400_000) }, now);
		await authenticate(test.db, bearerEvent(issued.secret), now);
		const event = fakeEvent({ routeId: '/admin/users', path: '/admin/users' });
		const page = (await adminUsersLoad(event as Parameters<typeof adminUsersLoad>[0])) as { tokens: { name: string; username: string; last_used_utc: string | null; expires_utc: string | null; created_utc: string | null }[] };
		const shown = page.tokens.find((token) => token.name === 'stranger script');
		expect(shown).toMatchObject({ username: 'token-stranger', created_utc: expect.any(String), last_used_utc: expect.any(String), expires_utc: expect.any(String) });
		expect(JSON.stringify(page)).not.toContain(issued.secret);
	});
});
