import { sql, type Kysely } from 'kysely';

/**
 * Settings planners may change (e.g. the coverage-gap thresholds), stored as validated JSON. A
 * missing row means "the documented defaults". Changes are audited by the accounts feature.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('setting')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('value', 'jsonb', (c) => c.notNull())
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_by', 'text')
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('setting').execute();
}
