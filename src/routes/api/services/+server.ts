import type { RequestHandler } from './$types';
import { apiData } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import * as services from '$lib/server/queries/services';
import { conditional } from '$lib/server/api/conditional';

export const GET: RequestHandler = conditional(async () => {
	const db = await getDb();
	const rows = await services.list(db);
	return apiData(rows, { count: rows.length });
});
