/** Reads the project's own seed CSVs (data/README.md) into typed records, failing with row numbers. */
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface CsvFile {
	rows: Record<string, string>[];
	checksum: string;
}

export function readCsv(file: string, requiredColumns: readonly string[]): CsvFile {
	const text = readFileSync(file, 'utf8');
	const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
	const header = rows[0] ? Object.keys(rows[0]) : [];
	const missing = requiredColumns.filter((column) => !header.includes(column));
	if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
	return { rows, checksum: createHash('sha256').update(text).digest('hex') };
}

/** Field readers: each names the file, the 1-based data row and the column when the value is wrong. */
export class RowReader {
	constructor(
		private readonly file: string,
		private readonly index: number,
		private readonly row: Record<string, string>
	) {}

	private fail(column: string, why: string): never {
		throw new Error(`${this.file}, row ${this.index + 2}, column ${column}: '${this.row[column] ?? ''}' ${why}`);
	}

	text(column: string): string {
		const value = this.row[column] ?? '';
		if (value === '') this.fail(column, 'is empty');
		return value;
	}

	optionalText(column: string): string | null {
		const value = this.row[column] ?? '';
		return value === '' ? null : value;
	}

	number(column: string): number {
		const value = Number(this.text(column));
		if (!Number.isFinite(value)) this.fail(column, 'is not a number');
		return value;
	}

	integer(column: string): number {
		const value = this.number(column);
		if (!Number.isSafeInteger(value)) this.fail(column, 'is not a whole number');
		return value;
	}

	optionalInteger(column: string): number | null {
		return (this.row[column] ?? '') === '' ? null : this.integer(column);
	}

	boolean(column: string): boolean {
		const value = this.text(column).toLowerCase();
		if (value === 'true') return true;
		if (value === 'false') return false;
		return this.fail(column, 'is not true or false');
	}

	oneOf<T extends string>(column: string, allowed: readonly T[]): T {
		const value = this.text(column);
		if (!(allowed as readonly string[]).includes(value)) this.fail(column, `is not one of ${allowed.join(', ')}`);
		return value as T;
	}
}

export function mapRows<T>(file: string, csv: CsvFile, map: (row: RowReader) => T): T[] {
	return csv.rows.map((row, index) => map(new RowReader(file, index, row)));
}
