/**
 * The import operations the API and the pages share: check a file and either keep it as a
 * preview (dry run) or commit it; commit a kept preview. Permissions are checked here too, so no
 * route can forget them (the route policy is the first gate, this the second), and so are the
 * parsing slots (parse-slots.ts).
 */
import type { ImportKind } from '../../domain/import/kinds';
import { mayImport, type ImportActor } from '../../domain/import/permissions';
import type { AtlasDb } from '../db/client';
import * as imports from '../queries/imports';
import { checkFile, diffWithStored, type CheckedFile } from './check';
import { commitChecked, type CommitOptions } from './commit';
import { withImportSlot } from './parse-slots';
import { planChanges, valueChanges } from './plan';
import { buildReport, type ImportReport } from './report';

/** A preview is kept one day, and each user keeps at most five (no forgotten upload lingers). */
export const PREVIEW_LIFETIME_MS = 24 * 60 * 60 * 1000;
export const PREVIEWS_KEPT_PER_USER = 5;

export class ImportForbiddenError extends Error {}

export interface ImportRequest<K extends ImportKind> {
	kind: K;
	fileName: string;
	actor: ImportActor;
	dryRun: boolean;
	now?: Date;
	onProgress?: CommitOptions['onProgress'];
	/** Import even with implausible-figure warnings (the importer confirmed them). */
	confirmWarnings?: boolean;
}

async function* bytes(content: Buffer): AsyncGenerator<Uint8Array> {
	yield content;
}

/** Checks against stored data; keeps the file as a preview when there is no issue at all. */
async function previewOrReject<K extends ImportKind>(db: AtlasDb, checked: CheckedFile<K>, actor: ImportActor, now: Date): Promise<ImportReport> {
	const { diff, state, warnings, notices } = await diffWithStored(db, checked);
	const { facts } = checked;
	const issues = [...checked.validation.issues, ...diff.issues];
	if (issues.length > 0) return buildReport(facts, null, 'rejected', diff.counts, issues);
	await imports.deleteStalePreviews(db, { before: new Date(now.getTime() - PREVIEW_LIFETIME_MS), userId: actor.id, keep: PREVIEWS_KEPT_PER_USER - 1 });
	const id = await imports.insert(db, {
		kind: facts.kind,
		status: 'preview',
		file_name: facts.fileName,
		file_format: facts.format,
		checksum: facts.checksum,
		byte_size: facts.byteSize,
		row_count: facts.rowCount,
		new_count: diff.counts.new,
		changed_count: diff.counts.changed,
		unchanged_count: diff.counts.unchanged,
		user_id: actor.id,
		username: actor.username,
		police_service_id: actor.role === 'chief' ? actor.police_service_id : null,
		created_at: now,
		committed_at: null,
		content: checked.content ?? Buffer.alloc(0)
	});
	// The preview's before → after: the same plan the commit writes, with a placeholder source.
	const origin = { importId: id, label: 'preview', labelOf: (other: number) => `import #${other}` };
	const values = valueChanges(planChanges(facts.kind, diff.diffs, state, origin));
	return buildReport(facts, id, 'preview', diff.counts, [], { warnings, notices, values });
}

/** A file with validation issues: counts of its valid rows (for the answer), and nothing written. */
async function reject<K extends ImportKind>(db: AtlasDb, checked: CheckedFile<K>): Promise<ImportReport> {
	const { diff } = await diffWithStored(db, checked);
	return buildReport(checked.facts, null, 'rejected', diff.counts, [...checked.validation.issues, ...diff.issues]);
}

/** Checks a file; with dryRun keeps it as a preview, otherwise commits it. Nothing is written when it has errors. */
export async function importFile<K extends ImportKind>(db: AtlasDb, body: AsyncIterable<Uint8Array>, request: ImportRequest<K>): Promise<ImportReport> {
	if (!mayImport(request.actor, request.kind)) throw new ImportForbiddenError(`${request.actor.role} may not import ${request.kind}`);
	const now = request.now ?? new Date();
	return withImportSlot(async () => {
		const checked = await checkFile(db, body, { kind: request.kind, fileName: request.fileName, actor: request.actor, now, keepContent: request.dryRun });
		if (checked.validation.issues.length > 0) return reject(db, checked);
		if (request.dryRun) return previewOrReject(db, checked, request.actor, now);
		// Checks against stored data run inside the commit's transaction (commit.ts).
		return commitChecked(db, checked, request.actor, { now, onProgress: request.onProgress, confirmWarnings: request.confirmWarnings });
	});
}

/**
 * Commits a preview the same user made within its lifetime: the kept file is checked again (the
 * stored figures may have changed since) and committed under the preview's id. null: no such preview.
 */
export async function commitPreview(db: AtlasDb, previewId: number, actor: ImportActor, now = new Date(), confirmWarnings = false): Promise<ImportReport | null> {
	const preview = await imports.findPreview(db, previewId);
	if (!preview || preview.user_id !== actor.id || now.getTime() - preview.created_at.getTime() > PREVIEW_LIFETIME_MS) return null;
	if (!mayImport(actor, preview.kind)) throw new ImportForbiddenError(`${actor.role} may not import ${preview.kind}`);
	return withImportSlot(async () => {
		const checked = await checkFile(db, bytes(preview.content), { kind: preview.kind, fileName: preview.file_name, actor, now, keepContent: false });
		if (checked.validation.issues.length > 0) return reject(db, checked);
		return commitChecked(db, checked, actor, { now, previewId, confirmWarnings });
	});
}
