/**
 * Checking a file without writing anything: read and validate it (read-file.ts), then compare
 * its valid rows with what is stored (plan.ts, domain diff). Used for previews, and again inside
 * the commit's transaction, where the stored rows are read under the import lock.
 */
import { diffRows, type DiffResult } from '../../domain/import/diff';
import { sortIssues, type ImportIssue } from '../../domain/import/issues';
import { kindSpec, type ImportKind } from '../../domain/import/kinds';
import type { ImportActor } from '../../domain/import/permissions';
import type { ValidationResult } from '../../domain/import/validate';
import type { AtlasDb } from '../db/client';
import { loadFacts } from './facts';
import { loadStored, storedRows, type StoredState } from './plan';
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

export interface StoredComparison<K extends ImportKind> {
	diff: DiffResult<K>;
	state: StoredState;
	/** Implausible figures: held until the importer confirms them. */
	warnings: ImportIssue[];
	/** What the import will do beyond the file's figures (capacity carried forward). */
	notices: ImportIssue[];
}

export async function diffWithStored<K extends ImportKind>(db: AtlasDb, checked: CheckedFile<K>): Promise<StoredComparison<K>> {
	const { kind, labels } = checked.validation;
	let { rows } = checked.validation;
	const label = (column: string) => labels.get(column) ?? column;
	const spec = kindSpec(kind);
	const state = await loadStored(db, kind, rows);
	let found: ImportIssue[] = [];
	let warnings: ImportIssue[] = [];
	let notices: ImportIssue[] = [];
	if (spec.storedChecks) {
		// The kind's checks against other stored data (a unit's earlier quarters, what requests hold of a member).
		const facts = await loadFacts(db, spec.storedChecks.needs(rows.map((row) => row.record)));
		const result = spec.storedChecks.check(rows, facts, (record) => spec.storage.storedOf(record, state.lookup), label);
		({ rows, warnings, notices } = result);
		found = result.issues;
	}
	const diff = diffRows(kind, rows, storedRows(kind, rows, state), label);
	if (found.length > 0) diff.issues = sortIssues([...diff.issues, ...found]);
	return { diff, state, warnings, notices };
}
