/**
 * Where the database is: `DATABASE_URL` selects an existing PostgreSQL server; without it the atlas
 * runs its own embedded PostgreSQL with data under `ATLAS_DATA_DIR` (default `.data` in the project).
 */
import path from 'node:path';
import { projectRoot } from '../project-root';

export type DatabaseConfig =
	| { kind: 'external'; url: string }
	| { kind: 'embedded'; dataDir: string };

/** Thrown for configuration a user must fix; its message is meant to be printed as one line. */
export class ConfigurationError extends Error {
	override name = 'ConfigurationError';
}

export function databaseConfig(env: Record<string, string | undefined> = process.env): DatabaseConfig {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		validateDatabaseUrl(url);
		return { kind: 'external', url };
	}
	const dataDir = path.resolve(env.ATLAS_DATA_DIR?.trim() || path.join(projectRoot(), '.data'));
	return { kind: 'embedded', dataDir };
}

export function validateDatabaseUrl(url: string): void {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new ConfigurationError('DATABASE_URL is not a valid URL (expected postgres://user:password@host:port/database)');
	}
	if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
		throw new ConfigurationError(`DATABASE_URL must start with postgres:// or postgresql://, not ${parsed.protocol}//`);
	}
	if (!parsed.hostname) throw new ConfigurationError('DATABASE_URL has no host name');
	if (parsed.pathname.length <= 1) throw new ConfigurationError('DATABASE_URL names no database (add /name after the host)');
}

/** The connection string with its password hidden, for logs and /api/health. */
export function redactUrl(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '***';
		return parsed.toString();
	} catch {
		return '(invalid URL)';
	}
}
