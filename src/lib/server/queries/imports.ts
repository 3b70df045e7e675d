/**
 * Imports as records (data_import) and the rows each wrote (import_change): history, previews,
 * the change log a rollback reads, and per-dataset provenance for the screens.
 */
import { sql } from 'kysely';
import type { AtlasDb } from '../db/client';
import type { DataImportTable, JsonValue } from '../db/schema';
import type { Insertable, Selectable } from 'kysely';

export type ImportRow = Omit<Selectable<DataImportTable>, 'content'>;

const COLUMNS = [
	'id',
	'kind',
	'status',
	'file_name',
	'file_format',
	'checksum',
	'byte_size',
	'row_count',
	'new_count',
	'changed_count',
	'unchanged_count',
	'user_id',
	'username',
	'police_service_id',
	'created_at',
	'committed_at',
	'rolled_back_at',
	'rolled_back_by'
] as const;

/** A preview or a committed import as first written: every column but those the database or a rollback sets. */
export type NewImport = Required<Omit<Insertable<DataImportTable>, 'id' | 'status' | 'created_at' | 'rolled_back_at' | 'rolled_back_by'>> & {
	status: 'preview' | 'committed';
	created_at: Date;
};

export async function insert(db: AtlasDb, values: NewImport): Promise<number> {
	const row = await db.insertInto('data_import').values(values).returning('id').executeTakeFirstOrThrow();
	return row.id;
}

/** Committed and rolled-back imports, newest first; a chief's history is their service's. */
export async function list(db: AtlasDb, options: { police_service_id?: string; limit?: number } = {}): Promise<ImportRow[]> {
	return db
		.selectFrom('data_import')
		.select(COLUMNS)
		.where('status', '!=', 'preview')
		.$if(options.police_service_id !== undefined, (qb) => qb.where('police_service_id', '=', options.police_service_id ?? null))
		.orderBy('id', 'desc')
		.limit(options.limit ?? 200)
		.execute();
}

/** Locks the import's row until the transaction ends (a rollback and a commit of it cannot race). */
export async function findForUpdate(db: AtlasDb, id: number): Promise<ImportRow | undefined> {
	return db.selectFrom('data_import').select(COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findPreview(db: AtlasDb, id: number): Promise<(ImportRow & { content: Buffer }) | undefined> {
	const row = await db
		.selectFrom('data_import')
		.select([...COLUMNS, 'content'])
		.where('id', '=', id)
		.where('status', '=', 'preview')
		.executeTakeFirst();
	return row && row.content ? { ...row, content: row.content } : undefined;
}

export async function markCommitted(
	db: AtlasDb,
	id: number,
	counts: { row_count: number; new_count: number; changed_count: number; unchanged_count: number },
	now: Date
): Promise<void> {
	await db
		.updateTable('data_import')
		.set({ ...counts, status: 'committed', committed_at: now, content: null })
		.where('id', '=', id)
		.where('status', '=', 'preview')
		.executeTakeFirstOrThrow();
}

export async function markRolledBack(db: AtlasDb, id: number, by: string, now: Date): Promise<void> {
	await db.updateTable('data_import').set({ status: 'rolled_back', rolled_back_at: now, rolled_back_by: by }).where('id', '=', id).execute();
}

/** Drops previews older than `before`, and all but the newest `keep` of one user's (no file lingers). */
export async function deleteStalePreviews(db: AtlasDb, options: { before: Date; userId: number | null; keep: number }): Promise<void> {
	await db.deleteFrom('data_import').where('status', '=', 'preview').where('created_at', '<', options.before).execute();
	if (options.userId === null) return;
	const kept = db
		.selectFrom('data_import')
		.select('id')
		.where('status', '=', 'preview')
		.where('user_id', '=', options.userId)
		.orderBy('id', 'desc')
		.limit(options.keep);
	await db
		.deleteFrom('data_import')
		.where('status', '=', 'preview')
		.where('user_id', '=', options.userId)
		.where('id', 'not in', kept)
		.execute();
}

/** File names and users of imports, for the `source` text of rows that mention them. */
export async function labels(db: AtlasDb, ids: readonly number[]): Promise<Map<number, { id: number; file_name: string; username: string }>> {
	if (ids.length === 0) return new Map();
	const rows = await db.selectFrom('data_import').select(['id', 'file_name', 'username']).where('id', 'in', [...ids]).execute();
	return new Map(rows.map((row) => [row.id, row]));
}

export interface ChangeRow {
	seq: number;
	table_name: string;
	key: JsonValue;
	before: JsonValue | null;
	after_digest: string;
}

const CHANGE_CHUNK = 5_000;

/** Records what an import wrote, in order, with the previous values (one statement per 5,000 rows). */
export async function insertChanges(db: AtlasDb, importId: number, changes: readonly ChangeRow[]): Promise<void> {
	for (let start = 0; start < changes.length; start += CHANGE_CHUNK) {
		const batch = changes.slice(start, start + CHANGE_CHUNK);
		await sql`
			insert into import_change (import_id, seq, table_name, key, before, after_digest)
			select ${importId}, x.seq, x.table_name, x.key, x.before, x.after_digest
			from json_to_recordset(${JSON.stringify(batch)}::json) as x(seq integer, table_name text, key jsonb, before jsonb, after_digest text)`.execute(db);
	}
}

export async function changesOf(db: AtlasDb, importId: number): Promise<ChangeRow[]> {
	return db
		.selectFrom('import_change')
		.select(['seq', 'table_name', 'key', 'before', 'after_digest'])
		.where('import_id', '=', importId)
		.orderBy('seq')
		.execute();
}

/** The latest committed import after `importId` that wrote one of these rows, if any. */
export async function laterImportTouching(db: AtlasDb, importId: number, rows: readonly { table_name: string; key: JsonValue }[]): Promise<number | null> {
	if (rows.length === 0) return null;
	const result = await sql<{ id: number }>`
		select max(c.import_id) as id from import_change c
		join data_import i on i.id = c.import_id and i.status = 'committed'
		join jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(table_name text, key jsonb)
			on c.table_name = x.table_name and c.key = x.key
		where c.import_id > ${importId}`.execute(db);
	return result.rows[0]?.id ?? null;
}
