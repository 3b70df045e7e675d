/**
 * Rolling an import back (issue 9): in one transaction under the import lock, put back exactly
 * the values its rows held before (illustrative ones included) and delete the rows it created.
 * Refused when a row no longer holds what the import wrote — a later import changed it — since
 * restoring would silently undo that later import; roll that one back first.
 */
import { sql } from 'kysely';
import { mayRollback, type ImportActor } from '../../domain/import/permissions';
import { record as audit } from '../audit';
import type { AtlasDb } from '../db/client';
import type { JsonValue } from '../db/schema';
import * as imports from '../queries/imports';
import { IMPORT_LOCK } from './commit';
import { deleteRows, fetchRows, pick, rowDigest, writeRows, type ImportTable } from './tables';
import type { RowValues } from '../../domain/import/storage';

export type RollbackOutcome =
	| { ok: true; id: number; restored: number }
	| { ok: false; id: number; reason: 'not_found' | 'forbidden' | 'already_rolled_back' }
	| { ok: false; id: number; reason: 'conflict'; conflicting: number; later: number | null };

class DependentRowsError extends Error {}

interface Change {
	table: ImportTable;
	key: RowValues;
	before: RowValues | null;
	afterDigest: string;
}

const asRow = (value: JsonValue | null): RowValues | null => (value === null ? null : (value as RowValues));

async function changedSince(db: AtlasDb, changes: readonly Change[]): Promise<Change[]> {
	const conflicting: Change[] = [];
	const tables = new Set(changes.map((change) => change.table));
	for (const table of tables) {
		const ofTable = changes.filter((change) => change.table === table);
		const current = new Map((await fetchRows(db, table, ofTable.map((c) => c.key))).map((row) => [JSON.stringify(pick(table, row, 'keys')), row]));
		for (const change of ofTable) {
			const now = current.get(JSON.stringify(pick(table, change.key, 'keys')));
			if (!now || rowDigest(pick(table, now, 'tracked')) !== change.afterDigest) conflicting.push(change);
		}
	}
	return conflicting;
}

/** Applies the previous values, newest change first, in runs of one table and one operation. */
async function restore(db: AtlasDb, changes: readonly Change[]): Promise<void> {
	const reversed = [...changes].reverse();
	for (let start = 0; start < reversed.length; ) {
		const first = reversed[start];
		if (!first) break;
		const deleting = first.before === null;
		let end = start;
		while (end < reversed.length && reversed[end]?.table === first.table && (reversed[end]?.before === null) === deleting) end += 1;
		const run = reversed.slice(start, end);
		if (deleting) await deleteRows(db, first.table, run.map((change) => change.key));
		else await writeRows(db, first.table, run.map((change) => ({ ...change.key, ...change.before })));
		start = end;
	}
}

export async function rollbackImport(db: AtlasDb, id: number, actor: ImportActor, now: Date): Promise<RollbackOutcome> {
	try {
		return await db.transaction().execute(async (trx): Promise<RollbackOutcome> => {
			await sql`select pg_advisory_xact_lock(${IMPORT_LOCK.toString()}::bigint)`.execute(trx);
			const imported = await imports.findForUpdate(trx, id);
			if (!imported || imported.status === 'preview') return { ok: false, id, reason: 'not_found' };
			if (imported.status === 'rolled_back') return { ok: false, id, reason: 'already_rolled_back' };
			if (!mayRollback(actor, imported)) return { ok: false, id, reason: 'forbidden' };
			const changes: Change[] = (await imports.changesOf(trx, id)).map((row) => ({
				table: row.table_name as ImportTable,
				key: asRow(row.key) ?? {},
				before: asRow(row.before),
				afterDigest: row.after_digest
			}));
			const conflicting = await changedSince(trx, changes);
			if (conflicting.length > 0) {
				const later = await imports.laterImportTouching(trx, id, conflicting.map((c) => ({ table_name: c.table, key: c.key })));
				return { ok: false, id, reason: 'conflict', conflicting: conflicting.length, later };
			}
			await restore(trx, changes).catch((error: unknown) => {
				// 23503: a row this import created is still referenced (a later import's roster rows).
				if ((error as { code?: string }).code === '23503') throw new DependentRowsError();
				throw error;
			});
			await imports.markRolledBack(trx, id, actor.username, now);
			await audit(trx, {
				actor: { id: actor.id, username: actor.username },
				action: 'import.rollback',
				entity_type: 'data_import',
				entity_id: id,
				before: { status: 'committed', kind: imported.kind, file_name: imported.file_name },
				after: { status: 'rolled_back', rows_restored: changes.length },
				at: now
			});
			return { ok: true, id, restored: changes.length };
		});
	} catch (error) {
		if (error instanceof DependentRowsError) return { ok: false, id, reason: 'conflict', conflicting: 1, later: null };
		throw error;
	}
}
