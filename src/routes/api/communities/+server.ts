import type { RequestHandler } from './$types';
import { apiData } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { dataCache } from '$lib/server/cache';
import * as communities from '$lib/server/queries/communities';
import { toCommunityJson } from '$lib/server/api/community-json';
import { conditional } from '$lib/server/api/conditional';

export const GET: RequestHandler = conditional(async ({ url }) => {
	const db = await getDb();
	const query = url.searchParams.get('q') ?? undefined;
	// The whole directory is the same for everyone until the data changes: kept per data version.
	const rows = query ? await communities.list(db, { query: query.slice(0, 100) }) : await dataCache.get(db, 'community-directory', () => communities.list(db));
	return apiData(rows.map(toCommunityJson), { count: rows.length });
});
