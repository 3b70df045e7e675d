/**
 * Helpers for the accounts and security tests: users of every role, signed-in sessions, and a
 * minimal SvelteKit request event to drive the same authorisation code hooks.server.ts runs.
 */
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import type { AtlasDb } from '../../src/lib/server/db/client';
import { hashPassword } from '../../src/lib/server/auth/passwords';
import * as sessions from '../../src/lib/server/auth/sessions';
import { SESSION_COOKIE } from '../../src/lib/server/auth/cookies';
import * as users from '../../src/lib/server/queries/users';
import type { Role, OppRegion } from '../../src/lib/domain/vocabulary';

export const TEST_PASSWORD = 'correct horse battery staple';

/** One hash for every test user: Argon2id is slow on purpose. */
let sharedHash: Promise<string> | null = null;

export async function createUser(
	db: AtlasDb,
	username: string,
	role: Role,
	police_service_id: string | null = null,
	opp_region: OppRegion | null = null
): Promise<users.UserRow> {
	sharedHash ??= hashPassword(TEST_PASSWORD);
	return users.insert(db, { username, display_name: `Test ${username}`, role, police_service_id, opp_region, password_hash: await sharedHash });
}

export async function signIn(db: AtlasDb, userId: number, now = new Date()): Promise<string> {
	return (await sessions.create(db, userId, now)).id;
}

/** A cookie jar with SvelteKit's Cookies interface; `set` and `delete` are recorded. */
export function cookieJar(initial: Record<string, string> = {}): Cookies & { jar: Map<string, string> } {
	const jar = new Map(Object.entries(initial));
	return {
		jar,
		get: (name) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name, value) => void jar.set(name, value),
		delete: (name) => void jar.delete(name),
		serialize: (name, value) => `${name}=${value}`
	};
}

export interface FakeRequest {
	routeId: string | null;
	path: string;
	method?: string;
	params?: Record<string, string>;
	sessionId?: string | null;
	headers?: Record<string, string>;
	body?: string;
	isDataRequest?: boolean;
	clientAddress?: string;
}

/** Enough of a RequestEvent for the handle hook's authorisation and for route handlers. */
export function fakeEvent(request: FakeRequest): RequestEvent {
	const url = new URL(request.path, 'http://localhost');
	const method = request.method ?? 'GET';
	const event = {
		url,
		route: { id: request.routeId },
		params: request.params ?? {},
		request: new Request(url, { method, headers: request.headers, body: method === 'GET' || method === 'HEAD' ? undefined : request.body }),
		cookies: cookieJar(request.sessionId ? { [SESSION_COOKIE]: request.sessionId } : {}),
		locals: { locale: 'en', user: null },
		isDataRequest: request.isDataRequest ?? false,
		getClientAddress: () => request.clientAddress ?? '192.0.2.1',
		setHeaders: () => {},
		fetch,
		platform: undefined,
		isSubRequest: false
	};
	return event as unknown as RequestEvent;
}
