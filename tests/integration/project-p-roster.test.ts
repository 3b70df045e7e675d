/**
 * The illustrative Project P roster the seed writes (issue 7, deliverable 1; data/README.md "Project P
 * demo roster"): 14 detectives and 6 forensic examiners over the five OPP regions, every member flagged
 * illustrative, written once, and set aside as soon as a real roster member is imported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAll } from '../support/expect-all';
import { seedDatabase } from '../../src/lib/server/seed/seed';
import { ROSTER_PERIODS } from '../../src/lib/server/seed/project-p-roster';
import { membersInQuarter } from '../../src/lib/server/project-p/roster';
import { createTestDatabase, type TestDatabase } from './test-db';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
});
afterAll(() => test.drop());

describe('the demo roster', () => {
	it('holds 14 detectives and 6 examiners across the five regions, all flagged illustrative', async () => {
		const members = await test.db.selectFrom('project_p_member').leftJoin('project_p_illustrative_member as i', 'i.member_id', 'project_p_member.id').select(['id', 'role', 'home_region', 'i.source']).execute();
		expect(members.filter((m) => m.role === 'detective')).toHaveLength(14);
		expect(members.filter((m) => m.role === 'forensic_examiner')).toHaveLength(6);
		expect(new Set(members.map((m) => m.home_region))).toEqual(new Set(['West', 'Central', 'East', 'North East', 'North West']));
		expectAll(members, (m) => m.source?.startsWith('illustrative'));
		const availability = await test.db.selectFrom('project_p_availability').select(['member_id', 'fte']).execute();
		expect(availability).toHaveLength(20 * ROSTER_PERIODS.length);
		expectAll(availability, (a) => a.fte > 0 && a.fte <= 1);
	});

	it('is written once: a second seed changes nothing', async () => {
		const reports = (await seedDatabase(test.db)).filter((r) => r.table.startsWith('project_p'));
		expect(reports).toEqual([
			{ table: 'project_p_member', rows: 20, inserted: 0, updated: 0, unchanged: 20 },
			{ table: 'project_p_availability', rows: 20 * ROSTER_PERIODS.length, inserted: 0, updated: 0, unchanged: 20 * ROSTER_PERIODS.length }
		]);
	});

	it('steps aside once a real member is imported: demo members are neither listed nor assignable', async () => {
		expectAll(await membersInQuarter(test.db, '2026-Q3'), (m) => m.illustrative);
		await test.db.insertInto('project_p_member').values({ id: 'PP-100', name: 'Real detective', role: 'detective', home_region: 'East', active: true }).execute();
		await test.db.insertInto('project_p_availability').values({ member_id: 'PP-100', period: '2026-Q3', fte: 1 }).execute();
		const members = await membersInQuarter(test.db, '2026-Q3');
		expect(members.map((m) => [m.member_id, m.illustrative])).toEqual([['PP-100', false]]);
		expect(await membersInQuarter(test.db, '2026-Q3', { memberIds: ['DEMO-D01'] })).toEqual([]);
	});
});
