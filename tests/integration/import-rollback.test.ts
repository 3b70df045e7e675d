/**
 * Rollback restores exactly what was there before an import — illustrative rows, their flag and
 * source included — deletes the rows it created, refuses while a later import still builds on
 * its rows, and is recorded in the audit log in the same transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportActor } from '../../src/lib/domain/import/permissions';
import { importFile } from '../../src/lib/server/import/operations';
import { rollbackImport } from '../../src/lib/server/import/rollback';
import { actor, body, digest, fixture, NOW } from '../fixtures/imports/support';
import { createTestDatabase, type TestDatabase } from './test-db';

let test: TestDatabase;
let planner: ImportActor;

beforeAll(async () => {
	test = await createTestDatabase();
	planner = await actor(test.db, 'planner-rollback', 'planner');
});
afterAll(() => test.drop());

/** The data tables only: the import's own record and change log stay (history). */
async function dataDigest() {
	const { data_import: _record, import_change: _changes, ...data } = await digest(test.db);
	return data;
}

async function commit(name: string, kind: Parameters<typeof importFile>[2]['kind']) {
	// The invented fixtures hold figures far from the seed's (York's 700 devices): confirmed here, tested in import-first-quarter.
	const report = await importFile(test.db, body(fixture(name)), { kind, fileName: name, actor: planner, dryRun: false, now: NOW, confirmWarnings: true });
	expect(report.errors).toEqual([]);
	return report.id ?? -1;
}

describe('rollback', () => {
	it('restores every kind exactly, illustrative rows included, and deletes created rows', async () => {
		const before = await dataDigest();
		const ids = [
			await commit('caseload-good.csv', 'caseload'),
			await commit('capacity-new-quarter.csv', 'capacity'),
			await commit('funding-good.csv', 'funding'),
			await commit('children-good.csv', 'children'),
			await commit('jurisdiction-good.csv', 'jurisdiction'),
			await commit('roster-good.csv', 'roster')
		];
		expect(await dataDigest()).not.toEqual(before);
		for (const id of [...ids].reverse()) expect(await rollbackImport(test.db, id, planner, NOW)).toMatchObject({ ok: true, id });
		expect(await dataDigest()).toEqual(before);
		const toronto = await test.db.selectFrom('ice_quarter').select(['illustrative', 'source', 'caseload_import_id']).where('police_service_id', '=', 'toronto').where('period', '=', '2025-Q1').executeTakeFirstOrThrow();
		expect(toronto).toMatchObject({ illustrative: true, caseload_import_id: null });
		expect(toronto.source).toMatch(/^illustrative/);
	});

	it('is refused while a later import changed the same rows, then allowed once that one is rolled back', async () => {
		const first = await commit('caseload-good.csv', 'caseload');
		const second = await commit('capacity-fr-semicolon.csv', 'capacity');
		expect(await rollbackImport(test.db, first, planner, NOW)).toMatchObject({ ok: false, reason: 'conflict', conflicting: 2, later: second });
		expect(await rollbackImport(test.db, second, planner, NOW)).toMatchObject({ ok: true });
		expect(await rollbackImport(test.db, first, planner, NOW)).toMatchObject({ ok: true });
		expect(await rollbackImport(test.db, first, planner, NOW)).toMatchObject({ ok: false, reason: 'already_rolled_back' });
	});

	it('records who imported and who rolled back, with counts, in the audit log', async () => {
		const id = await commit('funding-good.csv', 'funding');
		await rollbackImport(test.db, id, planner, NOW);
		const entries = await test.db.selectFrom('audit_log').select(['action', 'actor', 'entity_type', 'after']).where('entity_id', '=', String(id)).orderBy('id').execute();
		expect(entries).toMatchObject([
			{ action: 'import.commit', actor: 'planner-rollback', entity_type: 'data_import', after: { kind: 'funding', rows: 3, new: 0, changed: 3, rows_written: 3 } },
			{ action: 'import.rollback', actor: 'planner-rollback', entity_type: 'data_import', after: { status: 'rolled_back', rows_restored: 3 } }
		]);
		const record = await test.db.selectFrom('data_import').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		expect(record).toMatchObject({ status: 'rolled_back', rolled_back_by: 'planner-rollback', kind: 'funding', file_name: 'funding-good.csv', content: null });
		expect(record.checksum).toMatch(/^[0-9a-f]{64}$/);
	});

	it('answers not found for an unknown import', async () => {
		expect(await rollbackImport(test.db, 999_999, planner, NOW)).toMatchObject({ ok: false, reason: 'not_found' });
	});
});
