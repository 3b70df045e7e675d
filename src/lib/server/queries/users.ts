/** User accounts. Password hashes are read only by `findCredentials`, for signing in. */
import type { Insertable, Selectable, Transaction, Updateable } from 'kysely';
import type { AtlasDb } from '../db/client';
import type { Database, UsersTable } from '../db/schema';

type Db = AtlasDb | Transaction<Database>;

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

type User = Selectable<UsersTable>;
/** A user as pages, the API and audit entries may see it: no password hash. */
export type UserRow = Pick<User, (typeof PUBLIC_COLUMNS)[number]>;
export type UserCredentials = Pick<User, 'id' | 'username' | 'display_name' | 'role' | 'police_service_id' | 'opp_region' | 'disabled' | 'password_hash'>;

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

export type NewUser = Pick<Insertable<UsersTable>, 'username' | 'display_name' | 'role' | 'police_service_id' | 'opp_region' | 'password_hash'>;

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

export type UserChanges = Pick<
	Updateable<UsersTable>,
	| 'display_name'
	| 'role'
	| 'police_service_id'
	| 'opp_region'
	| 'password_hash'
	| 'password_changed_at'
	| 'disabled'
	| 'failed_login_count'
	| 'last_failed_login_at'
	| 'last_login_at'
>;

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
