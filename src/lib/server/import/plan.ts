/**
 * From a file's valid rows to table rows: load what is stored for every key the file names
 * (one query per table), let the domain classify the rows (diff.ts), then list the table rows to
 * write with their previous values — only rows whose values actually change, so importing the
 * same file twice writes nothing.
 */
import { kindSpec, type ImportKind, type StoredByKind } from '../../domain/import/kinds';
import { recordKey, type FileRow } from '../../domain/import/records';
import type { RowDiff } from '../../domain/import/diff';
import type { Lookup, Origin, RowValues } from '../../domain/import/storage';
import type { StoredRows } from '../../domain/import/stored';
import type { AtlasDb } from '../db/client';
import { fetchRows, pick, sameRow, tableSpec, type ImportTable } from './tables';

export interface StoredState {
	lookup: Lookup;
	/** Every stored row found, by table. */
	rows: ReadonlyMap<ImportTable, readonly RowValues[]>;
}

export interface RowChange {
	/** The file row it comes from (the first, when several rows touch one table row). */
	row: number;
	table: ImportTable;
	key: RowValues;
	/** Tracked columns before; null when the import creates the row. */
	before: RowValues | null;
	after: RowValues;
}

const keyText = (table: ImportTable, row: RowValues) => JSON.stringify(pick(table, row, 'keys'));

export async function loadStored<K extends ImportKind>(db: AtlasDb, kind: K, rows: readonly FileRow<K>[]): Promise<StoredState> {
	const wanted = new Map<ImportTable, Map<string, RowValues>>();
	for (const { record } of rows) {
		for (const { table, row } of kindSpec(kind).storage.keysOf(record)) {
			const keys = wanted.get(table) ?? new Map<string, RowValues>();
			keys.set(keyText(table, row), pick(table, row, 'keys'));
			wanted.set(table, keys);
		}
	}
	const found = new Map<ImportTable, Map<string, RowValues>>();
	const all = new Map<ImportTable, RowValues[]>();
	for (const [table, keys] of wanted) {
		const stored = await fetchRows(db, table, [...keys.values()]);
		found.set(table, new Map(stored.map((row) => [keyText(table, row), row])));
		all.set(table, stored);
	}
	return { lookup: (table, key) => found.get(table)?.get(keyText(table, key)), rows: all };
}

/** The domain's view of the stored rows, by record key. */
export function storedRows<K extends ImportKind>(kind: K, rows: readonly FileRow<K>[], state: StoredState): StoredRows<K> {
	const result = new Map<string, StoredByKind[K]>();
	for (const { record } of rows) {
		const stored = kindSpec(kind).storage.storedOf(record, state.lookup);
		if (stored !== undefined) result.set(recordKey(kind, record), stored);
	}
	return result;
}

export function planChanges<K extends ImportKind>(kind: K, diffs: readonly RowDiff<K>[], state: StoredState, origin: Origin): RowChange[] {
	const planned = new Map<string, RowChange>();
	for (const diff of diffs) {
		if (diff.status === 'unchanged') continue;
		for (const { table, row } of kindSpec(kind).storage.rowsOf(diff.row.record, state.lookup, origin)) {
			const id = `${table}:${keyText(table, row)}`;
			if (planned.has(id)) continue; // a roster member repeated on several rows: same values (validated)
			const stored = state.lookup(table, row);
			const before = stored ? pick(table, stored, 'tracked') : null;
			const after = pick(table, row, 'tracked');
			if (!sameRow(before, after)) planned.set(id, { row: diff.row.row, table, key: pick(table, row, 'keys'), before, after });
		}
	}
	// In the kind's table order (a member before their availability); rollbacks reverse it.
	const order = kindSpec(kind).storage.tables.map((table) => table.name);
	return [...planned.values()].sort((a, b) => order.indexOf(a.table) - order.indexOf(b.table));
}

/** One changed value, as the preview shows it: before → after, by file row and column. */
export interface ValueChange {
	row: number;
	/** The table row's key, e.g. "toronto, 2025-Q1". */
	key: string;
	column: string;
	/** null: the row is new. */
	before: string | number | boolean | null;
	after: string | number | boolean | null;
}

/** Every changed value of the planned writes, in file order, without bookkeeping columns. */
export function valueChanges(changes: readonly RowChange[]): ValueChange[] {
	const values: ValueChange[] = [];
	for (const change of changes) {
		const key = Object.values(change.key).join(', ');
		// Columns that record where a value came from are not values a person reported.
		const bookkeeping = tableSpec(change.table).bookkeeping ?? [];
		for (const [column, after] of Object.entries(change.after)) {
			if (bookkeeping.includes(column)) continue;
			const before = change.before === null ? null : (change.before[column] ?? null);
			if (change.before !== null && before === after) continue;
			values.push({ row: change.row, key, column, before: scalar(before), after: scalar(after) });
		}
	}
	return values.sort((a, b) => a.row - b.row);
}

function scalar(value: unknown): string | number | boolean | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
	return String(value);
}

/** Ids of other imports named by stored rows (an ice_quarter row's halves), for the `source` of half-imported rows. */
export function referencedImports(state: StoredState): number[] {
	const ids = new Set<number>();
	for (const [table, rows] of state.rows) {
		const columns = tableSpec(table).importRefs ?? [];
		for (const row of rows) {
			for (const column of columns) {
				const id = row[column];
				if (typeof id === 'number') ids.add(id);
			}
		}
	}
	return [...ids];
}

