/**
 * A commit interrupted halfway leaves the database exactly as it was (issue 9): a child process
 * committing 50,000 rows is SIGKILLed after writing its first batch inside the transaction, and a
 * commit whose database connection is terminated (pg_terminate_backend) fails the same way.
 * Afterwards the import lock is free and a normal import succeeds.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../../src/lib/server/db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportActor } from '../../src/lib/domain/import/permissions';
import { importFile } from '../../src/lib/server/import/operations';
import { addSyntheticServices, caseloadCsv, VOLUME_PERIODS } from '../fixtures/imports/generate';
import { actor, body, digest, fixture, NOW } from '../fixtures/imports/support';
import { createTestDatabase, type TestDatabase } from './test-db';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let test: TestDatabase;
let planner: ImportActor;

beforeAll(async () => {
	test = await createTestDatabase();
	planner = await actor(test.db, 'planner-crash', 'planner');
	await addSyntheticServices(test.db, 2000);
});
afterAll(() => test.drop());

/** Waits until no session of this database is inside a transaction any more (PostgreSQL rolled it back). */
async function openTransactions(): Promise<number> {
	const result = await sql<{ n: number }>`
		select count(*)::int as n from pg_stat_activity
		where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`.execute(test.db);
	return result.rows[0]?.n ?? 0;
}

async function settle(): Promise<void> {
	for (let waited = 0; waited < 10_000 && (await openTransactions()) > 0; waited += 100) await new Promise((r) => setTimeout(r, 100));
}

describe('a commit that dies halfway', () => {
	it('leaves nothing behind when its process is killed mid-transaction', { timeout: 120_000 }, async () => {
		const before = await digest(test.db);
		const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/imports/commit-child.ts', test.url, JSON.stringify(planner)], {
			cwd: root,
			stdio: ['ignore', 'pipe', 'inherit']
		});
		const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
		await new Promise<void>((resolve, reject) => {
			let output = '';
			child.stdout.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				if (output.includes('written')) resolve();
			});
			child.once('exit', () => reject(new Error(`the child exited before writing: ${output}`)));
		});
		expect(await openTransactions()).toBeGreaterThan(0);
		child.kill('SIGKILL');
		expect(await exited).toBe('SIGKILL');
		await settle();
		expect(await digest(test.db)).toEqual(before);
	});

	it('leaves nothing behind when its database connection is terminated', { timeout: 120_000 }, async () => {
		const before = await digest(test.db);
		const services = (await test.db.selectFrom('police_service').select('id').where('id', 'like', 'synthetic-%').execute()).map((r) => r.id);
		// A pool whose clients survive their backend being terminated: pg emits 'error' on a client in use.
		const pool = new pg.Pool({ connectionString: test.url, max: 2 });
		pool.on('connect', (client) => client.on('error', () => {}));
		pool.on('error', () => {});
		const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
		const commit = importFile(db, body(caseloadCsv(services, VOLUME_PERIODS, 2)), {
			kind: 'caseload',
			fileName: 'terminated.csv',
			actor: planner,
			dryRun: false,
			now: NOW,
			onProgress: async () => {
				await sql`select pg_terminate_backend(pid) from pg_stat_activity
					where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`.execute(test.db);
			}
		});
		await expect(commit).rejects.toThrow();
		await db.destroy();
		await settle();
		expect(await digest(test.db)).toEqual(before);
	});

	it('releases the import lock: the next import commits', async () => {
		const report = await importFile(test.db, body(fixture('caseload-good.csv')), { kind: 'caseload', fileName: 'after.csv', actor: planner, dryRun: false, now: NOW });
		expect(report.status).toBe('committed');
	});
});
