/**
 * Sign-in throttling (OWASP Authentication Cheat Sheet, "Protect against automated attacks" and
 * "Account lockout"; ASVS 4.0 V2.2.1). Attempts are kept in login_attempts and counted over a
 * sliding 15-minute window, in three scopes:
 * - one account from one address: 5 failures since that pair's last success;
 * - one account from any address (a distributed guess): 20 failures since its last success;
 * - one address against any account (password spraying): 20 failures.
 * The account-wide and address-wide scopes spare a pair that signed in successfully in the last 30
 * days: an attacker's address cannot lock an account for its owner signing in from elsewhere, nor
 * shut out the known users behind a shared (NAT'd) address. Unknown usernames are counted like
 * real ones, so a lockout message reveals nothing about which accounts exist.
 *
 * Backoff is exponential: at the limit the scope is locked for 1 minute after its latest failure,
 * then 2, 4, 8, up to the 15-minute window; attempts while locked are refused without being
 * counted, so an owner is not kept out for ever by someone else's retries.
 *
 * Atomicity: `reserve` takes transaction-level advisory locks on the account and the address,
 * checks, and records the attempt as a failure BEFORE the password is hashed; a success turns it
 * into a success afterwards. A parallel burst therefore sees every attempt still being verified, and
 * at most the allowed number of passwords is ever verified, across any number of app instances.
 */
import { sql, type Transaction } from 'kysely';
import type { AtlasDb } from '../db/client';
import type { Database } from '../db/schema';

type Db = AtlasDb | Transaction<Database>;

export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_CLIENT_ACCOUNT = 5;
export const MAX_FAILURES_PER_ACCOUNT = 20;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const FIRST_BACKOFF_MS = 60 * 1000;
/** A successful sign-in makes its (account, address) pair known for this long. */
export const KNOWN_PAIR_MS = 30 * 24 * 60 * 60 * 1000;

export type LockScope = 'client_account' | 'account' | 'address';
export type Locked = { locked: true; scope: LockScope; until: Date };
export type LockState = { locked: false } | Locked;

export interface Attempt {
	username: string;
	client_address: string;
}

/**
 * Checks and, when not locked, records the attempt as a failure, atomically. The caller verifies
 * the password only after `ok: true`, then calls `succeed` with the id when it matched.
 */
export async function reserve(db: AtlasDb, attempt: Attempt, now: Date): Promise<{ ok: true; id: number } | { ok: false; lock: Locked }> {
	return db.transaction().execute(async (trx) => {
		// Account first, then address, in every request: no two requests wait on each other in a cycle.
		await sql`select pg_advisory_xact_lock(hashtextextended(${`login:account:${attempt.username}`}, 0))`.execute(trx);
		await sql`select pg_advisory_xact_lock(hashtextextended(${`login:address:${attempt.client_address}`}, 0))`.execute(trx);
		const state = await check(trx, attempt, now);
		if (state.locked) return { ok: false as const, lock: state };
		const row = await trx
			.insertInto('login_attempts')
			.values({ ...attempt, succeeded: false, at: now })
			.returning('id')
			.executeTakeFirstOrThrow();
		return { ok: true as const, id: row.id };
	});
}

/** The reserved attempt's password matched. */
export async function succeed(db: Db, id: number): Promise<void> {
	await db.updateTable('login_attempts').set({ succeeded: true }).where('id', '=', id).execute();
}

export async function check(db: Db, attempt: Attempt, now: Date): Promise<LockState> {
	const windowStart = new Date(now.getTime() - LOCKOUT_WINDOW_MS);
	const failures = (scope: { username?: string; client_address?: string }, sinceSuccess: boolean, limit: number) =>
		db
			.selectFrom('login_attempts')
			.select('at')
			.$if(scope.username !== undefined, (qb) => qb.where('username', '=', scope.username ?? ''))
			.$if(scope.client_address !== undefined, (qb) => qb.where('client_address', '=', scope.client_address ?? ''))
			.where('succeeded', '=', false)
			.where('at', '>', windowStart)
			.where('at', '<=', now)
			.$if(sinceSuccess, (qb) =>
				qb.where(
					'at',
					'>',
					sql<Date>`coalesce((select max(s.at) from login_attempts s where s.username = ${attempt.username} and s.succeeded and s.at <= ${now}
						and (${scope.client_address ?? null}::text is null or s.client_address = ${scope.client_address ?? null}::text)), '-infinity')`
				)
			)
			.orderBy('at', 'desc')
			// Enough rows to see how far past the limit the scope is (each step doubles the wait).
			.limit(limit + 8)
			.execute();

	const pair = lockFrom(await failures(attempt, true, MAX_FAILURES_PER_CLIENT_ACCOUNT), MAX_FAILURES_PER_CLIENT_ACCOUNT, now);
	if (pair) return { locked: true, scope: 'client_account', until: pair };
	if (await isKnownPair(db, attempt, now)) return { locked: false };

	const account = lockFrom(await failures({ username: attempt.username }, true, MAX_FAILURES_PER_ACCOUNT), MAX_FAILURES_PER_ACCOUNT, now);
	if (account) return { locked: true, scope: 'account', until: account };
	const address = lockFrom(
		await failures({ client_address: attempt.client_address }, false, MAX_FAILURES_PER_ADDRESS),
		MAX_FAILURES_PER_ADDRESS,
		now
	);
	return address ? { locked: true, scope: 'address', until: address } : { locked: false };
}

async function isKnownPair(db: Db, attempt: Attempt, now: Date): Promise<boolean> {
	const found = await db
		.selectFrom('login_attempts')
		.select('id')
		.where('username', '=', attempt.username)
		.where('client_address', '=', attempt.client_address)
		.where('succeeded', '=', true)
		.where('at', '>', new Date(now.getTime() - KNOWN_PAIR_MS))
		.where('at', '<=', now)
		.limit(1)
		.executeTakeFirst();
	return found !== undefined;
}

/**
 * With `limit` or more failures in the window (newest first), the scope is locked until the
 * earlier of: the backoff after the newest failure, and the moment the limit-th newest failure
 * leaves the window. Null when not locked at `now`.
 */
export function lockFrom(failures: { at: Date }[], limit: number, now: Date): Date | null {
	const newest = failures[0];
	const limitTh = failures[limit - 1];
	if (!newest || !limitTh) return null;
	const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** (failures.length - limit), LOCKOUT_WINDOW_MS);
	const until = Math.min(newest.at.getTime() + backoff, limitTh.at.getTime() + LOCKOUT_WINDOW_MS);
	return until > now.getTime() ? new Date(until) : null;
}
