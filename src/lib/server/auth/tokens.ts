/**
 * API tokens for scripts and other systems: `Authorization: Bearer atlas_…`. Scoped (`read` or
 * `read` + `write`), expiring (90 days unless asked otherwise), revocable by their owner, and
 * hashed at rest like session ids (OWASP REST Security Cheat Sheet; ASVS 4.0 V3.5). The secret is
 * shown once, at creation. Like sessions, they end when an administrator resets the owner's
 * password, changes their role or disables them (accounts.ts).
 */
import type { Transaction } from 'kysely';
import type { AtlasDb } from '../db/client';
import type { Database } from '../db/schema';
import * as audit from '../audit';
import { revokeLiveOf } from './revocation';
import { digest, newSecret } from './secrets';
import { toAuthUser, type AuthUser, type TokenScope } from './user';

type Db = AtlasDb | Transaction<Database>;

export const TOKEN_PREFIX = 'atlas_';
/** Characters kept in clear so an owner can tell tokens apart: the prefix and 4 more. */
const SHOWN_CHARACTERS = TOKEN_PREFIX.length + 4;
const TOUCH_INTERVAL_MS = 60 * 1000;
export const DEFAULT_EXPIRY_DAYS = 90;
export const MAX_EXPIRY_DAYS = 365;

export interface TokenRow {
	id: number;
	name: string;
	token_prefix: string;
	scopes: TokenScope[];
	created_at: Date;
	expires_at: Date | null;
	last_used_at: Date | null;
	revoked_at: Date | null;
}

const COLUMNS = ['id', 'name', 'token_prefix', 'scopes', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'] as const;

export interface NewToken {
	user_id: number;
	name: string;
	scopes: readonly TokenScope[];
	expires_at: Date | null;
}

/** Creates a token; the returned `secret` is the only copy. */
export async function create(db: Db, token: NewToken, now: Date): Promise<{ secret: string; row: TokenRow }> {
	const secret = newSecret(TOKEN_PREFIX);
	const row = await db
		.insertInto('api_tokens')
		.values({
			user_id: token.user_id,
			name: token.name,
			token_hash: digest(secret),
			token_prefix: secret.slice(0, SHOWN_CHARACTERS),
			scopes: [...new Set(token.scopes)],
			created_at: now,
			expires_at: token.expires_at
		})
		.returning(COLUMNS)
		.executeTakeFirstOrThrow();
	return { secret, row };
}

export async function listFor(db: Db, userId: number): Promise<TokenRow[]> {
	return db.selectFrom('api_tokens').select(COLUMNS).where('user_id', '=', userId).orderBy('id').execute();
}

/** Every user's tokens, for the administrator; never their secrets or digests. */
export async function listAll(db: Db): Promise<(TokenRow & { user_id: number })[]> {
	return db.selectFrom('api_tokens').select([...COLUMNS, 'user_id']).orderBy('user_id').orderBy('id').execute();
}

/** Revokes every live token of a user; returns how many. */
export async function revokeAllFor(db: Db, userId: number, now: Date): Promise<number> {
	const result = await revokeLiveOf(db, 'api_tokens', userId, now).executeTakeFirst();
	return Number(result.numUpdatedRows);
}

/** Revokes one of the user's own tokens; undefined when it is not theirs or already revoked. */
export async function revoke(db: Db, userId: number, tokenId: number, now: Date): Promise<TokenRow | undefined> {
	return db
		.updateTable('api_tokens')
		.set({ revoked_at: now })
		.where('id', '=', tokenId)
		.where('user_id', '=', userId)
		.where('revoked_at', 'is', null)
		.returning(COLUMNS)
		.executeTakeFirst();
}

/** The user behind a live token, or null when it is unknown, revoked, expired or its user disabled. */
export async function validate(db: Db, secret: string, now: Date): Promise<AuthUser | null> {
	if (!secret.startsWith(TOKEN_PREFIX)) return null;
	const row = await db
		.selectFrom('api_tokens as t')
		.innerJoin('users as u', 'u.id', 't.user_id')
		.select(['t.id as token_id', 't.scopes', 't.last_used_at', 'u.id', 'u.username', 'u.display_name', 'u.role', 'u.police_service_id', 'u.opp_region'])
		.where('t.token_hash', '=', digest(secret))
		.where('t.revoked_at', 'is', null)
		.where('u.disabled', '=', false)
		.where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', now)]))
		.executeTakeFirst();
	if (!row) return null;
	if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() >= TOUCH_INTERVAL_MS) {
		await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.token_id).execute();
	}
	return toAuthUser(row, { kind: 'token', token_id: row.token_id, scopes: row.scopes });
}

/** Who changes a token, for the audit entry. */
export interface TokenChange {
	owner: AuthUser;
	now: Date;
	client_address: string | null;
}

function auditView(row: TokenRow) {
	return { name: row.name, token_prefix: row.token_prefix, scopes: row.scopes, expires_at: row.expires_at?.toISOString() ?? null };
}

/** Creates a token for its owner, audited in the same transaction. */
export async function issue(db: AtlasDb, input: Omit<NewToken, 'user_id'>, change: TokenChange): Promise<{ secret: string; row: TokenRow }> {
	return db.transaction().execute(async (trx) => {
		const created = await create(trx, { ...input, user_id: change.owner.id }, change.now);
		await audit.record(trx, {
			actor: audit.actorOf(change.owner),
			action: 'api_token.create',
			entity_type: 'api_token',
			entity_id: created.row.id,
			after: auditView(created.row),
			client_address: change.client_address,
			at: change.now
		});
		return created;
	});
}

/** Revokes one of the owner's tokens, audited; undefined when there is no such live token of theirs. */
export async function withdraw(db: AtlasDb, tokenId: number, change: TokenChange): Promise<TokenRow | undefined> {
	return db.transaction().execute(async (trx) => {
		const row = await revoke(trx, change.owner.id, tokenId, change.now);
		if (!row) return undefined;
		await audit.record(trx, {
			actor: audit.actorOf(change.owner),
			action: 'api_token.revoke',
			entity_type: 'api_token',
			entity_id: row.id,
			before: auditView(row),
			after: { ...auditView(row), revoked_at: change.now.toISOString() },
			client_address: change.client_address,
			at: change.now
		});
		return row;
	});
}
