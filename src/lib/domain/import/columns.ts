/**
 * The columns of each import kind, as its file in kinds/ declares them: the English header (used
 * by templates), the accepted French header, the cell type and whether the column is part of the
 * natural key, required or optional. Templates, the data dictionary page, the OpenAPI description
 * and the validators all read these. Headers are matched after normalisation (headers.ts): case,
 * accents, spaces and hyphens do not matter, so "Période" matches `periode`.
 */
import type { ColumnSpec } from './kind';
import { IMPORT_KINDS, kindSpec, type ImportKind } from './kinds';

/** Every kind's columns, in registry order. */
export const COLUMNS = Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, kindSpec(kind).columns])) as Readonly<Record<ImportKind, readonly ColumnSpec[]>>;

/**
 * The columns a template offers: every column of the kind. A quarter template carries the other
 * half's columns too (optional, all or none per row), so one filled-in template can report a
 * quarter that is not stored yet; a caseload row that leaves capacity empty takes it from the
 * unit's latest quarter (plausibility.ts), which the preview states.
 */
export function templateColumns(kind: ImportKind): ColumnSpec[] {
	return [...kindSpec(kind).columns];
}

/** The natural key's columns, and those that also tell two rows of one file apart (a roster member's period). */
export function keyColumns(kind: ImportKind): string[] {
	const spec = kindSpec(kind);
	return spec.columns
		.filter((column) => column.presence === 'key')
		.map((column) => column.name)
		.concat(spec.moreKeyColumns ?? []);
}

export function columnSpec(kind: ImportKind, name: string): ColumnSpec | undefined {
	return kindSpec(kind).columns.find((column) => column.name === name);
}
