/**
 * Each kind end to end against a real database: English and French headers, commas and
 * semicolons, BOM, blank lines, trailing spaces; preview then commit; imported values lose the
 * illustrative flag and name their import; importing the same file twice changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount } from '../../src/lib/format';
import { describeIssue } from '../../src/lib/i18n/import-issues';
import type { ImportActor } from '../../src/lib/domain/import/permissions';
import { commitPreview, importFile } from '../../src/lib/server/import/operations';
import { provenance } from '../../src/lib/server/import/provenance';
import { actor, body, digest, fixture, NOW } from '../fixtures/imports/support';
import { createTestDatabase, type TestDatabase } from './test-db';

let test: TestDatabase;
let planner: ImportActor;

beforeAll(async () => {
	test = await createTestDatabase();
	planner = await actor(test.db, 'planner-kinds', 'planner');
});
afterAll(() => test.drop());

const quarter = (service: string, period: string) =>
	test.db.selectFrom('ice_quarter').selectAll().where('police_service_id', '=', service).where('period', '=', period).executeTakeFirstOrThrow();

describe('caseload', () => {
	it('previews without touching the figures, then commits the preview', async () => {
		const before = await digest(test.db);
		const preview = await importFile(test.db, body(fixture('caseload-good.csv')), {
			kind: 'caseload',
			fileName: 'caseload-good.csv',
			actor: planner,
			dryRun: true,
			now: NOW
		});
		expect(preview).toMatchObject({ status: 'preview', rows: 3, new: 0, changed: 3, unchanged: 0, errors: [] });
		const after = await digest(test.db);
		expect({ ...after, data_import: '' }).toEqual({ ...before, data_import: '' });

		const committed = await commitPreview(test.db, preview.id ?? -1, planner, NOW);
		expect(committed).toMatchObject({ status: 'committed', id: preview.id, changed: 3 });
		const row = await quarter('toronto', '2025-Q1');
		expect(row).toMatchObject({ referrals_received: 700, open_backlog: 470, illustrative: false, caseload_import_id: preview.id, capacity_import_id: null });
		expect(row.source).toBe(`capacity: illustrative; caseload: import #${preview.id} caseload-good.csv by planner-kinds`);
	});

	it('importing the same file again changes nothing', async () => {
		const before = await digest(test.db);
		const again = await importFile(test.db, body(fixture('caseload-good.csv')), { kind: 'caseload', fileName: 'caseload-good.csv', actor: planner, dryRun: false, now: NOW });
		expect(again).toMatchObject({ status: 'committed', new: 0, changed: 0, unchanged: 3 });
		const after = await digest(test.db);
		expect(after.ice_quarter).toBe(before.ice_quarter);
	});

	it('reads French headers, semicolons, a BOM, blank lines and trailing spaces like the English file', async () => {
		const report = await importFile(test.db, body(fixture('caseload-fr-semicolon.csv')), { kind: 'caseload', fileName: 'fr.csv', actor: planner, dryRun: true, now: NOW });
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual([]);
		expect(report).toMatchObject({ rows: 2, unchanged: 2, format: 'csv' });
	});

	it('reports every problem by row and column, and writes nothing', async () => {
		const before = await digest(test.db);
		const report = await importFile(test.db, body(fixture('caseload-bad.csv')), { kind: 'caseload', fileName: 'bad.csv', actor: planner, dryRun: false, now: NOW });
		expect(report.status).toBe('rejected');
		expect(report.id).toBeNull();
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual([
			"row 2, column referrals_received: '12a' is not a whole number",
			"row 3, column police_service_id: 'nowhere' is not a police service of the atlas",
			"row 4, column police_service_id: 'toronto, 2025-Q1' appears twice: already on row 2",
			"row 5, column period: '2031-Q1' is outside the accepted quarters (2004-Q1 to 2025-Q4)",
			"row 5, column investigations_opened: '-2' is negative",
			"row 5, column investigations_concluded: '1.5' is not a whole number",
			"row 6, column period: 'spring' is not a fiscal quarter (YYYY-Qn, e.g. 2024-Q1, or a date)",
			'row 6, column files_referred_project_p: a value is required',
			"row 7, column #10: 'surplus' is in a column without a header"
		]);
		expect(await digest(test.db)).toEqual(before);
	});
});

describe('capacity', () => {
	it('reads decimal commas in a semicolon file and keeps the caseload half as it was', async () => {
		const caseloadBefore = await quarter('york', '2025-Q1');
		const request = { kind: 'capacity' as const, fileName: 'capacite.csv', actor: planner, dryRun: false, now: NOW };
		// York's 700 devices waiting is far above its recent quarters: held until confirmed.
		const held = await importFile(test.db, body(fixture('capacity-fr-semicolon.csv')), request);
		expect(held).toMatchObject({ status: 'held', id: null, errors: [] });
		expect(held.warnings.map((warning) => [warning.row, warning.column])).toContainEqual([3, 'appareils_en_attente_examen']);
		expect((await quarter('york', '2025-Q1')).forensic_backlog_devices).toBe(caseloadBefore.forensic_backlog_devices);
		const report = await importFile(test.db, body(fixture('capacity-fr-semicolon.csv')), { ...request, confirmWarnings: true });
		expect(report).toMatchObject({ status: 'committed', changed: 2, errors: [] });
		const york = await quarter('york', '2025-Q1');
		expect(york).toMatchObject({ investigators_fte: 15, forensic_examiners_fte: 5.5, forensic_backlog_devices: 700, capacity_import_id: report.id });
		expect(york.referrals_received).toBe(caseloadBefore.referrals_received);
		expect(york.caseload_import_id).toBe(caseloadBefore.caseload_import_id);
	});

	it('refuses a quarter not stored yet when the file gives only capacity', async () => {
		const report = await importFile(test.db, body(fixture('capacity-new-quarter-half.csv')), { kind: 'capacity', fileName: 'half.csv', actor: planner, dryRun: true, now: NOW });
		expect(report.status).toBe('rejected');
		expect(report.errors).toHaveLength(7);
		expect(describeIssue(report.errors[0]!, 'en')).toBe(
			"row 2, column referrals_received: a value is required: toronto 2025-Q3 is not stored yet, and capacity and caseload share one record"
		);
	});

	it('creates a new quarter when the file carries both halves', async () => {
		const report = await importFile(test.db, body(fixture('capacity-new-quarter.csv')), { kind: 'capacity', fileName: 'new.csv', actor: planner, dryRun: false, now: NOW });
		expect(report).toMatchObject({ status: 'committed', new: 1 });
		const row = await quarter('toronto', '2025-Q3');
		expect(row).toMatchObject({ investigators_fte: 56, referrals_received: 740, illustrative: false, source: `import #${report.id} new.csv by planner-kinds` });
	});
});

describe('funding', () => {
	it('turns dollars and cents into exact integer cents', async () => {
		const report = await importFile(test.db, body(fixture('funding-good.csv')), { kind: 'funding', fileName: 'funding.csv', actor: planner, dryRun: false, now: NOW });
		expect(report.errors).toEqual([]);
		const rows = await test.db.selectFrom('strategy_funding').selectAll().where('fiscal_year', 'in', [2023, 2024]).where('police_service_id', 'in', ['toronto', 'york']).orderBy(['police_service_id', 'fiscal_year']).execute();
		const amounts = Object.fromEntries(rows.map((r) => [`${r.police_service_id} ${r.fiscal_year}`, [r.amount_cents, r.illustrative]]));
		expect(amounts).toMatchObject({ 'toronto 2024': [85_208_837, false], 'york 2024': [38_085_808, false], 'york 2023': [38_085_810, false] });
	});

	it('refuses fractions of a cent, negative amounts and impossible fiscal years', async () => {
		const report = await importFile(test.db, body(fixture('funding-bad.csv')), { kind: 'funding', fileName: 'bad.csv', actor: planner, dryRun: true, now: NOW });
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual([
			"row 2, column amount_dollars: '852088.375' has too many decimals (at most 2)",
			"row 3, column amount_dollars: '-5' is negative",
			"row 4, column fiscal_year: '2024-26' is not a fiscal year (e.g. 2024 or 2024-25)"
		]);
	});
});

describe('children, jurisdiction and roster', () => {
	it('replaces the children estimate with imported counts', async () => {
		const report = await importFile(test.db, body(fixture('children-good.csv')), { kind: 'children', fileName: 'children.csv', actor: planner, dryRun: false, now: NOW });
		expect(report).toMatchObject({ status: 'committed', changed: 2 });
		const toronto = await test.db.selectFrom('community').select(['children', 'children_source']).where('csduid', '=', '3520005').executeTakeFirstOrThrow();
		expect(toronto).toEqual({ children: 540_000, children_source: 'imported' });
	});

	it('refuses more children than people, and unknown census subdivisions (French headers)', async () => {
		const report = await importFile(test.db, body(fixture('children-bad.csv')), { kind: 'children', fileName: 'enfants.csv', actor: planner, dryRun: true, now: NOW });
		expect(report.errors.map((issue) => describeIssue(issue, 'fr'))).toEqual([
			`ligne 2, colonne enfants : « 3000000 » dépasse la population de 2021 (${formatCount(2_794_356, 'fr')})`,
			'ligne 3, colonne sdridu : « 3599999 » n’est pas une subdivision de recensement de l’Ontario au Recensement de 2021'
		]);
	});

	it('assigns jurisdiction with high confidence by default', async () => {
		const report = await importFile(test.db, body(fixture('jurisdiction-good.csv')), { kind: 'jurisdiction', fileName: 'j.csv', actor: planner, dryRun: false, now: NOW });
		expect(report).toMatchObject({ status: 'committed', changed: 2 });
		const york = await test.db.selectFrom('jurisdiction').selectAll().where('csduid', '=', '3519028').executeTakeFirstOrThrow();
		expect(york).toMatchObject({ police_service_id: 'york', confidence: 'high', note: 'Regional municipality of York', source: `import #${report.id} j.csv by planner-kinds` });
	});

	it('loads Project P members and their availability', async () => {
		const report = await importFile(test.db, body(fixture('roster-good.csv')), { kind: 'roster', fileName: 'roster.csv', actor: planner, dryRun: false, now: NOW });
		expect(report).toMatchObject({ status: 'committed', new: 4 });
		// The seed may hold an illustrative demo roster (Project P feature); only this file's members count here.
		const members = await test.db.selectFrom('project_p_member').selectAll().where('id', 'like', 'PP-%').orderBy('id').execute();
		expect(members).toEqual([
			{ id: 'PP-001', name: 'Alex Martin', role: 'detective', home_region: 'Central', active: true },
			{ id: 'PP-002', name: 'Sam Roy', role: 'forensic_examiner', home_region: 'North East', active: true },
			{ id: 'PP-003', name: 'Lee Chan', role: 'detective', home_region: 'West', active: false }
		]);
		const availability = await test.db.selectFrom('project_p_availability').selectAll().where('member_id', 'like', 'PP-%').orderBy(['member_id', 'period']).execute();
		expect(availability).toEqual([
			{ member_id: 'PP-001', period: '2025-Q1', fte: 1 },
			{ member_id: 'PP-001', period: '2025-Q2', fte: 0.5 },
			{ member_id: 'PP-002', period: '2025-Q1', fte: 0.75 }
		]);
	});

	it('refuses a member described two ways and out-of-range availability', async () => {
		const report = await importFile(test.db, body(fixture('roster-bad.csv')), { kind: 'roster', fileName: 'bad.csv', actor: planner, dryRun: true, now: NOW });
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual([
			"row 3, column fte: '1.5' is more than 1",
			"row 4, column role: 'sergeant' is not one of detective, forensic_examiner",
			"row 4, column home_region: 'Nord' is not one of West, Central, East, North East, North West",
			'row 4, column fte: a value is required: a period and an availability go together'
		]);
	});
});

describe('provenance', () => {
	it('counts imported rows per dataset and names the last import of each', async () => {
		const datasets = Object.fromEntries((await provenance(test.db)).map((d) => [d.dataset, d]));
		expect(datasets.funding).toMatchObject({ rows: 189, imported: 3, baseline: 'illustrative', last: { file_name: 'funding.csv', username: 'planner-kinds' } });
		expect(datasets.children).toMatchObject({ rows: 577, imported: 2, baseline: 'estimate', last: { file_name: 'children.csv' } });
		expect(datasets.jurisdiction).toMatchObject({ rows: 577, imported: 2, baseline: 'compiled' });
		expect(datasets.capacity?.imported).toBe(3);
		expect(datasets.caseload?.imported).toBe(4);
		expect(datasets.roster).toMatchObject({ imported: 3, last: { file_name: 'roster.csv' } });
	});
});
