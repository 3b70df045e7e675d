/**
 * Who may import (issue 9, "Permissions"), enforced in the server code whatever the route policy
 * says: planners everything; chiefs capacity and caseload of their own service only, a row of
 * another service being an error naming the row; every other role refused. Chiefs roll back only
 * their own imports; a preview is committed only by the person who made it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_KINDS } from '../../src/lib/domain/import/kinds';
import { describeIssue } from '../../src/lib/i18n/import-issues';
import type { ImportActor } from '../../src/lib/domain/import/permissions';
import { commitPreview, ImportForbiddenError, importFile } from '../../src/lib/server/import/operations';
import { rollbackImport } from '../../src/lib/server/import/rollback';
import { actor, body, digest, fixture, NOW } from '../fixtures/imports/support';
import { createTestDatabase, type TestDatabase } from './test-db';

let test: TestDatabase;
let planner: ImportActor;
let chiefToronto: ImportActor;
let chiefYork: ImportActor;
let others: ImportActor[];

beforeAll(async () => {
	test = await createTestDatabase();
	planner = await actor(test.db, 'planner-perm', 'planner');
	chiefToronto = await actor(test.db, 'chief-toronto-perm', 'chief', 'toronto');
	chiefYork = await actor(test.db, 'chief-york-perm', 'chief', 'york');
	others = [await actor(test.db, 'viewer-perm', 'viewer'), await actor(test.db, 'projectp-perm', 'project_p'), await actor(test.db, 'admin-perm', 'admin')];
});
afterAll(() => test.drop());

const TORONTO_CAPACITY = 'police_service_id,period,investigators_fte,forensic_examiners_fte,forensic_backlog_devices\ntoronto,2025-Q1,55,17,240\n';

describe('import permissions', () => {
	it('lets a chief import their own service’s capacity and caseload', async () => {
		const report = await importFile(test.db, body(TORONTO_CAPACITY), { kind: 'capacity', fileName: 'own.csv', actor: chiefToronto, dryRun: false, now: NOW });
		expect(report).toMatchObject({ status: 'committed', changed: 1 });
		const record = await test.db.selectFrom('data_import').select(['username', 'police_service_id']).where('id', '=', report.id).executeTakeFirstOrThrow();
		expect(record).toEqual({ username: 'chief-toronto-perm', police_service_id: 'toronto' });
	});

	it('rejects a chief’s file holding another service’s row, naming the row, and writes nothing', async () => {
		const before = await digest(test.db);
		const report = await importFile(test.db, body(fixture('capacity-two-services.csv')), { kind: 'capacity', fileName: 'two.csv', actor: chiefToronto, dryRun: false, now: NOW });
		expect(report.status).toBe('rejected');
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual([
			"row 3, column police_service_id: 'york' is another police service: you may import only toronto's figures"
		]);
		expect(await digest(test.db)).toEqual(before);
	});

	it('refuses chiefs funding, children, jurisdiction and roster imports', async () => {
		for (const kind of ['funding', 'children', 'jurisdiction', 'roster'] as const) {
			await expect(importFile(test.db, body('x\n'), { kind, fileName: 'x.csv', actor: chiefToronto, dryRun: true, now: NOW })).rejects.toBeInstanceOf(ImportForbiddenError);
		}
	});

	it('refuses every kind to viewers, Project P coordinators and administrators', async () => {
		for (const who of others) {
			for (const kind of IMPORT_KINDS) {
				await expect(importFile(test.db, body(fixture('caseload-good.csv')), { kind, fileName: 'x.csv', actor: who, dryRun: true, now: NOW })).rejects.toBeInstanceOf(
					ImportForbiddenError
				);
			}
		}
	});

	it('lets a chief roll back only their own imports', async () => {
		const byPlanner = await importFile(test.db, body(fixture('caseload-good.csv')), { kind: 'caseload', fileName: 'p.csv', actor: planner, dryRun: false, now: NOW });
		expect(await rollbackImport(test.db, byPlanner.id ?? -1, chiefToronto, NOW)).toMatchObject({ ok: false, reason: 'forbidden' });
		const byChief = await importFile(test.db, body(TORONTO_CAPACITY.replace('55,17,240', '56,17,240')), { kind: 'capacity', fileName: 'c.csv', actor: chiefToronto, dryRun: false, now: NOW });
		expect(await rollbackImport(test.db, byChief.id ?? -1, chiefYork, NOW)).toMatchObject({ ok: false, reason: 'forbidden' });
		expect(await rollbackImport(test.db, byChief.id ?? -1, chiefToronto, NOW)).toMatchObject({ ok: true });
		expect(await rollbackImport(test.db, byPlanner.id ?? -1, planner, NOW)).toMatchObject({ ok: true });
	});

	it('commits a preview only for the person who made it', async () => {
		const preview = await importFile(test.db, body(TORONTO_CAPACITY.replace('55,17,240', '57,17,240')), { kind: 'capacity', fileName: 'p.csv', actor: chiefToronto, dryRun: true, now: NOW });
		expect(preview.status).toBe('preview');
		expect(await commitPreview(test.db, preview.id ?? -1, planner, NOW)).toBeNull();
		expect(await commitPreview(test.db, preview.id ?? -1, chiefToronto, new Date(NOW.getTime() + 25 * 3600_000))).toBeNull();
		expect(await commitPreview(test.db, preview.id ?? -1, chiefToronto, NOW)).toMatchObject({ status: 'committed', id: preview.id });
		expect(await commitPreview(test.db, preview.id ?? -1, chiefToronto, NOW)).toBeNull();
	});
});
