/**
 * The data version: a number in PostgreSQL that every write to a data table replaces, in the writer's
 * own transaction, with a fresh one from a sequence (triggers, migration 2026_11_30_0001_data_version).
 * Results computed from the data can be kept as long as it has not changed, by any number of app
 * instances, each reading it itself (server/cache.ts).
 */
import { sql } from 'kysely';
import type { AtlasDb } from './db/client';

export interface DataVersion {
	/** Never reused, not even after a rollback (it comes from a sequence). */
	version: number;
	/** Keeps results from two databases apart in one process (test databases cloned from one template). */
	database: string;
}

/** The current version: one primary-key row, a fraction of a millisecond. */
export async function readDataVersion(db: AtlasDb): Promise<DataVersion> {
	const row = await db
		.selectFrom('data_version')
		.select(['version', sql<string>`current_database()`.as('database')])
		.executeTakeFirstOrThrow();
	return row;
}

/**
 * Moves the version on by hand, inside the caller's transaction, for a change the triggers cannot see
 * (data kept outside the versioned tables). Writes to the versioned tables need no call.
 */
export async function bumpDataVersion(trx: AtlasDb): Promise<number> {
	const row = await trx
		.updateTable('data_version')
		.set({ version: sql<number>`nextval('data_version_seq')`, changed_at: new Date() })
		.returning('version')
		.executeTakeFirstOrThrow();
	return row.version;
}
