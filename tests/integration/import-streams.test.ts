/**
 * The strategy streams as import kinds (issue 10, item 4): prevention (community × school year),
 * training (police service or Crown office × year) and registry (program × service × quarter) go
 * through the same checks, preview, one-transaction commit, change log and rollback as the kinds of
 * issue 9. Imported rows lose the illustrative flag and name their import; chiefs are refused.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/lib/i18n/import-issues';
import type { ImportKind } from '../../src/lib/domain/import/kinds';
import type { ImportActor } from '../../src/lib/domain/import/permissions';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { ImportForbiddenError, importFile } from '../../src/lib/server/import/operations';
import { rollbackImport } from '../../src/lib/server/import/rollback';
import { POST as upload } from '../../src/routes/api/imports/+server';
import { actor, body, NOW } from '../fixtures/imports/support';
import { appDatabase } from './test-db';

const test = appDatabase();
let planner: ImportActor;
let chief: ImportActor;

beforeAll(async () => {
	planner = await actor(test.db, 'planner-streams', 'planner');
	chief = await actor(test.db, 'chief-streams', 'chief', 'toronto');
});

const STREAM_TABLES = {
	stream_prevention: 'csduid, school_year',
	stream_training: 'office_kind, office_id, as_of_year',
	stream_registry_quarter: 'program_id, police_service_id, period',
	data_import: 'id',
	import_change: 'import_id, seq'
} as const;

/** One MD5 per stream table over every row in key order: equal digests mean equal contents. */
async function streamDigest(): Promise<Record<string, string>> {
	const result: Record<string, string> = {};
	for (const [table, order] of Object.entries(STREAM_TABLES)) {
		const row = await sql<{ md5: string | null }>`
			select md5(string_agg(t::text, '|' order by ${sql.raw(order)})) as md5 from ${sql.table(table)} as t`.execute(test.db);
		result[table] = row.rows[0]?.md5 ?? 'empty';
	}
	return result;
}

const run = (kind: ImportKind, file: string, fileName: string, who: ImportActor = planner) =>
	importFile(test.db, body(file), { kind, fileName, actor: who, dryRun: false, now: NOW });

describe('prevention import', () => {
	let id = -1;
	let illustrative: { csduid: string; school_year: string } = { csduid: '', school_year: '' };
	let before: Record<string, string> = {};
	// French headers, a semicolon file: the same checks as the issue 9 kinds.
	const file = () =>
		`annee_scolaire;sdridu;eleves_7e_8e_annee;classes_rejointes;eleves_rejoints;enseignants_formes\n` +
		`${illustrative.school_year};${illustrative.csduid};1200;30;720;31\n` +
		`2025-26;${illustrative.csduid};1210;35;840;36\n`;

	it('commits a good file: imported rows lose the illustrative flag and name their import', async () => {
		const row = await test.db.selectFrom('stream_prevention').select(['csduid', 'school_year']).where('illustrative', '=', true).orderBy('csduid').executeTakeFirstOrThrow();
		illustrative = row;
		before = await streamDigest();
		const report = await run('prevention', file(), 'prevention.csv');
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual([]);
		expect(report).toMatchObject({ status: 'committed', rows: 2, new: 1, changed: 1, unchanged: 0 });
		id = report.id ?? -1;
		const stored = await test.db.selectFrom('stream_prevention').selectAll().where('csduid', '=', illustrative.csduid).orderBy('school_year').execute();
		const imported = stored.filter((r) => !r.illustrative);
		expect(imported).toEqual([
			{ ...illustrative, grade_7_8_students: 1200, classrooms_reached: 30, students_reached: 720, teachers_trained: 31, illustrative: false, source: `import #${id} prevention.csv by planner-streams` },
			{ csduid: illustrative.csduid, school_year: '2025-26', grade_7_8_students: 1210, classrooms_reached: 35, students_reached: 840, teachers_trained: 36, illustrative: false, source: `import #${id} prevention.csv by planner-streams` }
		]);
	});

	it('importing the same file twice changes nothing', async () => {
		const once = await streamDigest();
		const again = await run('prevention', file(), 'prevention.csv');
		expect(again).toMatchObject({ status: 'committed', new: 0, changed: 0, unchanged: 2 });
		const twice = await streamDigest();
		expect(twice.stream_prevention).toBe(once.stream_prevention);
		expect(twice.import_change).toBe(once.import_change);
	});

	it('reports a bad row by row and column, every problem, and writes nothing', async () => {
		const unchanged = await streamDigest();
		const bad =
			'csduid,school_year,grade_7_8_students,classrooms_reached,students_reached,teachers_trained\n' +
			`${illustrative.csduid},2024-26,100,2,40,2\n` +
			`3599999,2024-25,12a,2,40,2\n` +
			`${illustrative.csduid},2023-24,100,2,140,2\n`;
		const report = await run('prevention', bad, 'bad.csv');
		expect(report.status).toBe('rejected');
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual([
			"row 2, column school_year: '2024-26' is not a school year (e.g. 2024-25)",
			"row 3, column csduid: '3599999' is not an Ontario census subdivision of the 2021 Census",
			"row 3, column grade_7_8_students: '12a' is not a whole number",
			"row 4, column students_reached: '140' is more than grade_7_8_students (100)"
		]);
		expect(await streamDigest()).toEqual(unchanged);
	});

	it('rollback restores the illustrative rows exactly and removes the rows it created', async () => {
		const second = await run('prevention', file().replace(';720;', ';721;'), 'prevention-2.csv');
		expect(second).toMatchObject({ status: 'committed', changed: 1, unchanged: 1 });
		expect(await rollbackImport(test.db, second.id ?? -1, planner, NOW)).toMatchObject({ ok: true });
		expect(await rollbackImport(test.db, id, planner, NOW)).toMatchObject({ ok: true, restored: 2 });
		const after = await streamDigest();
		expect(after.stream_prevention).toBe(before.stream_prevention);
	});
});

describe('training import', () => {
	it('commits police service and Crown office rows, setting the service of a police row only', async () => {
		const before = await streamDigest();
		const file =
			'office_kind,office_id,as_of_year,office_name,office_name_fr,staff,trained,trained_current,latest_training_year\n' +
			'police_service,Toronto,2025,Toronto Police Service,Service de police de Toronto,60,50,40,2025\n' +
			'bureau_de_la_couronne,crown-toronto,2025,"Crown Attorneys, Toronto Region","Procureurs de la Couronne, région de Toronto",9,8,7,2024\n';
		const report = await run('training', file, 'training.csv');
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual([]);
		expect(report).toMatchObject({ status: 'committed', rows: 2 });
		const rows = await test.db.selectFrom('stream_training').selectAll().where('as_of_year', '=', 2025).where('office_id', 'in', ['toronto', 'crown-toronto']).orderBy('office_id').execute();
		expect(rows.map((r) => [r.office_kind, r.office_id, r.police_service_id, r.staff, r.trained, r.trained_current, r.latest_training_year, r.illustrative, r.source])).toEqual([
			['crown_office', 'crown-toronto', null, 9, 8, 7, 2024, false, `import #${report.id} training.csv by planner-streams`],
			['police_service', 'toronto', 'toronto', 60, 50, 40, 2025, false, `import #${report.id} training.csv by planner-streams`]
		]);
		expect(await run('training', file, 'training.csv')).toMatchObject({ status: 'committed', new: 0, changed: 0, unchanged: 2 });
		expect(await rollbackImport(test.db, report.id ?? -1, planner, NOW)).toMatchObject({ ok: true });
		expect((await streamDigest()).stream_training).toBe(before.stream_training);
	});

	it('reports trained above staff and an unknown police service by row and column', async () => {
		const unchanged = await streamDigest();
		const file =
			'office_kind,office_id,as_of_year,office_name,office_name_fr,staff,trained,trained_current\n' +
			'police_service,nowhere,2025,Nowhere,Nulle part,5,5,5\n' +
			'crown_office,crown-east,2025,East,Est,5,6,1\n';
		const report = await run('training', file, 'bad.csv');
		expect(report.status).toBe('rejected');
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual([
			"row 2, column office_id: 'nowhere' is not a police service of the atlas",
			"row 3, column trained: '6' is more than staff (5)"
		]);
		expect(await streamDigest()).toEqual(unchanged);
	});
});

describe('registry import', () => {
	it('commits aggregates per program, service and quarter, and rolls back to the illustrative figures', async () => {
		const before = await streamDigest();
		const file =
			'program_id,police_service_id,period,registrants,verifications_done,non_compliant_located\n' +
			'toronto-address-verification,toronto,2025-Q1,1010,990,12\n' +
			'toronto-address-verification,toronto,2025-Q3,1020,500,9\n';
		const report = await run('registry', file, 'registry.csv');
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual([]);
		expect(report).toMatchObject({ status: 'committed', rows: 2, new: 1, changed: 1 });
		const row = await test.db.selectFrom('stream_registry_quarter').selectAll().where('period', '=', '2025-Q1').where('police_service_id', '=', 'toronto').executeTakeFirstOrThrow();
		expect(row).toMatchObject({ registrants: 1010, verifications_done: 990, non_compliant_located: 12, illustrative: false, source: `import #${report.id} registry.csv by planner-streams` });
		expect(await run('registry', file, 'registry.csv')).toMatchObject({ new: 0, changed: 0, unchanged: 2 });
		expect(await rollbackImport(test.db, report.id ?? -1, planner, NOW)).toMatchObject({ ok: true });
		expect((await streamDigest()).stream_registry_quarter).toBe(before.stream_registry_quarter);
	});

	it('reports an unknown program and more verifications than registrants, and writes nothing', async () => {
		const unchanged = await streamDigest();
		const file =
			'id_programme,id_service_police,periode,personnes_inscrites,verifications_faites,non_conformes_retrouves\n' +
			'no-such-program,toronto,2025-Q1,10,5,0\n' +
			'toronto-address-verification,toronto,2025-Q2,10,11,0\n';
		const report = await run('registry', file, 'bad.csv');
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual([
			"row 2, column id_programme: 'no-such-program' is not an address-verification program of the atlas",
			"row 3, column verifications_faites: '11' is more than personnes_inscrites (10)"
		]);
		expect(await streamDigest()).toEqual(unchanged);
	});
});

describe('stream import permissions', () => {
	function event(path: string, who: AuthUser): RequestEvent {
		const url = new URL(path, 'http://localhost');
		const request = new Request(url, { method: 'POST', body: 'x', headers: { 'content-type': 'text/csv' } });
		return { url, request, params: {}, locals: { locale: 'en', user: who }, route: { id: null } } as unknown as RequestEvent;
	}

	it('answers a chief 403 for every stream kind, and the server code refuses them too', async () => {
		const who: AuthUser = { ...chief, id: chief.id ?? 0, display_name: 'chief-streams', credential: { kind: 'session', session_hash: 'test' } };
		for (const kind of ['prevention', 'training', 'registry'] as const) {
			const response = await upload(event(`/api/imports?kind=${kind}&dry_run=true`, who) as never);
			expect(response.status, kind).toBe(403);
			await expect(run(kind, 'x', 'x.csv', chief)).rejects.toBeInstanceOf(ImportForbiddenError);
		}
	});
});
