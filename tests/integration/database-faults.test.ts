/**
 * The database going away and coming back, driven through the server's own modules
 * (database.ts, the health endpoint, the handle hook's 503): an embedded PostgreSQL owned by the
 * app is killed with SIGKILL mid-query and restarted by the app; an external one (DATABASE_URL)
 * is killed and brought back by its operator. Each outage is reported once, however many
 * requests arrive meanwhile.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { closeDatabase, databaseStatus, getDb, openDatabase } from '../../src/lib/server/database';
import { startEmbedded, type EmbeddedCluster } from '../../src/lib/server/db/embedded';
import { GET as health } from '../../src/routes/api/health/+server';
import { handle } from '../../src/hooks.server';
import { fakeEvent } from './auth-support';

const scratch: string[] = [];
let lines: string[] = [];
const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, ATLAS_DATA_DIR: process.env.ATLAS_DATA_DIR };

function tempDir(): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-faults-'));
	scratch.push(dir);
	return dir;
}

function postmasterPid(dataDir: string): number {
	return Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

async function healthStatus(): Promise<{ status: number; body: { status: string; reason?: string } }> {
	const response = await health(fakeEvent({ routeId: '/api/health', path: '/api/health' }) as Parameters<typeof health>[0]);
	return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<number> {
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		if (await condition()) return Date.now() - started;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`condition not met within ${timeoutMs} ms`);
}

/** Open the database as the server does, collecting its lines instead of printing them. */
async function openAsServer(): Promise<void> {
	lines = [];
	await openDatabase({
		log: (line) => lines.push(line),
		warn: (line) => lines.push(line),
		seedWhenEmpty: false,
		demoUsers: false,
		supervise: true,
		fatal: (error) => lines.push(`fatal: ${error.message}`)
	});
}

/** A page request through the server's handle hook; `resolve` (the page) must not run during an outage. */
async function pageStatus(): Promise<{ status: number; rendered: boolean }> {
	let rendered = false;
	const event = fakeEvent({ routeId: '/communities', path: '/communities' });
	const resolve = () => {
		rendered = true;
		return Promise.resolve(new Response('page'));
	};
	const response = await handle({ event, resolve } as unknown as Parameters<typeof handle>[0]);
	return { status: response.status, rendered };
}

/** Many requests during the outage: each is answered, none adds a line to the log. */
async function hammer(requests: number): Promise<number[]> {
	const statuses: number[] = [];
	for (let i = 0; i < requests; i += 1) statuses.push((await healthStatus()).status);
	return statuses;
}

beforeEach(() => {
	delete process.env.DATABASE_URL;
});
afterEach(async () => {
	await closeDatabase();
});
afterAll(() => {
	process.env.DATABASE_URL = savedEnv.DATABASE_URL;
	process.env.ATLAS_DATA_DIR = savedEnv.ATLAS_DATA_DIR;
	for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('an embedded PostgreSQL killed with SIGKILL', () => {
	it('answers 503 with the reason, restarts it, answers 200 again, and reports the outage once', { timeout: 120_000 }, async () => {
		const dataDir = tempDir();
		process.env.ATLAS_DATA_DIR = dataDir;
		await openAsServer();
		expect((await healthStatus()).status).toBe(200);

		const db = await getDb();
		const slow = sql`select pg_sleep(20)`.execute(db).then(
			() => 'finished',
			(error: unknown) => (error as Error).message
		);
		await new Promise((resolve) => setTimeout(resolve, 300));
		const before = lines.length;
		process.kill(postmasterPid(dataDir), 'SIGKILL');

		// The query in flight fails instead of hanging.
		expect(await slow).not.toBe('finished');
		await waitFor(async () => (await healthStatus()).status === 503, 10_000);
		const down = await healthStatus();
		expect(down.body.status).toBe('unavailable');
		expect(down.body.reason).toMatch(/\S/);
		const during = await hammer(20);
		expect(during.length).toBe(20);
		expect(await pageStatus()).toEqual({ status: 503, rendered: false });

		await waitFor(async () => (await healthStatus()).status === 200, 60_000);
		expect(databaseStatus()).toEqual({ up: true });
		// The pool reconnects: a query after recovery succeeds.
		const { rows } = await sql<{ answer: number }>`select 42 as answer`.execute(await getDb());
		expect(rows).toEqual([{ answer: 42 }]);

		const outage = lines.slice(before);
		expect(outage.filter((line) => line.startsWith('database unavailable'))).toHaveLength(1);
		expect(outage.filter((line) => line.startsWith('database available again'))).toHaveLength(1);
		expect(outage.filter((line) => line.startsWith('fatal'))).toEqual([]);
		expect(outage.length).toBeLessThanOrEqual(4);
	});
});

describe('an embedded PostgreSQL that cannot be restarted', () => {
	it('makes the app give up (exit 1 in the server) so that a supervisor restarts it', { timeout: 120_000 }, async () => {
		const dataDir = tempDir();
		process.env.ATLAS_DATA_DIR = dataDir;
		let fatal: Error | null = null;
		lines = [];
		await openDatabase({ log: (line) => lines.push(line), seedWhenEmpty: false, demoUsers: false, supervise: true, restartAttempts: 2, fatal: (error) => (fatal = error) });
		const port = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]);
		process.kill(postmasterPid(dataDir), 'SIGKILL');
		// Something else takes the port before the app can restart PostgreSQL on it.
		const squatter = net.createServer();
		await waitFor(
			() => new Promise<boolean>((resolve) => {
				squatter.once('error', () => resolve(false));
				squatter.listen(port, '127.0.0.1', () => resolve(true));
			}),
			10_000
		);
		try {
			await waitFor(() => Promise.resolve(fatal !== null), 60_000);
			expect(lines.some((line) => line.includes('could not be restarted'))).toBe(true);
			expect((await healthStatus()).status).toBe(503);
		} finally {
			squatter.close();
		}
	});
});

describe('an external PostgreSQL (DATABASE_URL) that goes away and comes back', () => {
	let external: EmbeddedCluster | null = null;
	afterEach(async () => {
		await external?.stop();
		external = null;
	});

	it('answers 503 while it is down and 200 once it is back, reporting the outage once', { timeout: 120_000 }, async () => {
		const serverDir = tempDir();
		external = await startEmbedded(serverDir);
		const port = Number(new URL(external.url).port);
		process.env.DATABASE_URL = external.url;
		await openAsServer();
		expect((await healthStatus()).status).toBe(200);

		const before = lines.length;
		process.kill(postmasterPid(serverDir), 'SIGKILL');
		await waitFor(async () => (await healthStatus()).status === 503, 10_000);
		const during = await hammer(20);
		expect(during.every((status) => status === 503) && during.length === 20).toBe(true);
		// The app does not own an external server: it waits for its operator to bring it back.
		await new Promise((resolve) => setTimeout(resolve, 2000));
		expect((await healthStatus()).status).toBe(503);

		external = await waitForRestart(serverDir, port);
		await waitFor(async () => (await healthStatus()).status === 200, 30_000);
		const outage = lines.slice(before);
		expect(outage.filter((line) => line.startsWith('database unavailable'))).toHaveLength(1);
		expect(outage.length).toBeLessThanOrEqual(2);
	});
});

/** The killed server's orphaned backends hold its shared memory for a moment: retry the start. */
async function waitForRestart(dataDir: string, port: number): Promise<EmbeddedCluster> {
	for (let attempt = 0; ; attempt += 1) {
		try {
			return await startEmbedded(dataDir, () => {}, { port });
		} catch (error) {
			if (attempt >= 30) throw error;
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
	}
}
