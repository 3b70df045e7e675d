/**
 * The application's database lifecycle: connect (starting the embedded PostgreSQL when no
 * DATABASE_URL is set), migrate, seed an empty database, and stop cleanly. The pool is the only
 * module-level state, and it holds nothing that matters: any number of app instances can share
 * one database.
 */
import { createDb, type AtlasDb } from './db/client';
import { databaseConfig, redactUrl, type DatabaseConfig } from './db/config';
import { startEmbedded, type EmbeddedCluster } from './db/embedded';
import { migrateToLatest } from './db/migrate';
import { isEmpty, seedDatabase } from './seed/seed';
import { ensureDemoUsers } from './auth/demo-users';

export type DatabaseMode = DatabaseConfig['kind'];

interface Connection {
	db: AtlasDb;
	mode: DatabaseMode;
	url: string;
	cluster: EmbeddedCluster | null;
}

let connection: Promise<Connection> | null = null;

export interface OpenOptions {
	log?: (line: string) => void;
	/** Seed when the database holds no communities (first start). Default true. */
	seedWhenEmpty?: boolean;
	/** Create the missing demo accounts (README "Demo accounts"). Default: only for the embedded database. */
	demoUsers?: boolean;
}

/** Opens (once) the database this process uses, ready for queries. */
export function openDatabase(options: OpenOptions = {}): Promise<Connection> {
	connection ??= connect(options).catch((error: unknown) => {
		connection = null;
		throw error;
	});
	return connection;
}

async function connect({ log = () => {}, seedWhenEmpty = true, demoUsers }: OpenOptions): Promise<Connection> {
	const config = databaseConfig();
	const cluster = config.kind === 'embedded' ? await startEmbedded(config.dataDir, log) : null;
	const url = cluster ? cluster.url : config.kind === 'external' ? config.url : '';
	const db = createDb(url);
	try {
		await db.selectNoFrom((eb) => eb.val(1).as('ok')).execute();
	} catch (error) {
		await db.destroy();
		await cluster?.stop();
		throw new Error(`cannot reach PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`);
	}
	const applied = await migrateToLatest(db);
	if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
	if (seedWhenEmpty && (await isEmpty(db))) {
		const reports = await seedDatabase(db);
		log(`seeded: ${reports.map((r) => `${r.table} ${r.inserted}`).join(', ')}`);
	}
	if (demoUsers ?? config.kind === 'embedded') {
		const created = await ensureDemoUsers(db);
		if (created.length > 0) log(`created demo accounts: ${created.join(', ')}`);
	}
	return { db, mode: config.kind, url, cluster };
}

/** The Kysely instance; only valid after openDatabase() resolved (hooks.server.ts init). */
export async function getDb(): Promise<AtlasDb> {
	return (await openDatabase()).db;
}

export async function databaseMode(): Promise<DatabaseMode> {
	return (await openDatabase()).mode;
}

/** Closes the pool and stops an embedded PostgreSQL this process owns. Safe to call twice. */
export async function closeDatabase(): Promise<void> {
	const current = connection;
	connection = null;
	if (!current) return;
	const { db, cluster } = await current.catch(() => ({ db: null, cluster: null }));
	await db?.destroy();
	await cluster?.stop();
}
