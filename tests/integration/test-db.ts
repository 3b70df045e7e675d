/**
 * A database of one's own for a test file: a clone of the migrated, seeded template (or an empty
 * database when `empty` is asked for), dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDb, type AtlasDb } from '../../src/lib/server/db/client';
import { closeDatabase } from '../../src/lib/server/database';

export interface TestDatabase {
	db: AtlasDb;
	url: string;
	drop(): Promise<void>;
}

function urlFor(database: string): string {
	const url = new URL(inject('adminDatabaseUrl'));
	url.pathname = `/${database}`;
	return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
	const name = `atlas_test_${randomBytes(6).toString('hex')}`;
	const template = options.empty ? 'template0' : inject('templateDatabase');
	await admin((client) => client.query(`create database ${name} template ${template}`));
	const url = urlFor(name);
	const db = createDb(url, 4);
	return {
		db,
		url,
		drop: async () => {
			await db.destroy();
			await admin((client) => client.query(`drop database if exists ${name} with (force)`));
		}
	};
}

/** Runs `work` in a transaction that is always rolled back, so a test leaves nothing behind. */
export async function withRollback(db: AtlasDb, work: (trx: AtlasDb) => Promise<void>): Promise<void> {
	const rollback = new Error('rollback');
	await db
		.transaction()
		.execute(async (trx) => {
			await work(trx);
			throw rollback;
		})
		.catch((error: unknown) => {
			if (error !== rollback) throw error;
		});
}

/**
 * This file's own database, reached by the app's code too (DATABASE_URL): created before the file's
 * tests, the app's pool closed and the database dropped after them. Read `db` and `url` inside tests.
 */
export function appDatabase(options: { empty?: boolean } = {}): Pick<TestDatabase, 'db' | 'url'> {
	let current: TestDatabase | null = null;
	const opened = (): TestDatabase => {
		if (!current) throw new Error('appDatabase(): read it inside a test or a hook, after beforeAll');
		return current;
	};
	beforeAll(async () => {
		current = await createTestDatabase(options);
		process.env.DATABASE_URL = current.url;
	});
	afterAll(async () => {
		await closeDatabase();
		await current?.drop();
	});
	return {
		get db() {
			return opened().db;
		},
		get url() {
			return opened().url;
		}
	};
}
