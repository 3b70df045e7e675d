/** User accounts. Password hashes are read only by `findCredentials`, for signing in. */
import type { Transaction } from 'kysely';
import type { OppRegion, Role } from '$lib/domain/vocabulary';
import type { AtlasDb } from '../db/client';
import type { Database } from '../db/schema';

type Db = AtlasDb | Transaction<Database>;

/** A user as pages, the API and audit entries may see it: no password hash. */
export interface UserRow {
	id: number;
	username: string;
	display_name: string;
	role: Role;
	police_service_id: string | null;
	opp_region: OppRegion | null;
	disabled: boolean;
	failed_login_count: number;
	last_failed_login_at: Date | null;
	last_login_at: Date | null;
	password_changed_at: Date;
	created_at: Date;
}

export interface UserCredentials {
	id: number;
	username: string;
	display_name: string;
	role: Role;
	police_service_id: string | null;
	opp_region: OppRegion | null;
	disabled: boolean;
	password_hash: string;
}

const PUBLIC_COLUMNS = [
	'id',
	'username',
	'display_name',
	'role',
	'police_service_id',
	'opp_region',
	'disabled',
	'failed_login_count',
	'last_failed_login_at',
	'last_login_at',
	'password_changed_at',
	'created_at'
] as const;

export async function list(db: Db): Promise<UserRow[]> {
	return db.selectFrom('users').select(PUBLIC_COLUMNS).orderBy('username').execute();
}

export async function find(db: Db, id: number): Promise<UserRow | undefined> {
	return db.selectFrom('users').select(PUBLIC_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function findByUsername(db: Db, username: string): Promise<UserRow | undefined> {
	return db.selectFrom('users').select(PUBLIC_COLUMNS).where('username', '=', username).executeTakeFirst();
}

export async function findCredentials(db: Db, username: string): Promise<UserCredentials | undefined> {
	return db
		.selectFrom('users')
		.select(['id', 'username', 'display_name', 'role', 'police_service_id', 'opp_region', 'disabled', 'password_hash'])
		.where('username', '=', username)
		.executeTakeFirst();
}

export interface NewUser {
	username: string;
	display_name: string;
	role: Role;
	police_service_id: string | null;
	opp_region?: OppRegion | null;
	password_hash: string;
}

export async function insert(db: Db, user: NewUser): Promise<UserRow> {
	return db.insertInto('users').values(user).returning(PUBLIC_COLUMNS).executeTakeFirstOrThrow();
}

/** Inserts unless the username exists; returns the new row, or undefined when it existed. */
export async function insertIfAbsent(db: Db, user: NewUser): Promise<UserRow | undefined> {
	return db
		.insertInto('users')
		.values(user)
		.onConflict((oc) => oc.column('username').doNothing())
		.returning(PUBLIC_COLUMNS)
		.executeTakeFirst();
}

export interface UserChanges {
	display_name?: string;
	role?: Role;
	police_service_id?: string | null;
	opp_region?: OppRegion | null;
	password_hash?: string;
	password_changed_at?: Date;
	disabled?: boolean;
	failed_login_count?: number;
	last_failed_login_at?: Date | null;
	last_login_at?: Date;
}

export async function update(db: Db, id: number, changes: UserChanges, now: Date): Promise<UserRow | undefined> {
	return db
		.updateTable('users')
		.set({ ...changes, updated_at: now })
		.where('id', '=', id)
		.returning(PUBLIC_COLUMNS)
		.executeTakeFirst();
}

/** Counts a failed sign-in against an existing account (shown on the admin page). */
export async function countFailedLogin(db: Db, username: string, now: Date): Promise<void> {
	await db
		.updateTable('users')
		.set((eb) => ({ failed_login_count: eb('failed_login_count', '+', 1), last_failed_login_at: now }))
		.where('username', '=', username)
		.execute();
}

/** What an audit entry records about a user: everything but secrets and counters. */
export function auditView(row: UserRow): { [key: string]: string | boolean | null } {
	return {
		username: row.username,
		display_name: row.display_name,
		role: row.role,
		police_service_id: row.police_service_id,
		opp_region: row.opp_region,
		disabled: row.disabled
	};
}
