import { sql, type Kysely } from 'kysely';

/**
 * The strategy streams become import kinds (issue 10, item 4): `data_import.kind` accepts
 * `prevention`, `training` and `registry` beside the kinds of issue 9. The stream tables need no
 * change: imported rows set `illustrative = false` and name their import in `source`, and
 * `import_change` keeps the previous values for rollbacks. PostgreSQL named the inline check
 * `data_import_kind_check`.
 */
const KINDS = ['capacity', 'caseload', 'funding', 'children', 'jurisdiction', 'roster'];
const STREAM_KINDS = ['prevention', 'training', 'registry'];

// Kysely migrations are typed against Kysely<any> on purpose: they must not depend on today's schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function allowKinds(db: Kysely<any>, kinds: readonly string[]): Promise<void> {
	await sql`alter table data_import drop constraint data_import_kind_check`.execute(db);
	await sql`alter table data_import add constraint data_import_kind_check check (kind in (${sql.join(kinds.map((kind) => sql.lit(kind)))}))`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await allowKinds(db, [...KINDS, ...STREAM_KINDS]);
}

// Refused while a stream import is recorded (the narrower check fails): roll back and delete those first.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await allowKinds(db, KINDS);
}
