import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { getDb } from '$lib/server/database';
import * as datasets from '$lib/server/queries/datasets';

export const load: PageServerLoad = async ({ locals }) => {
	const rows = await datasets.list(await getDb());
	return { text: pageText(locals.locale, ['about']), datasets: rows.map((row) => ({ ...row, loaded_at: row.loaded_at.toISOString() })) };
};
