/**
 * Checking a file without writing anything: read and validate it (read-file.ts), then compare
 * its valid rows with what is stored (plan.ts, domain diff). Used for previews, and again inside
 * the commit's transaction, where the stored rows are read under the import lock.
 */
import { diffRows, type DiffResult } from '../../domain/import/diff';
import type { ImportKind } from '../../domain/import/kinds';
import type { ImportActor } from '../../domain/import/permissions';
import type { ValidationResult } from '../../domain/import/validate';
import type { AtlasDb } from '../db/client';
import { belowCommittedIssues } from '../../domain/import/roster-consistency';
import { sortIssues } from '../../domain/import/issues';
import { loadStored, storedRows, type StoredState } from './plan';
import { committedFte } from './roster-commitments';
import { readFile } from './read-file';
import type { FileFacts } from './report';
import { loadValidationContext } from './validation-context';

export interface CheckRequest<K extends ImportKind> {
	kind: K;
	fileName: string;
	actor: ImportActor;
	now: Date;
	/** Keep the file's bytes (a preview stores them until it is committed). */
	keepContent: boolean;
}

export interface CheckedFile<K extends ImportKind> {
	facts: FileFacts;
	content: Buffer | null;
	validation: ValidationResult<K>;
}

export async function checkFile<K extends ImportKind>(db: AtlasDb, body: AsyncIterable<Uint8Array>, request: CheckRequest<K>): Promise<CheckedFile<K>> {
	const context = await loadValidationContext(db, request.actor, request.now);
	const read = await readFile(body, request.kind, context, { keepContent: request.keepContent });
	return {
		facts: {
			kind: request.kind,
			fileName: request.fileName,
			format: read.format,
			checksum: read.checksum,
			byteSize: read.byteSize,
			rowCount: read.validation.rowCount
		},
		content: read.content,
		validation: read.validation
	};
}

export async function diffWithStored<K extends ImportKind>(db: AtlasDb, checked: CheckedFile<K>): Promise<{ diff: DiffResult<K>; state: StoredState }> {
	const { kind, rows, labels } = checked.validation;
	const label = (column: string) => labels.get(column) ?? column;
	const state = await loadStored(db, kind, rows);
	const diff = diffRows(kind, rows, storedRows(kind, rows, state), label);
	const validation: ValidationResult<ImportKind> = checked.validation;
	if (isRoster(validation)) {
		const roster = validation.rows;
		const held = await committedFte(db, roster.map((row) => row.record));
		diff.issues = sortIssues([...diff.issues, ...belowCommittedIssues(roster, held, label)]);
	}
	return { diff, state };
}

function isRoster(validation: ValidationResult<ImportKind>): validation is ValidationResult<'roster'> {
	return validation.kind === 'roster';
}
