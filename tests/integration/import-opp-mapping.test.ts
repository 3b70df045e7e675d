/**
 * Imports against the one OPP with regional teams: a quarter row for `opp` itself is refused with
 * the team ids to use (no foreign-key failure, nothing written); the jurisdiction kind takes the
 * official OPP mapping and refuses rows that would leave a community without a responder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/lib/i18n/import-issues';
import type { ImportActor } from '../../src/lib/domain/import/permissions';
import { computeCoverage } from '../../src/lib/domain/coverage/compute-coverage';
import { importFile } from '../../src/lib/server/import/operations';
import * as coverageInputs from '../../src/lib/server/queries/coverage-inputs';
import { coverageThresholds } from '../../src/lib/server/queries/settings';
import { actor, body, digest, NOW } from '../fixtures/imports/support';
import { createTestDatabase, type TestDatabase } from './test-db';

let test: TestDatabase;
let planner: ImportActor;

beforeAll(async () => {
	test = await createTestDatabase();
	planner = await actor(test.db, 'planner-opp-mapping', 'planner');
});
afterAll(() => test.drop());

const run = (kind: 'capacity' | 'caseload' | 'jurisdiction', text: string, dryRun = false) =>
	importFile(test.db, body(text), { kind, fileName: `${kind}.csv`, actor: planner, dryRun, now: NOW });

describe('capacity and caseload for a service that reports by team', () => {
	it('refuses opp with the row, the column and the regional team ids; nothing written', async () => {
		const before = await digest(test.db);
		const report = await run(
			'capacity',
			'police_service_id,period,investigators_fte,forensic_examiners_fte,forensic_backlog_devices\r\nopp,2025-Q4,12,3,40\r\n'
		);
		expect(report.status).toBe('rejected');
		expect(report.errors).toHaveLength(1);
		expect(report.errors[0]).toMatchObject({ row: 2, column: 'police_service_id', value: 'opp', code: 'not_reporting_unit' });
		const sentence = describeIssue(report.errors[0]!, 'en');
		for (const team of ['opp-west', 'opp-central', 'opp-east', 'opp-north-east', 'opp-north-west']) expect(sentence).toContain(team);
		expect(describeIssue(report.errors[0]!, 'fr')).toContain('utilisez');
		expect(await digest(test.db)).toEqual(before);
	});

	it('still accepts a regional team id', async () => {
		const report = await run(
			'capacity',
			'police_service_id,period,investigators_fte,forensic_examiners_fte,forensic_backlog_devices\r\nopp-north-west,2025-Q1,9,2,30\r\n',
			true
		);
		expect(report.errors).toEqual([]);
		expect(report.status).toBe('preview');
	});
});

describe('the official OPP mapping', () => {
	const jurisdiction = (csduid: string) => test.db.selectFrom('jurisdiction').selectAll().where('csduid', '=', csduid).executeTakeFirstOrThrow();

	async function oppCommunity() {
		return test.db.selectFrom('jurisdiction').selectAll().where('police_service_id', '=', 'opp').orderBy('csduid').executeTakeFirstOrThrow();
	}

	it('writes area id and region for an OPP community', async () => {
		const row = await oppCommunity();
		const area = `opp-${row.csduid.slice(0, 4)}`;
		const region = row.opp_region === 'West' ? 'East' : 'West';
		const report = await run('jurisdiction', `csduid,police_service_id,confidence,note,opp_area_id,opp_region\r\n${row.csduid},opp,high,official mapping,${area},${region}\r\n`);
		expect(report.errors).toEqual([]);
		expect(report).toMatchObject({ status: 'committed', changed: 1 });
		expect(await jurisdiction(row.csduid)).toMatchObject({ police_service_id: 'opp', opp_area_id: area, opp_region: region, confidence: 'high', note: 'official mapping' });
	});

	it('refuses, by row and column, each kind of bad row; nothing written', async () => {
		const opp = await oppCommunity();
		const municipal = await test.db.selectFrom('jurisdiction').selectAll().where('police_service_id', '=', 'toronto').executeTakeFirstOrThrow();
		const before = await digest(test.db);
		const report = await run(
			'jurisdiction',
			[
				'csduid,police_service_id,confidence,note,opp_area_id,opp_region',
				`${municipal.csduid},no-such-police,high,,,`,
				`${opp.csduid},opp,high,,,`,
				`${municipal.csduid},toronto,high,,opp-3520,`,
				`${opp.csduid},opp-west,high,,opp-3501,`,
				`${opp.csduid},opp,high,,opp-3501,Nunavut`
			].join('\r\n')
		);
		expect(report.status).toBe('rejected');
		const found = report.errors.map((issue) => [issue.row, issue.column, issue.code]);
		expect(found).toEqual(
			expect.arrayContaining([
				[2, 'police_service_id', 'unknown_service'],
				[3, 'opp_area_id', 'opp_area_required'],
				[4, 'opp_area_id', 'opp_area_not_opp'],
				[5, 'police_service_id', 'unknown_service'],
				[6, 'opp_region', 'not_one_of']
			])
		);
		expect(report.errors.map((issue) => describeIssue(issue, 'fr')).join(' ')).toContain('PPO');
		expect(await digest(test.db)).toEqual(before);
	});

	it('refuses a region without an OPP team', async () => {
		const opp = await oppCommunity();
		const before = await digest(test.db);
		await test.db.updateTable('reporting_unit').set({ opp_region: null }).where('id', '=', 'opp-east').execute();
		try {
			const report = await run('jurisdiction', `csduid,police_service_id,opp_area_id,opp_region\r\n${opp.csduid},opp,opp-3501,East\r\n`);
			expect(report.status).toBe('rejected');
			expect(report.errors).toEqual([expect.objectContaining({ row: 2, column: 'opp_region', value: 'East', code: 'region_without_team' })]);
		} finally {
			await test.db.updateTable('reporting_unit').set({ opp_region: 'East' }).where('id', '=', 'opp-east').execute();
		}
		expect(await digest(test.db)).toEqual(before);
	});

	it('moves a community to a municipal service and clears its OPP area', async () => {
		const opp = await oppCommunity();
		const report = await run('jurisdiction', `csduid,police_service_id,confidence\r\n${opp.csduid},toronto,low\r\n`);
		expect(report.errors).toEqual([]);
		const stored = await jurisdiction(opp.csduid);
		expect(stored).toMatchObject({ police_service_id: 'toronto', opp_area_id: null, confidence: 'low' });
		expect(stored.opp_region).toBe(opp.opp_region); // no region column: the stored region is kept
	});

	it('leaves a responder for every community after communities move between services', async () => {
		const [first, second] = await test.db.selectFrom('jurisdiction').selectAll().where('police_service_id', '=', 'opp').orderBy('csduid', 'desc').limit(2).execute();
		const municipal = await test.db.selectFrom('jurisdiction').selectAll().where('police_service_id', '=', 'barrie').executeTakeFirstOrThrow();
		const area = `opp-${municipal.csduid.slice(0, 4)}`;
		const report = await run(
			'jurisdiction',
			['csduid,police_service_id,opp_area_id', `${first!.csduid},naps,`, `${second!.csduid},barrie,`, `${municipal.csduid},opp,${area}`].join('\r\n')
		);
		expect(report.errors).toEqual([]);
		expect(report.changed).toBe(3);
		const period = (await coverageInputs.periods(test.db)).at(-1)!;
		const inputs = await coverageInputs.load(test.db, period);
		const coverage = computeCoverage({ ...inputs, thresholds: await coverageThresholds(test.db), period });
		expect(coverage.communities.length).toBeGreaterThan(500);
		for (const community of coverage.communities) expect(community.responder_id, community.csduid).toBeTruthy();
		const byId = new Map(coverage.communities.map((community) => [community.csduid, community]));
		expect(byId.get(second!.csduid)).toMatchObject({ responder_id: 'barrie' });
		expect(byId.get(municipal.csduid)?.responder_id).toMatch(/^opp-/);
		expect(byId.get(first!.csduid)?.responder_id).toBeTruthy();
	});
});
