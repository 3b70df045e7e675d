/**
 * What an import answers (issue 9, item 7): `{ id, rows, new, changed, unchanged, errors }`, plus
 * what was checked (kind, file, format, checksum) and whether anything was written.
 */
import type { ImportKind } from '../../domain/import/kinds';
import { reportedIssues, type ImportIssue } from '../../domain/import/issues';
import type { ValueChange } from './plan';
import type { FileFormat } from './read-file';
import type { RowStatus } from '../../domain/import/kind';

/** `held`: valid, but with implausible figures the importer has not confirmed; nothing was written. */
export type ImportStatus = 'preview' | 'committed' | 'rejected' | 'held';

/** A preview lists at most this many changed values (and says how many there are). */
export const VALUES_SHOWN = 500;

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
	/** Implausible figures: a commit needs confirm_warnings=true while there are any. */
	warnings: ImportIssue[];
	/** What the import does beyond the file's figures (capacity carried forward from an earlier quarter). */
	notices: ImportIssue[];
	/** Changed values, before → after, the first VALUES_SHOWN of them. */
	values: ValueChange[];
	/** How many values change in all. */
	values_total: number;
}

export interface Extras {
	warnings?: readonly ImportIssue[];
	notices?: readonly ImportIssue[];
	values?: readonly ValueChange[];
}

export interface FileFacts {
	kind: ImportKind;
	fileName: string;
	format: FileFormat;
	checksum: string;
	byteSize: number;
	rowCount: number;
}

export function buildReport(
	facts: FileFacts,
	id: number | null,
	status: ImportStatus,
	counts: Record<RowStatus, number>,
	issues: readonly ImportIssue[],
	extras: Extras = {}
): ImportReport {
	const values = extras.values ?? [];
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
		errors: reportedIssues(issues),
		warnings: reportedIssues(extras.warnings ?? []),
		notices: reportedIssues(extras.notices ?? []),
		values: values.slice(0, VALUES_SHOWN),
		values_total: values.length
	};
}
