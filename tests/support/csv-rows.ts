import { parse } from 'csv-parse/sync';

/** A CSV export as rows of cells, read the way a spreadsheet would (quotes, BOM, ragged rows). */
export function csvRows(text: string): string[][] {
	return parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
}
