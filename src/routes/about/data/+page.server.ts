import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/database';
import * as datasets from '$lib/server/queries/datasets';

export const load: PageServerLoad = async () => {
	const rows = await datasets.list(await getDb());
	return { datasets: rows.map((row) => ({ ...row, loaded_at: row.loaded_at.toISOString() })) };
};
