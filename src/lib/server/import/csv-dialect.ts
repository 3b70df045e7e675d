/**
 * Which separator a CSV uses. Excel writes commas in English locales and semicolons in French
 * ones (where the comma is the decimal mark), so both occur in Ontario. The header line decides:
 * the separator found more often outside quotes wins; a tie (one column) means comma.
 */
export type CsvDelimiter = ',' | ';';

export function sniffDelimiter(head: string): CsvDelimiter {
	const firstLine = head
		.replace(/^\ufeff/, '')
		.split(/\r?\n/)
		.find((line) => line.trim() !== '');
	if (firstLine === undefined) return ',';
	let commas = 0;
	let semicolons = 0;
	let quoted = false;
	for (const char of firstLine) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && char === ',') commas += 1;
		else if (!quoted && char === ';') semicolons += 1;
	}
	return semicolons > commas ? ';' : ',';
}

/** Enough of the file to see its first non-blank line: up to the first line break after text, or 64 KiB. */
export function hasFirstLine(head: string): boolean {
	return /\S[^\n]*\n/.test(head) || head.length >= 64 * 1024;
}
