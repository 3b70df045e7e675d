/**
 * CSV writing for exports: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark so Excel
 * opens French accents correctly. Cells that a spreadsheet would run as a formula (=, +, -, @) are
 * prefixed with an apostrophe (OWASP "CSV injection").
 */
export type CsvCell = string | number | boolean | null;

const BOM = '\uFEFF';

function cell(value: CsvCell): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	return BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
