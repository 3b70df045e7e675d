/**
 * Excel workbooks (exceljs builds them here): the first sheet is read, numeric cells and dates
 * become the same values as in a CSV (a date in a period column is the fiscal quarter holding
 * it), formulas count by their cached result, and a workbook that unpacks too large is refused
 * before it is unpacked.
 */
import { readdirSync } from 'node:fs';
import os from 'node:os';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/lib/i18n/import-issues';
import type { ImportActor } from '../../src/lib/domain/import/permissions';
import { UnsupportedFormatError } from '../../src/lib/server/import/limits';
import { importFile } from '../../src/lib/server/import/operations';
import { actor, body, NOW } from '../fixtures/imports/support';
import { createTestDatabase, type TestDatabase } from './test-db';

let test: TestDatabase;
let planner: ImportActor;

beforeAll(async () => {
	test = await createTestDatabase();
	planner = await actor(test.db, 'planner-xlsx', 'planner');
});
afterAll(() => test.drop());

/** A workbook whose first sheet holds `rows`; a second sheet of notes must be ignored. */
async function workbook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet('Data');
	for (const row of rows) sheet.addRow(row);
	book.addWorksheet('Notes').addRow(['not', 'data', 'at', 'all']);
	return Buffer.from(await book.xlsx.writeBuffer());
}

const CASELOAD_HEADER = ['police_service_id', 'period', 'referrals_received', 'investigations_opened', 'investigations_concluded', 'charges_laid', 'victims_identified', 'open_backlog', 'files_referred_project_p'];

describe('Excel workbooks', () => {
	it('turns Excel dates into fiscal quarters and numeric cells into figures, leaving no temporary file', async () => {
		const temporary = new Set(readdirSync(os.tmpdir()));
		const file = await workbook([
			CASELOAD_HEADER,
			// 15 May 2024 is in FY2024-25 Q1; 2 February 2025 in FY2024-25 Q4.
			['toronto', new Date(Date.UTC(2024, 4, 15)), 700, 540, 500, 180, 30, 470, 20],
			['york', new Date(Date.UTC(2025, 1, 2)), 310, 250, 210, 85, 10, { formula: '95+95', result: 190 }, 15]
		]);
		const report = await importFile(test.db, body(file), { kind: 'caseload', fileName: 'caseload.xlsx', actor: planner, dryRun: false, now: NOW });
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual([]);
		expect(report).toMatchObject({ status: 'committed', format: 'xlsx', rows: 2, changed: 2 });
		const rows = await test.db
			.selectFrom('ice_quarter')
			.select(['police_service_id', 'period', 'referrals_received', 'open_backlog'])
			.where('caseload_import_id', '=', report.id)
			.orderBy('police_service_id')
			.execute();
		expect(rows).toEqual([
			{ police_service_id: 'toronto', period: '2024-Q1', referrals_received: 700, open_backlog: 470 },
			{ police_service_id: 'york', period: '2024-Q4', referrals_received: 310, open_backlog: 190 }
		]);
		// exceljs's streaming reader would spill sheets to tmp files; the import reads from memory.
		// Only this process's files count: other programs share the temporary folder. `tmp-<pid>-` is
		// how exceljs's `tmp` dependency names the files its streaming reader spills.
		expect(readdirSync(os.tmpdir()).filter((name) => !temporary.has(name) && name.startsWith(`tmp-${process.pid}-`))).toEqual([]);
	});

	it('reads fiscal years from dates and amounts from numeric cells, on the first sheet only', async () => {
		const file = await workbook([
			['id_service_police', 'exercice', 'montant_dollars'],
			['toronto', new Date(Date.UTC(2023, 3, 1)), 1234.56],
			['york', new Date(Date.UTC(2024, 2, 31)), 0.1 + 0.2]
		]);
		const report = await importFile(test.db, body(file), { kind: 'funding', fileName: 'financement.xlsx', actor: planner, dryRun: false, now: NOW });
		expect(report.errors).toEqual([]);
		const rows = await test.db.selectFrom('strategy_funding').select(['police_service_id', 'fiscal_year', 'amount_cents']).where('source', 'like', `import #${report.id} %`).orderBy('police_service_id').execute();
		// 0.1 + 0.2 is 0.30000000000000004 in binary; Excel shows 0.3, and so does the import.
		expect(rows).toEqual([
			{ police_service_id: 'toronto', fiscal_year: 2023, amount_cents: 123_456 },
			{ police_service_id: 'york', fiscal_year: 2023, amount_cents: 30 }
		]);
	});

	it('reports errors by spreadsheet row, counting blank rows', async () => {
		const book = new ExcelJS.Workbook();
		const sheet = book.addWorksheet('Data');
		sheet.getRow(1).values = CASELOAD_HEADER;
		sheet.getRow(4).values = ['toronto', '2024-Q1', 'twelve', 1, 1, 1, 1, 1, 1];
		const report = await importFile(test.db, body(Buffer.from(await book.xlsx.writeBuffer())), { kind: 'caseload', fileName: 'gaps.xlsx', actor: planner, dryRun: true, now: NOW });
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual(["row 4, column referrals_received: 'twelve' is not a whole number"]);
	});

	it('refuses a workbook that would unpack beyond the limit, without unpacking it', async () => {
		const file = await workbook([CASELOAD_HEADER]);
		// Rewrite every central-directory entry's unpacked size to about 4 GB.
		for (let offset = file.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); offset !== -1; offset = file.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), offset + 4)) {
			file.writeUInt32LE(0xfffffff0, offset + 24);
		}
		const report = await importFile(test.db, body(file), { kind: 'caseload', fileName: 'bomb.xlsx', actor: planner, dryRun: true, now: NOW });
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual(['the workbook unpacks to more than 200 MB']);
	});

	it('refuses a legacy .xls file and a corrupt workbook clearly', async () => {
		const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
		await expect(importFile(test.db, body(xls), { kind: 'caseload', fileName: 'old.xls', actor: planner, dryRun: true, now: NOW })).rejects.toBeInstanceOf(UnsupportedFormatError);
		const corrupt = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]);
		const report = await importFile(test.db, body(corrupt), { kind: 'caseload', fileName: 'broken.xlsx', actor: planner, dryRun: true, now: NOW });
		expect(report.errors.map((issue) => describeIssue(issue, 'en'))).toEqual(['the file cannot be read']);
	});
});
