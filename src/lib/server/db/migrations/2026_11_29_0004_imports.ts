import { sql, type Kysely } from 'kysely';

/**
 * Data imports (issue 9): each import and its preview, the previous value of every row it wrote
 * (so a rollback restores exactly what was there), per-half provenance of ice_quarter rows, and
 * the Project P roster the roster import fills.
 *
 * ice_quarter holds capacity and caseload in one row. A file may bring only one half, so each
 * half records the import it came from (capacity_import_id, caseload_import_id; null = the
 * seed's illustrative figures). The row's `illustrative` turns false as soon as either half is
 * imported, so the seed, which only overwrites illustrative rows, never overwrites imported
 * figures; `source` then names what each half is (domain/import/quarter-source.ts).
 *
 * The roster tables belong to Project P: the Project P feature reads and extends them rather than
 * creating its own (data/README.md, "Importing real figures").
 * SQL stays compatible with PostgreSQL 15.
 */
// Kysely migrations are typed against Kysely<any> on purpose: they must not depend on today's schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('data_import')
		.addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
		.addColumn('kind', 'text', (c) =>
			c.notNull().check(sql`kind in ('capacity', 'caseload', 'funding', 'children', 'jurisdiction', 'roster')`)
		)
		// 'preview': checked, not applied (content kept until committed or expired); 'committed'; 'rolled_back'.
		.addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('preview', 'committed', 'rolled_back')`))
		.addColumn('file_name', 'text', (c) => c.notNull().check(sql`char_length(file_name) between 1 and 255`))
		.addColumn('file_format', 'text', (c) => c.notNull().check(sql`file_format in ('csv', 'xlsx')`))
		.addColumn('checksum', 'text', (c) => c.notNull().check(sql`checksum ~ '^[0-9a-f]{64}$'`))
		.addColumn('byte_size', 'integer', (c) => c.notNull().check(sql`byte_size >= 0`))
		.addColumn('row_count', 'integer', (c) => c.notNull())
		.addColumn('new_count', 'integer', (c) => c.notNull())
		.addColumn('changed_count', 'integer', (c) => c.notNull())
		.addColumn('unchanged_count', 'integer', (c) => c.notNull())
		// No ON DELETE action: an account that imported is disabled, never deleted.
		.addColumn('user_id', 'integer', (c) => c.references('users.id'))
		.addColumn('username', 'text', (c) => c.notNull())
		// The chief's service for a chief's import (history is filtered by it); null for planners.
		.addColumn('police_service_id', 'text', (c) => c.references('police_service.id'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('committed_at', 'timestamptz')
		.addColumn('rolled_back_at', 'timestamptz')
		.addColumn('rolled_back_by', 'text')
		.addColumn('content', 'bytea')
		.addCheckConstraint('data_import_preview_content', sql`(status = 'preview') = (content is not null)`)
		.addCheckConstraint('data_import_committed_at', sql`(status = 'preview') = (committed_at is null)`)
		.execute();
	await db.schema.createIndex('data_import_status_idx').on('data_import').columns(['status', 'created_at']).execute();

	// One row per table row an import wrote, in the order written: its previous values (`before`,
	// null = the row was new) and a SHA-256 of what was written (`after_digest`), enough to tell at
	// rollback whether a later change touched the row. A digest rather than the values keeps the log
	// of a 50,000-row import small.
	await db.schema
		.createTable('import_change')
		.addColumn('import_id', 'integer', (c) => c.notNull().references('data_import.id').onDelete('cascade'))
		.addColumn('seq', 'integer', (c) => c.notNull())
		.addColumn('table_name', 'text', (c) => c.notNull())
		.addColumn('key', 'jsonb', (c) => c.notNull())
		.addColumn('before', 'jsonb')
		.addColumn('after_digest', 'text', (c) => c.notNull().check(sql`after_digest ~ '^[0-9a-f]{64}$'`))
		.addPrimaryKeyConstraint('import_change_pk', ['import_id', 'seq'])
		.execute();

	await db.schema
		.alterTable('ice_quarter')
		.addColumn('capacity_import_id', 'integer', (c) => c.references('data_import.id'))
		.addColumn('caseload_import_id', 'integer', (c) => c.references('data_import.id'))
		.execute();

	await db.schema
		.createTable('project_p_member')
		// The OPP's own staff code, so files from different months match the same person.
		.addColumn('id', 'text', (c) => c.primaryKey().check(sql`id ~ '^[A-Z0-9][A-Z0-9._-]{0,31}$'`))
		.addColumn('name', 'text', (c) => c.notNull().check(sql`char_length(name) between 1 and 100`))
		.addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('detective', 'forensic_examiner')`))
		.addColumn('home_region', 'text', (c) =>
			c.notNull().check(sql`home_region in ('West', 'Central', 'East', 'North East', 'North West')`)
		)
		.addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
		.execute();

	await db.schema
		.createTable('project_p_availability')
		// No cascade: rolling back the import that created a member fails while later rows still need them.
		.addColumn('member_id', 'text', (c) => c.notNull().references('project_p_member.id'))
		.addColumn('period', 'text', (c) => c.notNull().check(sql`period ~ '^[0-9]{4}-Q[1-4]$'`))
		// Share of a full-time member available for Project P work in the quarter.
		.addColumn('fte', 'numeric(3, 2)', (c) => c.notNull().check(sql`fte >= 0 and fte <= 1`))
		.addPrimaryKeyConstraint('project_p_availability_pk', ['member_id', 'period'])
		.execute();
	await db.schema.createIndex('project_p_availability_period_idx').on('project_p_availability').column('period').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('project_p_availability').execute();
	await db.schema.dropTable('project_p_member').execute();
	await db.schema.alterTable('ice_quarter').dropColumn('capacity_import_id').dropColumn('caseload_import_id').execute();
	await db.schema.dropTable('import_change').execute();
	await db.schema.dropTable('data_import').execute();
}
