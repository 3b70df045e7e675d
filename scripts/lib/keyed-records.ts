/**
 * Indexes CSV records by a key column, reporting blank and duplicate keys with their row number
 * (1-based data row, header excluded) so a failing build names the offending line.
 */
import type { CsvRecord } from './csv';

export interface KeyedRecords {
	byKey: Map<string, CsvRecord>;
	problems: string[];
}

export function indexRecords(records: readonly CsvRecord[], keyColumn: string, label: string): KeyedRecords {
	const byKey = new Map<string, CsvRecord>();
	const rowByKey = new Map<string, number>();
	const problems: string[] = [];
	records.forEach((record, index) => {
		const row = index + 1;
		const key = record[keyColumn]?.trim() ?? '';
		const first = rowByKey.get(key);
		if (key === '') problems.push(`${label} row ${row}: empty ${keyColumn}`);
		else if (first !== undefined) problems.push(`${label} row ${row}: duplicate ${keyColumn} ${key} (first at row ${first})`);
		else {
			byKey.set(key, record);
			rowByKey.set(key, row);
		}
	});
	return { byKey, problems };
}
