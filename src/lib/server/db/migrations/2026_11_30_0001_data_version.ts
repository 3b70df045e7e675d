import { sql, type Kysely } from 'kysely';

/**
 * One counter that changes whenever anything a computation reads from the data tables changes, so
 * an app instance can keep results in memory and still agree with every other instance: it reads the
 * counter (one primary-key row) per request and recomputes only when it moved (server/cache.ts).
 *
 * The counter is bumped by statement-level triggers rather than by each write path: imports write
 * through generic table code, rollbacks replay stored changes, the seed and settings each write their
 * own way, and a trigger runs in the writer's transaction whatever the path, including paths added
 * later to these tables. A rolled-back transaction rolls its bump back with it.
 *
 * New values come from a sequence, which never hands out a number twice, not even after a rollback:
 * something computed inside a transaction that then rolled back (and so saw a version nobody else
 * ever sees) can never be mistaken for the result of a later, committed change.
 *
 * Left out on purpose: accounts, sessions, tokens, audit, import staging, allocation scenarios and
 * Project P requests. Nothing cached reads them, and they change far more often.
 */
export const VERSIONED_TABLES = [
	'police_service',
	'community',
	'jurisdiction',
	'ice_quarter',
	'strategy_funding',
	'dataset',
	'setting',
	'stream_prevention',
	'stream_training',
	'stream_registry_program',
	'stream_registry_quarter'
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await sql`create sequence data_version_seq`.execute(db);
	await db.schema
		.createTable('data_version')
		// A single row: the check pins the key, so a second row cannot be inserted.
		.addColumn('id', 'boolean', (c) => c.primaryKey().defaultTo(true).check(sql`id`))
		.addColumn('version', 'bigint', (c) => c.notNull().defaultTo(sql`nextval('data_version_seq')`))
		.addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await sql`insert into data_version default values`.execute(db);
	await sql`
		create function bump_data_version() returns trigger language plpgsql as $$
		begin
			update data_version set version = nextval('data_version_seq'), changed_at = now();
			return null;
		end
		$$`.execute(db);
	for (const table of VERSIONED_TABLES) {
		await sql`
			create trigger ${sql.id(`${table}_bumps_data_version`)}
			after insert or update or delete or truncate on ${sql.table(table)}
			for each statement execute function bump_data_version()`.execute(db);
	}
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of VERSIONED_TABLES) {
		await sql`drop trigger if exists ${sql.id(`${table}_bumps_data_version`)} on ${sql.table(table)}`.execute(db);
	}
	await sql`drop function if exists bump_data_version()`.execute(db);
	await db.schema.dropTable('data_version').execute();
	await sql`drop sequence if exists data_version_seq`.execute(db);
}
