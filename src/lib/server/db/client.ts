/**
 * The one Kysely instance over a pg pool. pg returns int8 and numeric as strings by default
 * (Kysely "Data types" recipe); the atlas parses them on purpose: int8 holds integer cents, which
 * stay exact as JavaScript numbers up to 2^53 (about $90 trillion), and numeric holds FTEs.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

function parseInt8(text: string): number {
	const value = Number(text);
	if (!Number.isSafeInteger(value)) throw new Error(`int8 value ${text} is outside the safe integer range`);
	return value;
}

pg.types.setTypeParser(INT8_OID, parseInt8);
pg.types.setTypeParser(NUMERIC_OID, (text) => Number(text));

export type AtlasDb = Kysely<Database>;

export interface PoolOptions {
	maxConnections?: number;
	/** A connection was lost (server restart, crash, network); default: one line on stderr. */
	onConnectionError?: (error: Error) => void;
}

export function createDb(connectionString: string, options: number | PoolOptions = {}): AtlasDb {
	const { maxConnections = 10, onConnectionError = (error: Error) => console.error(`atlas: database connection error: ${error.message}`) } =
		typeof options === 'number' ? { maxConnections: options } : options;
	const pool = new pg.Pool({ connectionString, max: maxConnections, connectionTimeoutMillis: 10_000 });
	// An idle client losing its connection must not crash the process; the pool drops it and
	// opens a new one for the next query, so the pool recovers when the server is back.
	pool.on('error', onConnectionError);
	// A connection cut mid-query (server restart, pg_terminate_backend) emits 'error' on the client;
	// unhandled, that event would crash the process. The query itself still rejects with the error.
	pool.on('connect', (client) => client.on('error', onConnectionError));
	return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
