/**
 * How a kind's records map onto table rows, as data and pure functions: the tables it writes
 * (natural key, the columns an import may change and a rollback restores, read-only columns its
 * checks need), which table rows a record touches, what the domain sees as stored
 * (stored.ts), and the rows an import writes. The server (server/import/tables.ts) turns these
 * into SQL for every kind alike. Imported rows lose the illustrative flag and name their import
 * in `source`.
 */

export type PgType = 'text' | 'integer' | 'bigint' | 'numeric' | 'boolean';

export interface TableSpec {
	name: string;
	keys: Readonly<Record<string, PgType>>;
	/** Columns an import writes and a rollback restores. */
	tracked: Readonly<Record<string, PgType>>;
	/** Columns read for checks only (community.population). */
	readOnly?: Readonly<Record<string, PgType>>;
	/** False: rows always exist (one per CSD, from the seed); imports only update them. */
	insertable: boolean;
	/** Tracked columns that record where a value came from, not a value a person reported (left out of the preview). */
	bookkeeping?: readonly string[];
	/** Tracked columns naming another import, whose label the rows' `source` may quote. */
	importRefs?: readonly string[];
}

export type Scalar = string | number | boolean | null;
export type RowValues = Record<string, Scalar>;

export interface TableRow {
	table: string;
	/** Keys and (for writes) tracked columns. */
	row: RowValues;
}

/** Stored rows by table and key. */
export type Lookup = (table: string, key: RowValues) => RowValues | undefined;

export interface Origin {
	importId: number;
	/** `import #<id> <file> by <user>` for this import. */
	label: string;
	/** The label of another import (the other half of a quarter row). */
	labelOf: (importId: number) => string;
}

/** The mapping for records of type R whose stored state the domain sees as S. */
export interface KindStorage<R, S> {
	/** The tables written, in write order (a member before their availability); rollbacks reverse it. */
	tables: readonly TableSpec[];
	keysOf(record: R): TableRow[];
	storedOf(record: R, lookup: Lookup): S | undefined;
	rowsOf(record: R, lookup: Lookup, origin: Origin): TableRow[];
}

export const num = (value: unknown): number => Number(value);
export const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
export const textOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** The seed's rows are illustrative; an import flips the flag and names itself in source. */
export const FLAGGED_BOOKKEEPING = ['illustrative', 'source'] as const;
