/**
 * Cold and warm start of the atlas as a user starts it (`node scripts/start.js`, after install and
 * build): time from spawn to the first 200 from /api/health. Cold = a new ATLAS_DATA_DIR (initdb,
 * migrations, seed); warm = the same folder again. Targets (issue: foundation): ≤ 20 s cold, ≤ 5 s warm.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot, startAtlas } from './server';
import { median, type BenchResult } from './types';

const RUNS = 3;

export default async function run(): Promise<BenchResult[]> {
	const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { cwd: projectRoot });
	if (build.status !== 0) throw new Error('build failed');
	const cold: number[] = [];
	const warm: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		const dataDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
		try {
			for (const timings of [cold, warm]) {
				const atlas = await startAtlas(dataDir);
				timings.push(atlas.readyAfterMs);
				await atlas.stop();
			}
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	}
	return [
		{ name: 'cold start to first /api/health 200 (new data dir)', median_ms: median(cold), target_ms: 20_000, runs: RUNS },
		{ name: 'warm start to first /api/health 200', median_ms: median(warm), target_ms: 5_000, runs: RUNS }
	];
}
