import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './2026_11_29_0001_foundation';

/**
 * Migrations are listed here rather than read from disk: the server is bundled by Vite, so a
 * FileMigrationProvider would find no files in production. Keys sort by timestamp prefix.
 */
const migrations: Record<string, Migration> = {
	'2026_11_29_0001_foundation': foundation
};

export const migrationProvider: MigrationProvider = {
	getMigrations: async () => migrations
};
