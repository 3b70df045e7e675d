/**
 * Results kept per data version (server/cache.ts): any write to a data table, committed through any
 * connection, moves the version in the same transaction, so a second app instance (here: a second
 * cache and a second pool over the same database) recomputes on its next request; a rolled-back write
 * moves nothing, and its version number is never handed out again.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../src/lib/domain/coverage';
import { createDataCache } from '../../src/lib/server/cache';
import { createDb, type AtlasDb } from '../../src/lib/server/db/client';
import { VERSIONED_TABLES } from '../../src/lib/server/db/migrations/2026_11_30_0001_data_version';
import { bumpDataVersion, readDataVersion } from '../../src/lib/server/data-version';
import * as settings from '../../src/lib/server/queries/settings';
import { createTestDatabase, withRollback, type TestDatabase } from './test-db';

let test: TestDatabase;
let other: AtlasDb;

beforeAll(async () => {
	test = await createTestDatabase();
	other = createDb(test.url, 2);
});
afterAll(async () => {
	await other.destroy();
	await test.drop();
});

async function totalReferrals(db: AtlasDb): Promise<number> {
	const row = await db.selectFrom('ice_quarter').select(sql<number>`coalesce(sum(referrals_received), 0)::int`.as('total')).executeTakeFirstOrThrow();
	return row.total;
}

/** What an import commit does to the caseload, in one transaction through the given connection. */
async function importOneMoreReferral(db: AtlasDb): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('ice_quarter')
			.set((eb) => ({ referrals_received: eb('referrals_received', '+', 1) }))
			.where('police_service_id', '=', 'toronto')
			.where('period', '=', (eb) => eb.selectFrom('ice_quarter').select((inner) => inner.fn.max('period').as('p')))
			.execute();
	});
}

describe('data version', () => {
	it('moves with every committed write to a data table, and not with a rolled-back one', async () => {
		const before = await readDataVersion(test.db);
		await withRollback(test.db, async (trx) => {
			await trx.updateTable('police_service').set({ ice_strategy_member: true }).where('id', '=', 'toronto').execute();
			expect((await readDataVersion(trx)).version).toBeGreaterThan(before.version);
		});
		expect(await readDataVersion(test.db)).toEqual(before);
		await importOneMoreReferral(other);
		const after = await readDataVersion(test.db);
		// The rolled-back transaction took a number from the sequence: the committed one is later still.
		expect(after.version).toBeGreaterThan(before.version + 1);
		expect(after.database).toBe(before.database);
	});

	it('moves when the thresholds are saved and when bumped by hand, in the writer’s transaction', async () => {
		const before = (await readDataVersion(test.db)).version;
		await test.db.transaction().execute((trx) => settings.saveCoverageThresholds(trx, { ...DEFAULT_THRESHOLDS }, null));
		const saved = (await readDataVersion(test.db)).version;
		expect(saved).toBeGreaterThan(before);
		const bumped = await test.db.transaction().execute((trx) => bumpDataVersion(trx));
		expect(bumped).toBeGreaterThan(saved);
		expect((await readDataVersion(test.db)).version).toBe(bumped);
	});

	it('is kept by a trigger on each data table the computations read', async () => {
		const rows = await sql<{ table: string }>`
			select c.relname as table from pg_trigger t join pg_class c on c.oid = t.tgrelid
			where t.tgname like '%_bumps_data_version' and not t.tgisinternal`.execute(test.db);
		const triggered = rows.rows.map((row) => row.table).sort();
		// Reporting units (migration 2026_12_07_0001_responders) came after the data-version migration.
		expect(triggered).toEqual([...VERSIONED_TABLES, 'reporting_unit'].sort());
		expect(triggered).toEqual(expect.arrayContaining(['community', 'jurisdiction', 'police_service', 'ice_quarter', 'strategy_funding', 'setting']));
	});
});

describe('data cache', () => {
	it('computes once per data version and shares a computation between callers asking at once', async () => {
		const cache = createDataCache();
		let runs = 0;
		const compute = async () => {
			runs++;
			return { total: await totalReferrals(test.db) };
		};
		const [a, b] = await Promise.all([cache.get(test.db, 'total', compute), cache.get(test.db, 'total', compute)]);
		expect(runs).toBe(1);
		expect(b).toBe(a);
		expect(await cache.get(test.db, 'total', compute)).toBe(a);
		expect(runs).toBe(1);
		// Shared between requests, so frozen to catch a caller mutating it.
		expect(Object.isFrozen(a)).toBe(true);
	});

	it('two instances over one database each see an import made through the other', async () => {
		const first = createDataCache();
		const second = createDataCache();
		const total = (db: AtlasDb) => () => totalReferrals(db);
		const before = await first.get(test.db, 'total', total(test.db));
		expect(await second.get(other, 'total', total(other))).toBe(before);

		await importOneMoreReferral(other);
		expect(await first.get(test.db, 'total', total(test.db))).toBe(before + 1);
		expect(await second.get(other, 'total', total(other))).toBe(before + 1);

		await importOneMoreReferral(test.db);
		expect(await second.get(other, 'total', total(other))).toBe(before + 2);
		expect(await first.get(test.db, 'total', total(test.db))).toBe(before + 2);
	});

	it('forgets a failed computation, so the next request tries again', async () => {
		const cache = createDataCache();
		await expect(cache.get(test.db, 'flaky', () => Promise.reject(new Error('connection lost')))).rejects.toThrow('connection lost');
		expect(await cache.get(test.db, 'flaky', () => Promise.resolve(42))).toBe(42);
	});

	it('holds at most its bound, dropping the least recently used, and drops entries of older versions', async () => {
		const cache = createDataCache(2);
		await cache.get(test.db, 'a', () => Promise.resolve(1));
		await cache.get(test.db, 'b', () => Promise.resolve(2));
		await cache.get(test.db, 'a', () => Promise.resolve(-1));
		await cache.get(test.db, 'c', () => Promise.resolve(3));
		expect(cache.size).toBe(2);
		expect(await cache.get(test.db, 'a', () => Promise.resolve(-1))).toBe(1);
		expect(await cache.get(test.db, 'b', () => Promise.resolve(20))).toBe(20);

		await test.db.transaction().execute((trx) => bumpDataVersion(trx));
		const { version, value } = await cache.getVersioned(test.db, 'a', () => Promise.resolve(10));
		expect(value).toBe(10);
		expect(version).toBe((await readDataVersion(test.db)).version);
		expect(cache.size).toBe(1);
	});
});
