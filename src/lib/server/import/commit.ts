/**
 * Committing an import: ONE transaction (issue 9: all or nothing), serialised with every other
 * import and rollback by an advisory lock, re-reading the stored rows inside it so the diff and
 * the previous values it keeps are exactly what the import replaces. Writes only rows that
 * change, records each with its previous values (import_change) and writes one audit entry, all
 * in the same transaction: a process killed halfway leaves the database as it was.
 */
import { sql } from 'kysely';
import type { ImportKind } from '../../domain/import/kinds';
import type { ImportActor } from '../../domain/import/permissions';
import type { ImportIssue } from '../../domain/import/issues';
import { record as audit } from '../audit';
import type { AtlasDb } from '../db/client';
import * as imports from '../queries/imports';
import { diffWithStored, type CheckedFile } from './check';
import { planChanges, referencedImports, valueChanges, type ValueChange } from './plan';
import { importLabel } from '../../domain/import/quarter-source';
import { buildReport, type ImportReport } from './report';
import { rowDigest, writeRows, type ImportTable } from './tables';
import type { RowValues } from '../../domain/import/storage';
import type { RowStatus } from '../../domain/import/kind';

/** pg_advisory_xact_lock key shared by imports and rollbacks ("ATLASIMP" in ASCII, truncated to int8). */
export const IMPORT_LOCK = 0x41544c4153494d50n;

export class ImportRejectedError extends Error {
	constructor(
		readonly issues: ImportIssue[],
		readonly counts: Record<RowStatus, number>
	) {
		super(`${issues.length} issue(s) against stored data`);
	}
}

export interface CommitOptions {
	now: Date;
	/** Commit this stored preview (its record becomes the import's) instead of creating a record. */
	previewId?: number;
	/** Called after each batch of rows is written (tests kill the process here; logs). */
	onProgress?: (written: number, total: number) => void | Promise<void>;
	/** The importer saw the implausible-figure warnings and imports anyway. */
	confirmWarnings?: boolean;
}

/** Valid, but with implausible figures not confirmed: nothing is written. */
class ImportHeldError extends Error {
	constructor(
		readonly warnings: ImportIssue[],
		readonly notices: ImportIssue[],
		readonly counts: Record<RowStatus, number>,
		readonly values: ValueChange[]
	) {
		super(`${warnings.length} warning(s) not confirmed`);
	}
}

export async function commitChecked<K extends ImportKind>(db: AtlasDb, checked: CheckedFile<K>, actor: ImportActor, options: CommitOptions): Promise<ImportReport> {
	const { facts } = checked;
	try {
		return await db.transaction().execute(async (trx) => {
			await sql`select pg_advisory_xact_lock(${IMPORT_LOCK.toString()}::bigint)`.execute(trx);
			const { diff, state, warnings, notices } = await diffWithStored(trx, checked);
			if (diff.issues.length > 0) throw new ImportRejectedError(diff.issues, diff.counts);
			if (warnings.length > 0 && options.confirmWarnings !== true) {
				// The page shows the preview again: the same before → after, with a placeholder source.
				const planned = planChanges(facts.kind, diff.diffs, state, { importId: 0, label: 'preview', labelOf: (other) => `import #${other}` });
				throw new ImportHeldError(warnings, notices, diff.counts, valueChanges(planned));
			}
			const counts = { row_count: facts.rowCount, new_count: diff.counts.new, changed_count: diff.counts.changed, unchanged_count: diff.counts.unchanged };
			let id: number;
			if (options.previewId !== undefined) {
				id = options.previewId;
				await imports.markCommitted(trx, id, counts, options.now);
			} else {
				id = await imports.insert(trx, {
					kind: facts.kind,
					status: 'committed',
					file_name: facts.fileName,
					file_format: facts.format,
					checksum: facts.checksum,
					byte_size: facts.byteSize,
					...counts,
					user_id: actor.id,
					username: actor.username,
					police_service_id: actor.role === 'chief' ? actor.police_service_id : null,
					created_at: options.now,
					committed_at: options.now,
					content: null
				});
			}
			const others = await imports.labels(trx, referencedImports(state));
			const origin = {
				importId: id,
				label: importLabel({ id, file_name: facts.fileName, username: actor.username }),
				labelOf: (other: number) => {
					const label = others.get(other);
					return label ? importLabel(label) : `import #${other}`;
				}
			};
			const changes = planChanges(facts.kind, diff.diffs, state, origin);
			let written = 0;
			for (const [table, rows] of groupByTable(changes.map((change) => ({ table: change.table, row: { ...change.key, ...change.after } })))) {
				await writeRows(trx, table, rows, async (batch) => {
					written += batch;
					await options.onProgress?.(written, changes.length);
				});
			}
			await imports.insertChanges(
				trx,
				id,
				changes.map((change, seq) => ({ seq, table_name: change.table, key: change.key, before: change.before, after_digest: rowDigest(change.after) }))
			);
			await audit(trx, {
				actor: { id: actor.id, username: actor.username },
				action: 'import.commit',
				entity_type: 'data_import',
				entity_id: id,
				before: null,
				after: {
					kind: facts.kind,
					file_name: facts.fileName,
					checksum: facts.checksum,
					rows: facts.rowCount,
					...diff.counts,
					rows_written: changes.length,
					// Confirmed implausible figures stay on record with the import.
					warnings_confirmed: warnings.length
				},
				at: options.now
			});
			return buildReport(facts, id, 'committed', diff.counts, [], { warnings, notices, values: valueChanges(changes) });
		});
	} catch (error) {
		if (error instanceof ImportRejectedError) return buildReport(facts, null, 'rejected', error.counts, error.issues);
		if (error instanceof ImportHeldError) return buildReport(facts, options.previewId ?? null, 'held', error.counts, [], { warnings: error.warnings, notices: error.notices, values: error.values });
		throw error;
	}
}

/** Consecutive runs of one table, so each batch is one statement and tables keep their order. */
function groupByTable(rows: readonly { table: ImportTable; row: RowValues }[]): [ImportTable, RowValues[]][] {
	const groups: [ImportTable, RowValues[]][] = [];
	for (const { table, row } of rows) {
		const last = groups.at(-1);
		if (last && last[0] === table) last[1].push(row);
		else groups.push([table, [row]]);
	}
	return groups;
}
