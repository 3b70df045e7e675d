/**
 * Two app instances on one PostgreSQL (README "Against an existing PostgreSQL": instances keep no
 * state in memory). A second production server is started with `npm start`'s own script and
 * DATABASE_URL pointing at the first one's database; sessions, sign-in lockout counters and the
 * Project P assignment race must hold across the two.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, expect, SIGNED_OUT, test } from './fixtures';

const PIKANGIKUM = '3560077';

let second: ChildProcess | null = null;
let secondURL = '';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/** The first server's embedded PostgreSQL, as an external DATABASE_URL for the second. */
function firstDatabaseUrl(): string {
	const dataDir = process.env.ATLAS_E2E_DATA_DIR ?? '';
	const { password } = JSON.parse(readFileSync(path.join(dataDir, 'credentials.json'), 'utf8')) as { password: string };
	const port = readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3];
	return `postgres://atlas:${encodeURIComponent(password)}@127.0.0.1:${port}/atlas`;
}

test.describe.configure({ mode: 'serial' });
test.use({ account: null });

test.beforeAll(async () => {
	test.setTimeout(120_000);
	const port = await freePort();
	secondURL = `http://127.0.0.1:${port}`;
	second = spawn(process.execPath, ['scripts/start.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: firstDatabaseUrl(), ATLAS_DATA_DIR: '' },
		stdio: 'ignore'
	});
	for (let waited = 0; ; waited += 500) {
		const healthy = await fetch(`${secondURL}/api/health`).then((r) => r.ok, () => false);
		if (healthy) break;
		if (waited > 90_000 || second.exitCode !== null) throw new Error(`the second instance did not start (exit ${second.exitCode})`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
});

test.afterAll(async () => {
	if (!second || second.exitCode !== null) return;
	const exited = new Promise((resolve) => second?.once('exit', resolve));
	second.kill('SIGINT');
	await exited;
});

async function client(playwright: { request: { newContext: (options: object) => Promise<APIRequestContext> } }, baseURL: string) {
	return playwright.request.newContext({ baseURL, storageState: SIGNED_OUT });
}

async function signIn(request: APIRequestContext, username: string): Promise<string> {
	const answer = await request.post('/api/session', { data: { username, password: DEMO_PASSWORD } });
	expect(answer.status()).toBe(200);
	const cookie = (await request.storageState()).cookies.find((c) => c.name === 'atlas_session');
	if (!cookie) throw new Error('no session cookie');
	return cookie.value;
}

test('a session made on one instance is valid on the other, and a sign-out on either ends it', async ({ playwright, baseURL }) => {
	const first = await client(playwright, baseURL ?? '');
	const sessionId = await signIn(first, 'planner');
	const other = await client(playwright, secondURL);
	const headers = { cookie: `atlas_session=${sessionId}` };
	const seen = await other.get('/api/session', { headers });
	expect(seen.status()).toBe(200);
	expect((await seen.json()).data.username).toBe('planner');
	expect((await other.delete('/api/session', { headers })).status()).toBe(204);
	expect((await first.get('/api/session')).status()).toBe(401);
	await first.dispose();
	await other.dispose();
});

test('failed sign-ins on both instances add up to one lockout', async ({ playwright, baseURL }) => {
	const instances = [await client(playwright, baseURL ?? ''), await client(playwright, secondURL)];
	const statuses: number[] = [];
	for (let i = 0; i < 6; i += 1) {
		const instance = instances[i % 2];
		if (!instance) throw new Error('no instance');
		const answer = await instance.post('/api/session', { data: { username: 'two-instance-guess', password: `wrong-guess-${i}-xxxx` } });
		statuses.push(answer.status());
	}
	// Five failures from one address lock that account there: the fifth starts it, the sixth meets it.
	expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
	for (const instance of instances) await instance.dispose();
});

test('two coordinators on two instances assigning the same detective: one wins, the other gets 409', async ({ playwright, baseURL }) => {
	const [onFirst, onSecond] = [await client(playwright, baseURL ?? ''), await client(playwright, secondURL)];
	await signIn(onFirst, 'project-p');
	await signIn(onSecond, 'project-p');

	const roster = (await (await onFirst.get('/api/project-p/roster')).json()) as {
		data: { members: { member_id: string; active: boolean; remaining_fte: number }[] };
		period: string;
	};
	const member = roster.data.members.find((m) => m.active && m.remaining_fte >= 0.2);
	if (!member) throw new Error('no roster member with capacity this quarter');

	const ids: number[] = [];
	for (let i = 0; i < 2; i += 1) {
		const filed = await onFirst.post('/api/project-p/requests', {
			data: { csduid: PIKANGIKUM, kind: 'investigation_support', urgency: 'urgent', description: `Two-instance race test request ${i + 1}.` }
		});
		expect(filed.status()).toBe(201);
		const id = ((await filed.json()) as { id: number }).id;
		expect((await onFirst.patch(`/api/project-p/requests/${id}`, { data: { status: 'triaged' } })).status()).toBe(200);
		ids.push(id);
	}
	// Each asks for all that is left: only one of the two can have it.
	const ask = { status: 'assigned', assignments: [{ member_id: member.member_id, fte: member.remaining_fte }], period: roster.period };
	const answers = await Promise.all([
		onFirst.patch(`/api/project-p/requests/${ids[0]}`, { data: ask }),
		onSecond.patch(`/api/project-p/requests/${ids[1]}`, { data: ask })
	]);
	expect(answers.map((a) => a.status()).sort()).toEqual([200, 409]);
	const after = (await (await onSecond.get('/api/project-p/roster')).json()) as typeof roster;
	expect(after.data.members.find((m) => m.member_id === member.member_id)?.remaining_fte).toBe(0);

	// Leave the roster as it was for other tests: the winner is closed, the loser declined.
	const winner = answers[0]?.status() === 200 ? ids[0] : ids[1];
	const loser = winner === ids[0] ? ids[1] : ids[0];
	await onFirst.patch(`/api/project-p/requests/${winner}`, { data: { status: 'active' } });
	await onFirst.patch(`/api/project-p/requests/${winner}`, { data: { status: 'closed' } });
	await onFirst.patch(`/api/project-p/requests/${loser}`, { data: { status: 'declined', reason: 'Filed by an automated test.' } });
	await onFirst.dispose();
	await onSecond.dispose();
});
