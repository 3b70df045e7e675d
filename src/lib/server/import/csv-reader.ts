/**
 * Streams a CSV through csv-parse's stream API (issue 9: streaming parse): UTF-8 with or without
 * BOM, quoted fields, spaces around fields trimmed, ragged rows accepted (the validator reports
 * cells without a header, and skips blank rows). Rows are numbered by the line they start on,
 * counted here: every record is one line plus the line breaks inside its quoted cells. (csv-parse's
 * own `info` option costs about as much as the parse itself on 50,000 rows.)
 */
import { CsvError, parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CsvDelimiter } from './csv-dialect';

export type RowSink = (row: number, cells: string[]) => void;

export class CsvSyntaxError extends Error {
	constructor(
		readonly line: number,
		readonly detail: string
	) {
		super(`line ${line}: ${detail}`);
	}
}

function newlinesIn(cells: readonly string[]): number {
	let count = 0;
	for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) count += 1;
	return count;
}

/** csv-parse ends its messages with "at line N"; the issue carries the line itself. Cut by hand, in linear time. */
function withoutLineSuffix(message: string): string {
	const at = message.lastIndexOf(' at line ');
	return at !== -1 && /^ at line \d+$/.test(message.slice(at)) ? message.slice(0, at).trimEnd() : message;
}

export async function readCsv(chunks: AsyncIterable<Buffer>, delimiter: CsvDelimiter, sink: RowSink): Promise<void> {
	const parser = parse({
		bom: true,
		delimiter,
		encoding: 'utf8',
		// Every line ending, even mixed in one file (rows appended by another tool): csv-parse would
		// otherwise take the first one it meets as the only one.
		record_delimiter: ['\r\n', '\n', '\r'],
		relax_column_count: true,
		relax_quotes: true,
		trim: true
	});
	try {
		await pipeline(Readable.from(chunks), parser, async (records: AsyncIterable<string[]>) => {
			let line = 1;
			for await (const record of records) {
				sink(line, record);
				line += 1 + newlinesIn(record);
			}
		});
	} catch (error) {
		if (error instanceof CsvError) {
			const line = typeof error.lines === 'number' ? error.lines : 0;
			throw new CsvSyntaxError(line, withoutLineSuffix(error.message));
		}
		throw error;
	}
}
