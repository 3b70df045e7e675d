/**
 * CSV in the project's own format: UTF-8, comma-separated, one header row, LF line endings,
 * fields quoted only when they contain a comma, a quote or a line break (RFC 4180 quoting).
 */
import { parse } from 'csv-parse/sync';

export type CsvRecord = Record<string, string>;
export type CsvValue = string | number | boolean | null;

/** Parses CSV text with a header row into records keyed by column name. */
export function parseCsv(text: string): CsvRecord[] {
	return parse(text, { columns: true, skip_empty_lines: true, bom: true }) as CsvRecord[];
}

/** Checks that the records have exactly the expected columns, naming the missing ones. */
export function requireColumns(records: readonly CsvRecord[], columns: readonly string[], label: string): void {
	const first = records[0];
	if (!first) throw new Error(`${label}: no rows`);
	const missing = columns.filter((column) => !(column in first));
	if (missing.length > 0) throw new Error(`${label}: missing column(s) ${missing.join(', ')}`);
}

/** Formats rows as CSV text with the given column order; null becomes an empty field. */
export function formatCsv<Column extends string>(
	columns: readonly Column[],
	rows: readonly Readonly<Record<Column, CsvValue>>[]
): string {
	const lines = [columns.join(',')];
	for (const row of rows) lines.push(columns.map((column) => formatField(row[column])).join(','));
	return lines.join('\n') + '\n';
}

function formatField(value: CsvValue): string {
	if (value === null) return '';
	const text = String(value);
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
