/**
 * Signing in and out, shared by the /login form and POST /api/session. One outcome for an unknown
 * username, a wrong password and a disabled account (OWASP Authentication Cheat Sheet,
 * "Authentication and Error Messages"), throttled per account and per address (throttle.ts), and a
 * brand-new session id at every sign-in, the previous one revoked (no session fixation).
 */
import type { AtlasDb } from '../db/client';
import * as audit from '../audit';
import * as users from '../queries/users';
import { verifyPassword } from './passwords';
import { digest } from './secrets';
import * as sessions from './sessions';
import * as throttle from './throttle';
import { toAuthUser, type AuthUser } from './user';

export interface LoginInput {
	username: string;
	password: string;
	client_address: string;
	/** The session cookie sent with the sign-in request, if any: it is revoked, never reused. */
	previous_session_id?: string | null;
}

export type LoginOutcome =
	| { ok: true; user: AuthUser; session: sessions.NewSession }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'tooLong' }
	| { ok: false; reason: 'locked'; until: Date };

const MAX_USERNAME_LENGTH = 100;
/**
 * Longer sign-in passwords are refused before any work: Argon2id's cost grows with the input
 * (a 10 MB password costs about 150 ms of CPU), and no password the atlas sets is this long.
 */
export const MAX_LOGIN_PASSWORD_LENGTH = 256;

/**
 * Usernames are case-insensitive: stored and compared lowercase. Control characters are dropped
 * (PostgreSQL text cannot hold NUL; no valid username contains them).
 */
export function normalizeUsername(username: string): string {
	return username
		.replace(/[\u0000-\u001f\u007f]/g, '')
		.trim()
		.toLowerCase()
		.slice(0, MAX_USERNAME_LENGTH);
}

export async function logIn(db: AtlasDb, input: LoginInput, now: Date): Promise<LoginOutcome> {
	if (input.password.length > MAX_LOGIN_PASSWORD_LENGTH) return { ok: false, reason: 'tooLong' };
	const attempt = { username: normalizeUsername(input.username), client_address: input.client_address };
	// Counted (as a failure until proven otherwise) before the password is hashed: see throttle.ts.
	const reserved = await throttle.reserve(db, attempt, now);
	if (!reserved.ok) return { ok: false, reason: 'locked', until: reserved.lock.until };

	const account = attempt.username ? await users.findCredentials(db, attempt.username) : undefined;
	const usable = account && !account.disabled ? account : undefined;
	const valid = await verifyPassword(usable?.password_hash ?? null, input.password);
	if (!usable || !valid) return recordFailure(db, attempt, now);

	return db.transaction().execute(async (trx) => {
		await throttle.succeed(trx, reserved.id);
		if (input.previous_session_id) await sessions.revoke(trx, input.previous_session_id, now);
		await users.update(trx, usable.id, { failed_login_count: 0, last_login_at: now }, now);
		const session = await sessions.create(trx, usable.id, now);
		await audit.record(trx, {
			actor: { id: usable.id, username: usable.username },
			action: 'session.login',
			entity_type: 'user',
			entity_id: usable.id,
			client_address: attempt.client_address,
			at: now
		});
		return { ok: true as const, user: toAuthUser(usable, { kind: 'session', session_hash: digest(session.id) }), session };
	});
}

async function recordFailure(db: AtlasDb, attempt: throttle.Attempt, now: Date): Promise<LoginOutcome> {
	return db.transaction().execute(async (trx) => {
		await users.countFailedLogin(trx, attempt.username, now);
		const lock = await throttle.check(trx, attempt, now);
		if (!lock.locked) return { ok: false as const, reason: 'invalid' as const };
		// This failure started the lockout: audit it once (ASVS 4.0 V7.2.1).
		await audit.record(trx, {
			actor: audit.ANONYMOUS_ACTOR,
			action: 'login.lockout',
			entity_type: lock.scope === 'address' ? 'client_address' : 'account',
			entity_id: lock.scope === 'address' ? attempt.client_address : attempt.username,
			after: { scope: lock.scope, until: lock.until.toISOString() },
			client_address: attempt.client_address,
			at: now
		});
		return { ok: false as const, reason: 'locked' as const, until: lock.until };
	});
}

/** Ends the current session (sign-out) and audits it. */
export async function logOut(db: AtlasDb, user: AuthUser, now: Date, clientAddress: string | null): Promise<void> {
	if (user.credential.kind !== 'session') return;
	const sessionHash = user.credential.session_hash;
	await db.transaction().execute(async (trx) => {
		await sessions.revokeByHash(trx, sessionHash, now);
		await audit.record(trx, {
			actor: audit.actorOf(user),
			action: 'session.logout',
			entity_type: 'user',
			entity_id: user.id,
			client_address: clientAddress,
			at: now
		});
	});
}
