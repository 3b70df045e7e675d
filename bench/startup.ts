/**
 * Cold and warm start of the atlas as a user starts it (`node scripts/start.js`, after install and
 * build): time from spawn to the first 200 from /api/health. Cold = a new ATLAS_DATA_DIR (initdb,
 * migrations, seed); warm = the same folder again. Targets (issue: foundation): ≤ 20 s cold, ≤ 5 s warm.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, type BenchResult } from './types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 3;

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

async function timeStart(dataDir: string): Promise<number> {
	const port = await freePort();
	const started = performance.now();
	const child = spawn(process.execPath, ['scripts/start.js'], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ATLAS_DATA_DIR: dataDir, DATABASE_URL: '' },
		stdio: 'ignore'
	});
	try {
		for (let attempt = 0; attempt < 1200; attempt++) {
			try {
				const response = await fetch(`http://127.0.0.1:${port}/api/health`);
				if (response.status === 200) return performance.now() - started;
			} catch {
				// not listening yet
			}
			await new Promise((resolve) => setTimeout(resolve, 25));
		}
		throw new Error('the atlas did not answer /api/health within 30 s');
	} finally {
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		await exited;
	}
}

export default async function run(): Promise<BenchResult[]> {
	const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { cwd: root });
	if (build.status !== 0) throw new Error('build failed');
	const cold: number[] = [];
	const warm: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		const dataDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
		try {
			cold.push(await timeStart(dataDir));
			warm.push(await timeStart(dataDir));
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	}
	return [
		{ name: 'cold start to first /api/health 200 (new data dir)', median_ms: median(cold), target_ms: 20_000, runs: RUNS },
		{ name: 'warm start to first /api/health 200', median_ms: median(warm), target_ms: 5_000, runs: RUNS }
	];
}
