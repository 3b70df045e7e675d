/**
 * Sign-in throttling (OWASP Authentication Cheat Sheet, "Protect against automated attacks";
 * ASVS 4.0 V2.2.1). Failed attempts are kept in login_attempts and counted over a sliding
 * 15-minute window:
 * - per account name: 5 failures since its last success lock it, whether or not the account
 *   exists (so a lockout message reveals nothing about which usernames are real);
 * - per client address: 20 failures lock every sign-in from that address (password spraying).
 * A lock lifts by itself when enough failures leave the window; attempts while locked are not
 * counted, so a locked-out user is not kept out forever by an attacker's retries.
 */
import { sql, type Transaction } from 'kysely';
import type { AtlasDb } from '../db/client';
import type { Database } from '../db/schema';

type Db = AtlasDb | Transaction<Database>;

export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type LockState = { locked: false } | { locked: true; scope: 'account' | 'address'; until: Date };

export interface Attempt {
	username: string;
	client_address: string;
}

export async function record(db: Db, attempt: Attempt & { succeeded: boolean }, now: Date): Promise<void> {
	await db.insertInto('login_attempts').values({ ...attempt, at: now }).execute();
}

export async function check(db: Db, attempt: Attempt, now: Date): Promise<LockState> {
	const windowStart = new Date(now.getTime() - LOCKOUT_WINDOW_MS);
	const accountFailures = await db
		.selectFrom('login_attempts')
		.select('at')
		.where('username', '=', attempt.username)
		.where('succeeded', '=', false)
		.where('at', '>', windowStart)
		.where('at', '<=', now)
		.where(
			'at',
			'>',
			sql<Date>`coalesce((select max(at) from login_attempts where username = ${attempt.username} and succeeded), '-infinity')`
		)
		.orderBy('at', 'desc')
		.limit(MAX_FAILURES_PER_ACCOUNT)
		.execute();
	const account = lockFrom(accountFailures, MAX_FAILURES_PER_ACCOUNT);
	if (account) return { locked: true, scope: 'account', until: account };

	const addressFailures = await db
		.selectFrom('login_attempts')
		.select('at')
		.where('client_address', '=', attempt.client_address)
		.where('succeeded', '=', false)
		.where('at', '>', windowStart)
		.where('at', '<=', now)
		.orderBy('at', 'desc')
		.limit(MAX_FAILURES_PER_ADDRESS)
		.execute();
	const address = lockFrom(addressFailures, MAX_FAILURES_PER_ADDRESS);
	return address ? { locked: true, scope: 'address', until: address } : { locked: false };
}

/** With `limit` failures in the window, the lock lifts when the oldest of them leaves it. */
function lockFrom(failures: { at: Date }[], limit: number): Date | null {
	const oldest = failures[limit - 1];
	return oldest ? new Date(oldest.at.getTime() + LOCKOUT_WINDOW_MS) : null;
}
