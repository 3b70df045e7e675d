/** Provenance of each loaded dataset (seed file or import), shown on screens and in the API. */
import type { AtlasDb } from '../db/client';

export interface DatasetRow {
	id: string;
	source_file: string;
	illustrative: boolean;
	row_count: number;
	loaded_at: Date;
}

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
