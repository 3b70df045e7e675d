/**
 * Pieces several kinds share: the key columns that recur (a police service, a quarter, a census
 * subdivision), how a row is classified against stored values, and the storage of a dataset whose
 * seed rows are illustrative until an import replaces them (the strategy streams, funding).
 */
import type { Outcome } from '../kind';
import type { StoredFigures } from '../stored';
import { FLAGGED_BOOKKEEPING, type KindStorage, type RowValues, type TableSpec } from '../storage';

export const SERVICE = { name: 'police_service_id', french: 'id_service_police', type: 'service_id', presence: 'key' } as const;
export const PERIOD = { name: 'period', french: 'periode', type: 'period', presence: 'key' } as const;
export const CSDUID = { name: 'csduid', french: 'sdridu', type: 'csduid', presence: 'key' } as const;

export function sameValues<T extends object>(a: T, b: T): boolean {
	return (Object.keys(a) as (keyof T)[]).every((key) => a[key] === b[key]);
}

export const statusOf = (isNew: boolean, changed: boolean): Outcome => ({ status: isNew ? 'new' : changed ? 'changed' : 'unchanged' });

/** A row of a flagged dataset: new, or changed when its figures differ or are still illustrative. */
export function classifyFigures<F extends object>(record: F, stored: StoredFigures<F> | undefined): Outcome {
	if (!stored) return { status: 'new' };
	// The stored figures' keys drive the comparison: the record's key columns are not figures.
	return statusOf(false, !stored.imported || !sameValues(stored.figures, record));
}

const imported = (row: RowValues) => row.illustrative === false;

/**
 * The storage of a dataset with one table row per record, whose rows carry `illustrative` and
 * `source`: the key picks the row, `figuresOf` reads what the diff compares, and the row written
 * is the record (with `extra` columns) flagged as imported.
 */
export function flaggedStorage<R extends object, F>(
	table: TableSpec,
	keyOf: (record: R) => RowValues,
	figuresOf: (row: RowValues) => F,
	extra: (record: R) => RowValues = () => ({})
): KindStorage<R, StoredFigures<F>> {
	return {
		tables: [table],
		keysOf: (r) => [{ table: table.name, row: keyOf(r) }],
		storedOf: (r, lookup) => {
			const row = lookup(table.name, keyOf(r));
			return row ? { figures: figuresOf(row), imported: imported(row) } : undefined;
		},
		rowsOf: (r, _lookup, origin) => [{ table: table.name, row: { ...(r as RowValues), ...extra(r), illustrative: false, source: origin.label } }]
	};
}

export const flaggedTable = (name: string, keys: TableSpec['keys'], figures: TableSpec['tracked']): TableSpec => ({
	name,
	keys,
	tracked: { ...figures, illustrative: 'boolean', source: 'text' },
	insertable: true,
	bookkeeping: FLAGGED_BOOKKEEPING
});
