/**
 * Reading and writing the tables imports write, for every kind alike: each kind declares its
 * tables (natural key, the columns an import may change — their previous values are kept in
 * import_change — and read-only columns the checks need) in its file under domain/import/kinds.
 * Reads and writes go through json_to_recordset so thousands of rows travel as one parameter per
 * statement (json, not jsonb: the text is read once, without building a binary document first).
 */
import { createHash } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import { IMPORT_KINDS, kindSpec } from '../../domain/import/kinds';
import type { PgType, RowValues, TableSpec } from '../../domain/import/storage';
import type { AtlasDb } from '../db/client';

/** A table an import writes: any table a kind of the registry declares. */
export type ImportTable = string;

/** Every table a kind writes, by name; two kinds that share a table (capacity, caseload) declare the same one. */
const TABLES: ReadonlyMap<string, TableSpec> = (() => {
	const tables = new Map<string, TableSpec>();
	for (const kind of IMPORT_KINDS) {
		for (const table of kindSpec(kind).storage.tables) {
			const known = tables.get(table.name);
			if (known !== undefined && known !== table) throw new Error(`import table ${table.name} is declared twice, differently`);
			tables.set(table.name, table);
		}
	}
	return tables;
})();

export function tableSpec(table: ImportTable): TableSpec {
	const spec = TABLES.get(table);
	if (spec === undefined) throw new Error(`no import kind declares the table ${table}`);
	return spec;
}

const CHUNK = 5_000;

function chunks<T>(items: readonly T[]): T[][] {
	const result: T[][] = [];
	for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
	return result;
}

function recordset(columns: Readonly<Record<string, PgType>>, rows: readonly RowValues[]): RawBuilder<unknown> {
	const definition = sql.join(Object.entries(columns).map(([name, type]) => sql`${sql.ref(name)} ${sql.raw(type)}`));
	return sql`json_to_recordset(${JSON.stringify(rows)}::json) as x(${definition})`;
}

const refs = (names: readonly string[], prefix?: string) => sql.join(names.map((name) => sql.ref(prefix ? `${prefix}.${name}` : name)));
const keyMatch = (table: string, keys: readonly string[]) =>
	sql.join(keys.map((key) => sql`${sql.ref(`${table}.${key}`)} = ${sql.ref(`x.${key}`)}`), sql` and `);

/** The stored rows (keys, tracked and read-only columns) for the given keys; absent keys are not stored. */
export async function fetchRows(db: AtlasDb, table: ImportTable, keys: readonly RowValues[]): Promise<RowValues[]> {
	const spec = tableSpec(table);
	const keyNames = Object.keys(spec.keys);
	const columns = [...keyNames, ...Object.keys(spec.tracked), ...Object.keys(spec.readOnly ?? {})];
	const found: RowValues[] = [];
	for (const batch of chunks(keys)) {
		const result = await sql<RowValues>`
			select ${refs(columns, 't')} from ${sql.table(table)} as t
			join ${recordset(spec.keys, batch)} on ${keyMatch('t', keyNames)}`.execute(db);
		// One by one: spreading a very large result into push() overflows the call stack.
		for (const item of result.rows) found.push(item);
	}
	return found;
}

/** Writes rows (keys and tracked columns): insert-or-update for insertable tables, update otherwise. */
export async function writeRows(
	db: AtlasDb,
	table: ImportTable,
	rows: readonly RowValues[],
	afterBatch?: (written: number) => void | Promise<void>
): Promise<void> {
	const spec = tableSpec(table);
	const keyNames = Object.keys(spec.keys);
	const tracked = Object.keys(spec.tracked);
	const all = { ...spec.keys, ...spec.tracked };
	for (const batch of chunks(rows)) {
		if (spec.insertable) {
			await sql`
				insert into ${sql.table(table)} (${refs([...keyNames, ...tracked])})
				select ${refs([...keyNames, ...tracked], 'x')} from ${recordset(all, batch)}
				on conflict (${refs(keyNames)}) do update set
				${sql.join(tracked.map((c) => sql`${sql.ref(c)} = ${sql.ref(`excluded.${c}`)}`))}`.execute(db);
		} else {
			await sql`
				update ${sql.table(table)} as t set ${sql.join(tracked.map((c) => sql`${sql.ref(c)} = ${sql.ref(`x.${c}`)}`))}
				from ${recordset(all, batch)} where ${keyMatch('t', keyNames)}`.execute(db);
		}
		await afterBatch?.(batch.length);
	}
}

/** Deletes rows by key (a rollback removing rows an import created). */
export async function deleteRows(db: AtlasDb, table: ImportTable, keys: readonly RowValues[]): Promise<void> {
	const spec = tableSpec(table);
	for (const batch of chunks(keys)) {
		await sql`delete from ${sql.table(table)} as t using ${recordset(spec.keys, batch)} where ${keyMatch('t', Object.keys(spec.keys))}`.execute(db);
	}
}

/** The key and tracked columns of a row, in the table's column order (for snapshots). */
export function pick(table: ImportTable, row: RowValues, part: 'keys' | 'tracked'): RowValues {
	const picked: RowValues = {};
	for (const column of Object.keys(tableSpec(table)[part])) picked[column] = row[column] ?? null;
	return picked;
}

/** Two rows (picked in the table's column order) hold the same values. */
export function sameRow(a: RowValues | null, b: RowValues | null): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** SHA-256 hex of a row's values, picked in the table's column order (what import_change keeps of a write). */
export function rowDigest(tracked: RowValues): string {
	return createHash('sha256').update(JSON.stringify(tracked)).digest('hex');
}
