/**
 * The template a user downloads for each kind: one header row with the English column names,
 * UTF-8 with a byte-order mark so Excel opens accents correctly, CRLF line ending (RFC 4180).
 */
import { templateColumns } from './columns';
import type { ImportKind } from './kinds';

const BOM = '\ufeff';

export function templateCsv(kind: ImportKind): string {
	return `${BOM}${templateColumns(kind)
		.map((column) => column.name)
		.join(',')}\r\n`;
}

export function templateFileName(kind: ImportKind): string {
	return `atlas-import-${kind}.csv`;
}
