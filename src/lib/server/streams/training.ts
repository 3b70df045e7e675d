/** Training-stream reads (stream_training): every office's figures for one reference year. */
import type { AtlasDb } from '../db/client';
import type { TrainingRecord } from '../../domain/streams/types';

/** Reference years with training figures, oldest first. */
export async function years(db: AtlasDb): Promise<number[]> {
	const rows = await db.selectFrom('stream_training').select('as_of_year').distinct().orderBy('as_of_year').execute();
	return rows.map((row) => row.as_of_year);
}

export async function list(db: AtlasDb, options: { asOfYear: number }): Promise<TrainingRecord[]> {
	return db
		.selectFrom('stream_training')
		.select([
			'office_kind',
			'office_id',
			'police_service_id',
			'name',
			'name_fr',
			'as_of_year',
			'staff',
			'trained',
			'trained_current',
			'latest_training_year',
			'illustrative'
		])
		.where('as_of_year', '=', options.asOfYear)
		.orderBy('office_kind', 'desc')
		.orderBy('office_id')
		.execute();
}
