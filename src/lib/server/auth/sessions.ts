/**
 * Server-side sessions (OWASP Session Management Cheat Sheet; ASVS 4.0 V3.2–V3.3):
 * - the cookie carries a random 256-bit id; the database keeps only its SHA-256 digest;
 * - a new id at every sign-in (no session fixation: an id from before sign-in is never promoted);
 * - idle expiry after 30 minutes without a request, absolute expiry 12 hours after sign-in;
 * - revocation at sign-out, and of all a user's sessions when an admin resets the password,
 *   changes the role or disables the account.
 * Every function takes `now`, so tests can move the clock.
 */
import type { Transaction } from 'kysely';
import type { AtlasDb } from '../db/client';
import type { Database } from '../db/schema';
import { revokeLiveOf } from './revocation';
import { digest, newSecret } from './secrets';
import { toAuthUser, type AuthUser } from './user';

type Db = AtlasDb | Transaction<Database>;

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most once a minute, so a page and its data request cost one write. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export interface NewSession {
	/** The secret for the cookie; not stored anywhere on the server. */
	id: string;
	expires_at: Date;
}

export async function create(db: Db, userId: number, now: Date): Promise<NewSession> {
	const id = newSecret();
	const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS);
	await db
		.insertInto('sessions')
		.values({ id_hash: digest(id), user_id: userId, created_at: now, last_seen_at: now, expires_at: expiresAt, revoked_at: null })
		.execute();
	return { id, expires_at: expiresAt };
}

/** The user behind a live session id, or null when it is unknown, revoked, expired or disabled. */
export async function validate(db: Db, sessionId: string, now: Date): Promise<AuthUser | null> {
	const idHash = digest(sessionId);
	const row = await db
		.selectFrom('sessions as s')
		.innerJoin('users as u', 'u.id', 's.user_id')
		.select(['s.last_seen_at', 'u.id', 'u.username', 'u.display_name', 'u.role', 'u.police_service_id', 'u.opp_region'])
		.where('s.id_hash', '=', idHash)
		.where('s.revoked_at', 'is', null)
		.where('u.disabled', '=', false)
		.where('s.expires_at', '>', now)
		.where('s.last_seen_at', '>', new Date(now.getTime() - IDLE_TIMEOUT_MS))
		.executeTakeFirst();
	if (!row) return null;
	if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_INTERVAL_MS) {
		await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
	}
	return toAuthUser(row, { kind: 'session', session_hash: idHash });
}

export async function revoke(db: Db, sessionId: string, now: Date): Promise<void> {
	await revokeByHash(db, digest(sessionId), now);
}

export async function revokeByHash(db: Db, idHash: string, now: Date): Promise<void> {
	await db.updateTable('sessions').set({ revoked_at: now }).where('id_hash', '=', idHash).where('revoked_at', 'is', null).execute();
}

/** Ends every session of a user; returns how many were live. */
export async function revokeAllFor(db: Db, userId: number, now: Date): Promise<number> {
	const result = await revokeLiveOf(db, 'sessions', userId, now).where('expires_at', '>', now).executeTakeFirst();
	return Number(result.numUpdatedRows);
}
