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

/**
 * Whether a file's start holds its first non-blank line: a line break after some text, or 64 KiB
 * without one. A scan that carries its state from chunk to chunk, so each byte is looked at once:
 * a regular expression such as /\S[^\n]*\n/ retried on the growing text takes quadratic time on
 * one long line (a 129 KB single-line upload held the server for seconds).
 */
export class FirstLineScanner {
	private seenText = false;
	private length = 0;

	/** Feeds the next piece of text; true once the first line is complete (or the 64 KiB cap is reached). */
	push(text: string): boolean {
		for (let index = 0; index < text.length; index += 1) {
			const code = text.charCodeAt(index);
			if (code === 0x0a) {
				if (this.seenText) return true;
			} else if (!this.seenText && !isSpace(code)) {
				this.seenText = true;
			}
		}
		this.length += text.length;
		return this.length >= FIRST_LINE_CAP;
	}
}

const FIRST_LINE_CAP = 64 * 1024;

/** The whitespace of \s that can start a CSV file: spaces, tabs, carriage returns, the BOM and no-break spaces. */
function isSpace(code: number): boolean {
	return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xfeff || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

/** Whether `head` holds the first non-blank line (one pass; see FirstLineScanner). */
export function hasFirstLine(head: string): boolean {
	return new FirstLineScanner().push(head);
}
