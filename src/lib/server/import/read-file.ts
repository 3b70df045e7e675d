/**
 * Reads an uploaded file into validated rows: counts and hashes the bytes as they arrive
 * (limits.ts), tells an Excel workbook (a zip: "PK\x03\x04") from a CSV by its first bytes, not
 * by its name or declared type, finds the CSV's separator on its header line, and feeds every
 * row to the kind's validator. Problems with the file itself become issues on row 0.
 */
import type { ValidationContext } from '../../domain/import/context';
import type { ImportKind } from '../../domain/import/kinds';
import type { ImportIssue } from '../../domain/import/issues';
import { FileValidator, type ValidationResult } from '../../domain/import/validate';
import { FirstLineScanner, sniffDelimiter } from './csv-dialect';
import { CsvSyntaxError, readCsv } from './csv-reader';
import { metered, UnsupportedFormatError, UploadMeter } from './limits';
import { readXlsx, WorkbookTooLargeError, WorkbookUnreadableError } from './xlsx-reader';

export type FileFormat = 'csv' | 'xlsx';

export interface ReadFile<K extends ImportKind> {
	format: FileFormat;
	checksum: string;
	byteSize: number;
	/** The file's bytes when asked for (to store a preview); null otherwise. */
	content: Buffer | null;
	validation: ValidationResult<K>;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Legacy .xls (OLE compound file): not supported, said so rather than read as garbled text. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Pulls chunks until the start of the file is known; returns them and the rest of the stream. */
async function peek(chunks: AsyncGenerator<Buffer>): Promise<{ head: Buffer[]; rest: AsyncGenerator<Buffer> }> {
	const head: Buffer[] = [];
	const scanner = new FirstLineScanner();
	const decoder = new TextDecoder('utf-8');
	for (;;) {
		const next = await chunks.next();
		if (next.done) break;
		head.push(next.value);
		// A multi-byte character cut between two chunks is held back until its end arrives.
		if (scanner.push(decoder.decode(next.value, { stream: true }))) break;
	}
	return { head, rest: chunks };
}

async function* replay(head: Buffer[], rest: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
	yield* head;
	yield* rest;
}

function fileIssue(code: ImportIssue['code'], params?: ImportIssue['params']): ImportIssue {
	return { row: 0, column: '', value: '', code, ...(params ? { params } : {}) };
}

export async function readFile<K extends ImportKind>(
	body: AsyncIterable<Uint8Array>,
	kind: K,
	context: ValidationContext,
	options: { keepContent: boolean }
): Promise<ReadFile<K>> {
	const meter = new UploadMeter(options.keepContent);
	const { head, rest } = await peek(metered(body, meter));
	const start = Buffer.concat(head).subarray(0, 4);
	if (start.equals(OLE_MAGIC)) throw new UnsupportedFormatError('legacy .xls workbook');
	const format: FileFormat = start.equals(ZIP_MAGIC) ? 'xlsx' : 'csv';
	const delimiter = sniffDelimiter(Buffer.concat(head).toString('utf8'));
	const validator = new FileValidator(kind, context, { decimalComma: format === 'csv' && delimiter === ';' });
	const sink = (row: number, cells: string[]) => validator.add(row, cells);
	const extra: ImportIssue[] = [];
	try {
		if (format === 'csv') {
			await readCsv(replay(head, rest), delimiter, sink);
		} else {
			const chunks: Buffer[] = [];
			for await (const chunk of replay(head, rest)) chunks.push(chunk);
			await readXlsx(Buffer.concat(chunks), sink);
		}
	} catch (error) {
		if (error instanceof CsvSyntaxError) extra.push({ ...fileIssue('csv_syntax', { detail: error.detail }), row: error.line });
		else if (error instanceof WorkbookTooLargeError) extra.push(fileIssue('unpacked_too_large', { max: 200 }));
		else if (error instanceof WorkbookUnreadableError) extra.push(fileIssue('unreadable'));
		else throw error;
	}
	const validation = validator.finish();
	// A syntax error stops reading: "no data rows" would then be a second, misleading report.
	if (extra.length > 0) validation.issues = validation.issues.filter((issue) => issue.code !== 'empty_file').concat(extra);
	return { format, checksum: meter.checksum(), byteSize: meter.bytes, content: meter.content(), validation };
}
