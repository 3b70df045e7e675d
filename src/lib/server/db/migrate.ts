import { Migrator } from 'kysely';
import type { AtlasDb } from './client';
import { migrationProvider } from './migrations/index';

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: AtlasDb): Promise<string[]> {
	const migrator = new Migrator({ db, provider: migrationProvider });
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find((result) => result.status === 'Error');
	if (error || failed) {
		const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
		throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`);
	}
	return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
