/**
 * A roster import may not give a member less availability in a quarter than open Project P
 * requests already hold of it: the file is refused with the row, the column and both figures,
 * and nothing changes. Closed requests hold nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/lib/i18n/import-issues';
import type { ImportActor } from '../../src/lib/domain/import/permissions';
import { importFile } from '../../src/lib/server/import/operations';
import { actor, body, digest, NOW } from '../fixtures/imports/support';
import { createTestDatabase, type TestDatabase } from './test-db';

let test: TestDatabase;
let planner: ImportActor;
const HEADER = 'member_id,name,role,home_region,active,period,fte';

beforeAll(async () => {
	test = await createTestDatabase();
	planner = await actor(test.db, 'planner-roster', 'planner');
	await importFile(test.db, body(`${HEADER}\nPP-010,Jo Park,detective,East,true,2025-Q1,1\n`), { kind: 'roster', fileName: 'first.csv', actor: planner, dryRun: false, now: NOW });
	const community = await test.db.selectFrom('community').select('csduid').limit(1).executeTakeFirstOrThrow();
	const jurisdiction = await test.db.selectFrom('jurisdiction').select('police_service_id').where('csduid', '=', community.csduid).executeTakeFirstOrThrow();
	const request = (status: 'assigned' | 'closed') =>
		test.db
			.insertInto('project_p_request')
			.values({ csduid: community.csduid, police_service_id: jurisdiction.police_service_id, opp_region: 'East', kind: 'forensic_examination', urgency: 'routine', expected_fte_weeks: null, description: 'Devices to examine', status, decline_reason: null, flag_period: null, flag_level: null, filed_by_user_id: null, filed_by: 'test', status_changed_at: NOW })
			.returning('id')
			.executeTakeFirstOrThrow();
	const open = await request('assigned');
	const closed = await request('closed');
	await test.db
		.insertInto('project_p_assignment')
		.values([
			{ request_id: open.id, member_id: 'PP-010', period: '2025-Q1', fte: 0.6, fte_weeks: 7.8, assigned_by: 'test' },
			{ request_id: closed.id, member_id: 'PP-010', period: '2025-Q1', fte: 0.3, fte_weeks: 3.9, assigned_by: 'test' }
		])
		.execute();
});
afterAll(() => test.drop());

describe('a roster import against committed work', () => {
	it('refuses availability below what open requests hold, naming row and column, and writes nothing', async () => {
		const before = await digest(test.db);
		for (const dryRun of [true, false]) {
			const report = await importFile(test.db, body(`${HEADER}\nPP-010,Jo Park,detective,East,true,2025-Q1,0.5\n`), { kind: 'roster', fileName: 'lower.csv', actor: planner, dryRun, now: NOW });
			expect(report.status).toBe('rejected');
			expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual([
				"row 2, column fte: '0.5' is less than the 0.6 FTE already assigned to PP-010 in 2025-Q1 on open Project P requests"
			]);
		}
		expect(await digest(test.db)).toEqual(before);
	});

	it('accepts availability that still covers the open assignments', async () => {
		const report = await importFile(test.db, body(`${HEADER}\nPP-010,Jo Park,detective,East,true,2025-Q1,0.6\n`), { kind: 'roster', fileName: 'same.csv', actor: planner, dryRun: false, now: NOW });
		expect(report.status).toBe('committed');
		const row = await test.db.selectFrom('project_p_availability').select('fte').where('member_id', '=', 'PP-010').where('period', '=', '2025-Q1').executeTakeFirstOrThrow();
		expect(Number(row.fte)).toBe(0.6);
	});
});
