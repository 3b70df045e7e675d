/**
 * Injection-shaped input in search boxes, ids, filters and account fields is inert: it is
 * rejected by validation or reaches SQL only as a parameter, and stored text is kept verbatim
 * (Svelte escapes it when rendered). OWASP ASVS 4.0 V5.3.4.
 */
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { logIn } from '../../src/lib/server/auth/login';
import * as accounts from '../../src/lib/server/auth/accounts';
import { parseNewAccount } from '../../src/lib/server/auth/account-input';
import * as auditLog from '../../src/lib/server/queries/audit-log';
import { dateBounds, readFilters } from '../../src/routes/audit/filters';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { GET as communitiesGet } from '../../src/routes/api/communities/+server';
import { GET as communityGet } from '../../src/routes/api/communities/[csduid]/+server';
import { GET as serviceGet } from '../../src/routes/api/services/[id]/+server';
import { appDatabase } from './test-db';
import { createUser, fakeEvent, TEST_PASSWORD } from './auth-support';

const PAYLOADS = ["' or '1'='1", "'; drop table users; --", '" or ""="', '%', '_', '\\', '<script>alert(1)</script>', '${7*7}', '../../etc/passwd', '\u0000'];

const test = appDatabase();
let admin: AuthUser;

async function tablesIntact(): Promise<void> {
	const rows = await sql<{ n: number }>`select count(*)::int as n from users`.execute(test.db);
	expect(rows.rows[0]?.n).toBeGreaterThan(0);
	expect(await test.db.selectFrom('community').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual({ n: 577 });
}

beforeAll(async () => {
	const row = await createUser(test.db, 'inject-admin', 'admin');
	admin = { ...row, credential: { kind: 'session', session_hash: '0'.repeat(64) } };
});

describe('injection-shaped input is inert', () => {
	it('as a username or password at sign-in', async () => {
		for (const [i, payload] of PAYLOADS.entries()) {
			const outcome = await logIn(test.db, { username: payload, password: payload, client_address: `192.0.2.${100 + i}` }, new Date());
			expect(outcome).toEqual({ ok: false, reason: 'invalid' });
		}
		await tablesIntact();
	});

	it('as a new account’s username (rejected) or display name (kept verbatim)', async () => {
		for (const payload of PAYLOADS) {
			const form = new FormData();
			for (const [key, value] of Object.entries({ username: payload, display_name: 'x', role: 'viewer', police_service_id: '', password: TEST_PASSWORD })) form.set(key, value);
			expect(parseNewAccount(form)).toMatchObject({ ok: false, errors: { username: 'username' } });
		}
		const name = "<script>alert(1)</script>'); drop table users; --";
		const result = await accounts.create(test.db, { username: 'odd-name', display_name: name, role: 'viewer', police_service_id: null, password: TEST_PASSWORD }, { actor: admin, now: new Date(), client_address: null });
		expect(result).toMatchObject({ ok: true, user: { display_name: name } });
		await tablesIntact();
	});

	it('as a role or police service', async () => {
		const form = new FormData();
		for (const [key, value] of Object.entries({ username: 'fine-name', display_name: 'x', role: "admin' --", police_service_id: '', password: TEST_PASSWORD })) form.set(key, value);
		expect(parseNewAccount(form)).toMatchObject({ ok: false, errors: { role: 'role' } });
		const result = await accounts.create(test.db, { username: 'chief-x', display_name: 'x', role: 'chief', police_service_id: "toronto' or '1'='1", password: TEST_PASSWORD }, { actor: admin, now: new Date(), client_address: null });
		expect(result).toEqual({ ok: false, error: 'serviceUnknown' });
	});

	it('as audit-log filters (read from the URL as the audit page reads them)', async () => {
		for (const payload of PAYLOADS) {
			const params = new URLSearchParams({ actor: payload, action: payload, entity: payload, from: payload, to: payload, page: payload });
			const filters = readFilters(params);
			const rows = await auditLog.list(test.db, { actor: filters.actor, action: filters.action, entity_type: filters.entity, ...dateBounds(filters), limit: 10, offset: 0 });
			// A payload of control characters only is dropped entirely: no filter, and no error.
			if (filters.actor) expect(rows, JSON.stringify(payload)).toEqual([]);
		}
		await tablesIntact();
	});

	it('as API ids and search text', async () => {
		const get = async <E>(handler: (event: E) => Response | Promise<Response>, routeId: string, path: string, params: Record<string, string>) => {
			const event = fakeEvent({ routeId, path, params });
			event.locals.user = admin;
			return handler(event as E);
		};
		for (const payload of PAYLOADS) {
			expect((await get(communityGet, '/api/communities/[csduid]', '/api/communities/x', { csduid: `3520005${payload}` })).status).toBe(400);
			expect((await get(serviceGet, '/api/services/[id]', '/api/services/x', { id: `toronto${payload}` })).status).toBe(400);
			const search = await get(communitiesGet, '/api/communities', `/api/communities?q=${encodeURIComponent(`zz${payload}`)}`, {});
			expect(search.status).toBe(200);
			expect(((await search.json()) as { data: unknown[] }).data).toEqual([]);
		}
		await tablesIntact();
	});
});
