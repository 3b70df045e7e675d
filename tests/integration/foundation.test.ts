import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { migrationProvider } from '../../src/lib/server/db/migrations/index';
import { seedDatabase } from '../../src/lib/server/seed/seed';
import { loadSeedTables } from '../../src/lib/server/seed/datasets';
import * as communities from '../../src/lib/server/queries/communities';
import * as services from '../../src/lib/server/queries/services';
import { createTestDatabase, withRollback, type TestDatabase } from './test-db';

describe('migrations and seed from an empty database', () => {
	let test: TestDatabase;
	beforeAll(async () => {
		test = await createTestDatabase({ empty: true });
	});
	afterAll(() => test.drop());

	it('migrates an empty database, and a second run applies nothing', async () => {
		const expected = Object.keys(await migrationProvider.getMigrations()).sort();
		expect(await migrateToLatest(test.db)).toEqual(expected);
		expect(await migrateToLatest(test.db)).toEqual([]);
		const tables = await sql<{ table_name: string }>`
			select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(test.db);
		expect(tables.rows.map((r) => r.table_name)).toEqual(
			expect.arrayContaining(['community', 'police_service', 'jurisdiction', 'ice_quarter', 'strategy_funding', 'dataset'])
		);
	});

	it('a seed that fails halfway writes nothing', async () => {
		const tables = loadSeedTables();
		const jurisdiction = tables.find((t) => t.table === 'jurisdiction');
		if (!jurisdiction) throw new Error('no jurisdiction table in the seed');
		const broken = { ...jurisdiction, rows: [...jurisdiction.rows, { ...jurisdiction.rows[0], csduid: '3599999' }] };
		await expect(seedDatabase(test.db, tables.map((t) => (t === jurisdiction ? broken : t)))).rejects.toThrow();
		expect(await communities.count(test.db)).toBe(0);
	});

	it('seeds every table, and a second seed changes nothing', async () => {
		const first = await seedDatabase(test.db);
		const byTable = Object.fromEntries(first.map((r) => [r.table, r]));
		expect(byTable.community?.inserted).toBe(577);
		expect(byTable.police_service?.inserted).toBe(54);
		expect(byTable.jurisdiction?.inserted).toBe(577);
		expect(byTable.ice_quarter?.inserted).toBe(58 * 26);
		const second = await seedDatabase(test.db);
		for (const report of second) {
			expect(report, report.table).toMatchObject({ inserted: 0, updated: 0, unchanged: report.rows });
		}
	});

	it('never overwrites an imported (non-illustrative) figure', async () => {
		await test.db
			.updateTable('ice_quarter')
			.set({ investigators_fte: 99, illustrative: false, source: 'import test' })
			.where('police_service_id', '=', 'toronto')
			.where('period', '=', '2024-Q1')
			.execute();
		await seedDatabase(test.db);
		const row = await test.db
			.selectFrom('ice_quarter')
			.select(['investigators_fte', 'illustrative'])
			.where('police_service_id', '=', 'toronto')
			.where('period', '=', '2024-Q1')
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ investigators_fte: 99, illustrative: false });
	});
});

describe('reference data in the seeded database', () => {
	let test: TestDatabase;
	beforeAll(async () => {
		test = await createTestDatabase();
	});
	afterAll(() => test.drop());

	it('holds 577 communities, 13 without population (null, never 0), summing to Ontario 2021', async () => {
		const rows = await communities.list(test.db);
		expect(rows).toHaveLength(577);
		expect(new Set(rows.map((r) => r.csduid)).size).toBe(577);
		expect(rows.filter((r) => r.population === null)).toHaveLength(13);
		expect(rows.reduce((sum, r) => sum + (r.population ?? 0), 0)).toBe(14_223_942);
		const pikangikum = rows.find((r) => r.csduid === '3560077');
		expect(pikangikum?.population).toBeNull();
	});

	it('search ignores accents, case and punctuation, in English and French', async () => {
		const sault = await communities.list(test.db, { query: 'sault ste marie' });
		expect(sault.map((r) => r.csduid)).toContain('3557061');
		const sudbury = await communities.list(test.db, { query: 'grand sudbury' });
		expect(sudbury.map((r) => r.csduid)).toEqual(['3553005']);
		expect(await communities.list(test.db, { query: "%' or 1=1 --" })).toEqual([]);
	});

	it('every community has exactly one service, and services add up', async () => {
		const list = await services.list(test.db);
		expect(list).toHaveLength(54);
		expect(list.reduce((sum, s) => sum + s.community_count, 0)).toBe(577);
		const toronto = await services.find(test.db, 'toronto');
		expect(toronto).toMatchObject({ kind: 'municipal', community_count: 1, population: 2_794_356 });
	});

	it('stores money as integer cents: each illustrative fiscal year sums to exactly $5,000,000.00', async () => {
		await withRollback(test.db, async (trx) => {
			const totals = await trx
				.selectFrom('strategy_funding')
				.select(['fiscal_year', sql<number>`sum(amount_cents)::bigint`.as('total')])
				.groupBy('fiscal_year')
				.execute();
			expect(totals.length).toBeGreaterThan(0);
			for (const row of totals) expect(row.total).toBe(500_000_000);
		});
	});
});
