/**
 * The application's database lifecycle: connect (starting the embedded PostgreSQL when no
 * DATABASE_URL is set), migrate, seed an empty database, watch the connection, and stop cleanly.
 * The pool and its health are the only module-level state, and they hold nothing that matters:
 * any number of app instances can share one database.
 *
 * When the database goes away, the first failure is reported once and requests are answered 503
 * (hooks.server.ts) until a probe succeeds; the pool reconnects by itself. An embedded PostgreSQL
 * this process owns is restarted when it dies; if it cannot be, the process exits non-zero so
 * that a supervisor (systemd, a container runtime) restarts the whole app.
 */
import { createDb, type AtlasDb } from './db/client';
import { databaseConfig, redactUrl, type DatabaseConfig } from './db/config';
import { startEmbedded, type EmbeddedCluster } from './db/embedded';
import { DatabaseHealth, describe, isConnectionError, type DatabaseStatus } from './db/health';
import { migrateToLatest } from './db/migrate';
import { isEmpty, seedDatabase } from './seed/seed';
import { ensureDemoUsers } from './auth/demo-users';
import { ensureDemoRequests } from './seed/demo-requests';

export type DatabaseMode = DatabaseConfig['kind'];
export { isConnectionError };

interface Connection {
	db: AtlasDb;
	mode: DatabaseMode;
	url: string;
	cluster: EmbeddedCluster | null;
	health: DatabaseHealth;
}

let connection: Promise<Connection> | null = null;
let current: Connection | null = null;
/** Set once the process is stopping: connections ending then are expected, not news. */
let stopping = false;

export interface OpenOptions {
	log?: (line: string) => void;
	/** Lines about failures (database lost, restart failed). Default: `log`. */
	warn?: (line: string) => void;
	/** Seed when the database holds no communities (first start). Default true. */
	seedWhenEmpty?: boolean;
	/** Create the missing demo accounts (README "Demo accounts"). Default: only for the embedded database. */
	demoUsers?: boolean;
	/** Restart an embedded PostgreSQL that dies (the server does; one-off scripts do not). Default false. */
	supervise?: boolean;
	/** Called when the embedded PostgreSQL cannot be restarted. Default: exit with status 1. */
	fatal?: (error: Error) => void;
	/** Restarts tried, a second apart, before giving up. Default 30. */
	restartAttempts?: number;
}

/** Opens (once) the database this process uses, ready for queries. */
export function openDatabase(options: OpenOptions = {}): Promise<Connection> {
	connection ??= connect(options).then(
		(opened) => (current = opened),
		(error: unknown) => {
			connection = null;
			throw error;
		}
	);
	return connection;
}

async function connect(options: OpenOptions): Promise<Connection> {
	const { seedWhenEmpty = true, demoUsers } = options;
	const log = (line: string) => void (stopping || options.log?.(line));
	const warn = (line: string) => void (stopping || (options.warn ?? log)(line));
	const config = databaseConfig();
	const cluster = config.kind === 'embedded' ? await startEmbedded(config.dataDir, log) : null;
	const url = cluster ? cluster.url : config.kind === 'external' ? config.url : '';
	let health: DatabaseHealth | null = null;
	const db = createDb(url, { onConnectionError: (error) => health?.failed(describe(error)) });
	health = new DatabaseHealth({ report: warn, probe: async () => void (await db.selectNoFrom((eb) => eb.val(1).as('ok')).execute()) });
	try {
		await db.selectNoFrom((eb) => eb.val(1).as('ok')).execute();
	} catch (error) {
		health.close();
		await db.destroy();
		await cluster?.stop();
		throw new Error(`cannot reach PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`);
	}
	log(config.kind === 'embedded' ? `database ready (embedded PostgreSQL, data in ${config.dataDir})` : `database ready (${redactUrl(url)})`);
	const applied = await migrateToLatest(db);
	if (applied.length > 0) log(`applied ${applied.length} migration${applied.length === 1 ? '' : 's'}`);
	if (seedWhenEmpty && (await isEmpty(db))) {
		const reports = await seedDatabase(db);
		log(`seeded: ${reports.map((r) => `${r.table} ${r.inserted}`).join(', ')}`);
	}
	if (demoUsers ?? config.kind === 'embedded') {
		const created = await ensureDemoUsers(db);
		if (created.length > 0) log(`created demo accounts: ${created.join(', ')}`);
		const filed = await ensureDemoRequests(db);
		if (filed.length > 0) log(`filed illustrative Project P requests for: ${filed.join(', ')}`);
	}
	if (options.supervise && cluster) {
		const watched = health;
		const fatal =
			options.fatal ??
			(() => {
				process.exitCode = 1;
				void closeDatabase().finally(() => process.exit(1));
			});
		cluster.supervise({
			died: (reason) => watched.failed(reason),
			restarted: () => log('embedded PostgreSQL restarted'),
			gaveUp: (error) => {
				warn(`the embedded PostgreSQL could not be restarted (${error.message}); exiting so that a supervisor can restart the app`);
				fatal(error);
			}
		}, options.restartAttempts);
	}
	return { db, mode: config.kind, url, cluster, health };
}

/** The Kysely instance; only valid after openDatabase() resolved (hooks.server.ts init). */
export async function getDb(): Promise<AtlasDb> {
	return (await openDatabase()).db;
}

export async function databaseMode(): Promise<DatabaseMode> {
	return (await openDatabase()).mode;
}

/** Up, or down with the reason, as last seen; up before the database is opened. */
export function databaseStatus(): DatabaseStatus {
	return current?.health.status ?? { up: true };
}

/** A request failed because the database could not be reached: marks it down (reported once). */
export function reportDatabaseFailure(error: unknown): void {
	current?.health.failed(describe(error));
}

/**
 * The process got SIGINT or SIGTERM: from now on lost connections are expected (a terminal's
 * Ctrl-C reaches the embedded PostgreSQL too, which then ends every connection).
 */
export function beginShutdown(): void {
	stopping = true;
	current?.health.close();
}

/** Closes the pool and stops an embedded PostgreSQL this process owns. Safe to call twice. */
export async function closeDatabase(): Promise<void> {
	const pending = connection;
	connection = null;
	current = null;
	if (!pending) return;
	const opened = await pending.catch(() => null);
	if (!opened) return;
	// Connections end on purpose now: nothing to report.
	opened.health.close();
	await opened.db.destroy();
	await opened.cluster?.stop();
}
