import type { RequestHandler } from './$types';
import { apiData } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { dataCache } from '$lib/server/cache';
import * as communities from '$lib/server/queries/communities';
import { toCommunityJson } from '$lib/server/api/community-json';
import { conditional } from '$lib/server/api/conditional';

const answer = (rows: readonly communities.CommunityListRow[]) => apiData(rows.map(toCommunityJson), { count: rows.length });

export const GET: RequestHandler = conditional(async ({ url }) => {
	const db = await getDb();
	const query = url.searchParams.get('q') ?? undefined;
	if (query) return answer(await communities.list(db, { query: query.slice(0, 100) }));
	// The whole directory holds no figure under disclosure control and is the same for everyone until
	// the data changes: its text is kept per data version.
	const text = await dataCache.get(db, 'community-directory-json', async () => answer(await communities.list(db)).text());
	return new Response(text, { headers: { 'content-type': 'application/json' } });
});
