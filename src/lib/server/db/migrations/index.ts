import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './2026_11_29_0001_foundation';
import * as accounts from './2026_11_29_0002_accounts';
import * as settings from './2026_11_29_0003_settings';
import * as imports from './2026_11_29_0004_imports';
import * as allocations from './2026_11_29_0005_allocations';
import * as projectP from './2026_11_29_0006_project_p';
import * as streams from './2026_11_29_0007_streams';
import * as streamImports from './2026_11_29_0008_stream_imports';
import * as dataVersion from './2026_11_30_0001_data_version';
import * as responders from './2026_12_07_0001_responders';
import * as oppRegionRole from './2026_12_07_0002_opp_region_role';
import * as importKindFormat from './2026_12_07_0100_import_kind_format';

/**
 * Migrations are listed here rather than read from disk: the server is bundled by Vite, so a
 * FileMigrationProvider would find no files in production. Keys sort by timestamp prefix.
 */
const migrations: Record<string, Migration> = {
	'2026_11_29_0001_foundation': foundation,
	'2026_11_29_0002_accounts': accounts,
	'2026_11_29_0003_settings': settings,
	'2026_11_29_0004_imports': imports,
	'2026_11_29_0005_allocations': allocations,
	'2026_11_29_0006_project_p': projectP,
	'2026_11_29_0007_streams': streams,
	'2026_11_29_0008_stream_imports': streamImports,
	'2026_11_30_0001_data_version': dataVersion,
	'2026_12_07_0001_responders': responders,
	'2026_12_07_0002_opp_region_role': oppRegionRole,
	'2026_12_07_0100_import_kind_format': importKindFormat
};

export const migrationProvider: MigrationProvider = {
	getMigrations: async () => migrations
};
