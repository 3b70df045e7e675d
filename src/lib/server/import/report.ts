/**
 * What an import answers (issue 9, item 7): `{ id, rows, new, changed, unchanged, errors }`, plus
 * what was checked (kind, file, format, checksum) and whether anything was written.
 */
import type { ImportKind } from '../../domain/import/kinds';
import { reportedIssues, type ImportIssue } from '../../domain/import/issues';
import type { RowStatus } from '../../domain/import/diff';
import type { FileFormat } from './read-file';

export type ImportStatus = 'preview' | 'committed' | 'rejected';

export interface ImportReport {
	/** The preview's or the import's id; null when rejected (nothing was written). */
	id: number | null;
	status: ImportStatus;
	kind: ImportKind;
	file_name: string;
	format: FileFormat;
	checksum: string;
	byte_size: number;
	/** Non-blank data rows in the file. */
	rows: number;
	new: number;
	changed: number;
	unchanged: number;
	errors: ImportIssue[];
}

export interface FileFacts {
	kind: ImportKind;
	fileName: string;
	format: FileFormat;
	checksum: string;
	byteSize: number;
	rowCount: number;
}

export function buildReport(facts: FileFacts, id: number | null, status: ImportStatus, counts: Record<RowStatus, number>, issues: readonly ImportIssue[]): ImportReport {
	return {
		id,
		status,
		kind: facts.kind,
		file_name: facts.fileName,
		format: facts.format,
		checksum: facts.checksum,
		byte_size: facts.byteSize,
		rows: facts.rowCount,
		new: counts.new,
		changed: counts.changed,
		unchanged: counts.unchanged,
		errors: reportedIssues(issues)
	};
}
