/**
 * Compares a file's valid rows with what is stored: each row is new, changed or unchanged
 * (issue 9 "Preview, then commit"), and some rows conflict with stored data (a new quarter given
 * only half its figures; more children than people). Each kind says how one of its rows compares
 * (kinds/); importing identical figures over illustrative ones is a change: the figures lose the
 * illustrative flag.
 */
import type { Label, RowStatus } from './kind';
import { kindSpec, type ImportKind, type StoredByKind } from './kinds';
import type { ImportIssue } from './issues';
import { recordKey, type FileRow } from './records';
import type { StoredRows } from './stored';

export interface RowDiff<K extends ImportKind> {
	row: FileRow<K>;
	status: RowStatus;
	stored: StoredByKind[K] | undefined;
}

export interface DiffResult<K extends ImportKind> {
	diffs: RowDiff<K>[];
	counts: Record<RowStatus, number>;
	issues: ImportIssue[];
}

export function diffRows<K extends ImportKind>(kind: K, rows: readonly FileRow<K>[], stored: StoredRows<K>, label: Label): DiffResult<K> {
	const spec = kindSpec(kind);
	const diffs: RowDiff<K>[] = [];
	const issues: ImportIssue[] = [];
	const counts: Record<RowStatus, number> = { new: 0, changed: 0, unchanged: 0 };
	for (const row of rows) {
		const before = stored.get(recordKey(kind, row.record));
		const outcome = spec.classify(row, before, label);
		if ('issues' in outcome) {
			issues.push(...outcome.issues);
			continue;
		}
		counts[outcome.status] += 1;
		diffs.push({ row, status: outcome.status, stored: before });
	}
	return { diffs, counts, issues };
}
