/**
 * Import speed (issue 9, item 10): validate and commit 50,000 caseload rows (a 2.6 MB CSV) in one
 * transaction against a throwaway embedded PostgreSQL, migrated and seeded like a first start.
 * 2,000 synthetic services × 25 quarters make 50,000 distinct keys (Ontario has 94 services).
 * Each run imports the same file into the same state: the previous run is rolled back (untimed).
 * Target ≤ 10 s (on 2 cores); the median of 3 runs is reported.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb } from '../src/lib/server/db/client';
import { startEmbedded } from '../src/lib/server/db/embedded';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { seedDatabase } from '../src/lib/server/seed/seed';
import { importFile } from '../src/lib/server/import/operations';
import { rollbackImport } from '../src/lib/server/import/rollback';
import { addSyntheticServices, caseloadCsv, VOLUME_PERIODS } from '../tests/fixtures/imports/generate';
import { median, type BenchResult } from './types';

const RUNS = 3;

async function* chunks(text: string): AsyncGenerator<Uint8Array> {
	const bytes = Buffer.from(text, 'utf8');
	for (let start = 0; start < bytes.length; start += 64 * 1024) yield bytes.subarray(start, start + 64 * 1024);
}

export default async function run(): Promise<BenchResult[]> {
	const dataDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-import-'));
	const cluster = await startEmbedded(dataDir);
	const db = createDb(cluster.url, 4);
	try {
		await migrateToLatest(db);
		await seedDatabase(db);
		const file = caseloadCsv(await addSyntheticServices(db, 2000), VOLUME_PERIODS);
		const planner = await db
			.insertInto('users')
			.values({ username: 'bench-planner', display_name: 'Benchmark', role: 'planner', police_service_id: null, password_hash: 'unused' })
			.returning(['id', 'username', 'role', 'police_service_id'])
			.executeTakeFirstOrThrow();
		const timings: number[] = [];
		for (let attempt = 0; attempt < RUNS; attempt += 1) {
			const started = performance.now();
			const report = await importFile(db, chunks(file), { kind: 'caseload', fileName: 'bench.csv', actor: planner, dryRun: false });
			timings.push(performance.now() - started);
			if (report.status !== 'committed' || report.new !== 50_000) throw new Error(`unexpected import: ${report.status}, ${report.errors.length} errors`);
			const undone = await rollbackImport(db, report.id ?? -1, planner, new Date());
			if (!undone.ok) throw new Error(`rollback failed: ${undone.reason}`);
		}
		return [
			{
				name: 'validate and commit 50,000 caseload rows (CSV, one transaction)',
				median_ms: median(timings),
				target_ms: 10_000,
				runs: RUNS,
				note: `${(Buffer.byteLength(file) / 1e6).toFixed(1)} MB; runs ${timings.map((t) => Math.round(t)).join(', ')} ms`
			}
		];
	} finally {
		await db.destroy();
		await cluster.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}
