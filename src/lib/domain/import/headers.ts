/**
 * Reading a file's header row: each cell is matched to a column of the kind by its English or
 * French name (or an older alias) after normalisation, so `Renvois reçus`, `renvois_recus` and
 * `RENVOIS-RECUS` are the same column. Unknown, repeated and missing columns are issues on
 * row `headerRow`, all of them at once.
 */
import type { ColumnSpec } from './kind';
import { kindSpec, type ImportKind } from './kinds';
import type { ImportIssue } from './issues';
import { foldText } from './vocabulary';

export interface ResolvedHeader {
	/** For each cell of the header row, its column (null: an empty header cell or an issue). */
	columns: (ColumnSpec | null)[];
	/** The header as written in the file, per column name, so messages name what the user sees. */
	labels: Map<string, string>;
	/** Positions of unknown or repeated columns: reported once at the header, their cells ignored. */
	ignored: Set<number>;
}

/** Lowercase, without accents, with runs of spaces, hyphens and dots turned into one underscore. */
export function normaliseHeader(text: string): string {
	return foldText(text)
		.replace(/[\s\-.]+/g, '_')
		.replace(/[^a-z0-9_]/g, '');
}

/** Resolves the header row; its issues go to `report` as they are found (a collector that caps them). */
export function resolveHeader(kind: ImportKind, cells: readonly string[], headerRow: number, report: (issue: ImportIssue) => void): ResolvedHeader {
	const byName = new Map<string, ColumnSpec>();
	for (const column of kindSpec(kind).columns) {
		byName.set(normaliseHeader(column.name), column);
		byName.set(normaliseHeader(column.french), column);
		for (const alias of column.aliases ?? []) byName.set(normaliseHeader(alias), column);
	}
	const columns: (ColumnSpec | null)[] = [];
	const labels = new Map<string, string>();
	const ignored = new Set<number>();
	cells.forEach((cell, index) => {
		const label = cell.trim();
		if (label === '') {
			columns.push(null);
			return;
		}
		const column = byName.get(normaliseHeader(label));
		if (!column) {
			report({ row: headerRow, column: label, value: label, code: 'unknown_column', params: { kind } });
			ignored.add(index);
			columns.push(null);
		} else if (labels.has(column.name)) {
			report({ row: headerRow, column: label, value: label, code: 'duplicate_column', params: { position: index + 1 } });
			ignored.add(index);
			columns.push(null);
		} else {
			labels.set(column.name, label);
			columns.push(column);
		}
	});
	for (const column of kindSpec(kind).columns) {
		if (column.presence !== 'optional' && !labels.has(column.name)) {
			report({ row: headerRow, column: column.name, value: '', code: 'missing_column', params: { french: column.french } });
		}
	}
	return { columns, labels, ignored };
}
