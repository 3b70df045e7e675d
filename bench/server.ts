/** Starts the built atlas as a user would (node scripts/start.js) on a free port, for benchmarks. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export interface RunningAtlas {
	origin: string;
	/** Milliseconds from spawn to the first 200 from /api/health. */
	readyAfterMs: number;
	stop(): Promise<void>;
}

export async function startAtlas(dataDir: string, env: Record<string, string> = {}): Promise<RunningAtlas> {
	const port = await freePort();
	const started = performance.now();
	const child: ChildProcess = spawn(process.execPath, ['scripts/start.js'], {
		cwd: projectRoot,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ATLAS_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
		stdio: 'ignore'
	});
	const stop = async () => {
		if (child.exitCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		await exited;
	};
	const origin = `http://127.0.0.1:${port}`;
	for (let attempt = 0; attempt < 2400; attempt++) {
		try {
			if ((await fetch(`${origin}/api/health`)).status === 200) return { origin, readyAfterMs: performance.now() - started, stop };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
	await stop();
	throw new Error('the atlas did not answer /api/health within 60 s');
}

/** Signs in with a demo account and returns the session cookie header. */
export async function signIn(origin: string, username = 'planner', password = process.env.ATLAS_DEMO_PASSWORD ?? 'atlas-demo-2026'): Promise<string> {
	const response = await fetch(`${origin}/api/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin },
		body: JSON.stringify({ username, password })
	});
	const cookie = response.headers.get('set-cookie');
	if (!response.ok || !cookie) throw new Error(`sign-in as ${username} failed: ${response.status}`);
	return cookie.split(';')[0] ?? '';
}
