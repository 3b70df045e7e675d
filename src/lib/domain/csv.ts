/**
 * CSV writing for exports: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark so Excel
 * opens French accents correctly. Every export goes through `toCsv`, so every cell is defused here.
 *
 * CSV injection (OWASP, "CSV Injection"): a spreadsheet runs a cell starting with = + - @, a tab or
 * a carriage return as a formula. French-locale spreadsheets split lines on `;` (and some imports
 * on tabs), so a text such as `Crown office;=1+1` becomes two cells, the second a formula. Hence
 * every part of a text cell that starts with one of those characters, at the start of the cell or
 * after a `;` or a tab (spaces before it allowed), gets a leading apostrophe, and a cell holding a
 * separator or an apostrophe-defused part is quoted. Numbers stay numbers: a negative number, as a
 * number or as the plain text of one, is left alone.
 */
export type CsvCell = string | number | boolean | null;

const BOM = '\uFEFF';

/** The plain text of a number, as a spreadsheet reads it: `-4`, `12.50`, `-0.3`. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
/** Characters that make a spreadsheet read a cell as a formula. */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
/** Where a spreadsheet may start a new cell inside our one: `;` (French locales), tabs, and line breaks for naive readers. */
const SEPARATORS = new Set([';', '\t', '\r', '\n']);

/** The text with an apostrophe before every part a spreadsheet could run as a formula (one pass, linear). */
export function defuseFormulas(text: string): string {
	if (PLAIN_NUMBER.test(text)) return text;
	let out = '';
	let partStart = true;
	for (const char of text) {
		if (partStart && char !== ' ') {
			if (TRIGGERS.has(char)) out += "'";
			partStart = false;
		}
		out += char;
		if (SEPARATORS.has(char)) partStart = true;
	}
	return out;
}

function cell(value: CsvCell): string {
	if (value === null) return '';
	const text = typeof value === 'string' ? defuseFormulas(value) : String(value);
	return /[",;\t\r\n']/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	return BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
