import { sql, type Kysely } from 'kysely';

/**
 * Which kinds can be imported is said once, by the registry of import kinds in the code: the
 * check on `data_import.kind` no longer lists them (a second list that every new kind had to
 * extend by migration), it only keeps the value a plain identifier. The application writes a kind
 * only after checking it against the registry.
 */
const NINE_KINDS = ['capacity', 'caseload', 'funding', 'children', 'jurisdiction', 'roster', 'prevention', 'training', 'registry'];

// Kysely migrations are typed against Kysely<any> on purpose: they must not depend on today's schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await sql`alter table data_import drop constraint data_import_kind_check`.execute(db);
	await sql`alter table data_import add constraint data_import_kind_check check (kind ~ '^[a-z][a-z_]{0,31}$')`.execute(db);
}

// Refused while an import of a later kind is recorded (the narrower check fails): roll back and delete those first.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await sql`alter table data_import drop constraint data_import_kind_check`.execute(db);
	await sql`alter table data_import add constraint data_import_kind_check check (kind in (${sql.join(NINE_KINDS.map((kind) => sql.lit(kind)))}))`.execute(db);
}
