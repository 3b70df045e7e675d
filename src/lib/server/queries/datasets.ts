/** Provenance of each loaded dataset (seed file or import), shown on screens and in the API. */
import type { Selectable } from 'kysely';
import type { AtlasDb } from '../db/client';
import type { DatasetTable } from '../db/schema';

export type DatasetRow = Pick<Selectable<DatasetTable>, 'id' | 'source_file' | 'illustrative' | 'row_count' | 'loaded_at'>;

export async function list(db: AtlasDb): Promise<DatasetRow[]> {
	return db.selectFrom('dataset').select(['id', 'source_file', 'illustrative', 'row_count', 'loaded_at']).orderBy('id').execute();
}

/** True while any ICE figure in the database is still illustrative (drives the banner). */
export async function anyIllustrative(db: AtlasDb): Promise<boolean> {
	const row = await db
		.selectFrom('ice_quarter')
		.select('illustrative')
		.where('illustrative', '=', true)
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}
