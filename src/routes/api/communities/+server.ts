import type { RequestHandler } from './$types';
import { apiData } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import * as communities from '$lib/server/queries/communities';
import { toCommunityJson } from '$lib/server/api/community-json';

export const GET: RequestHandler = async ({ url }) => {
	const db = await getDb();
	const query = url.searchParams.get('q') ?? undefined;
	const rows = await communities.list(db, { query: query?.slice(0, 100) });
	return apiData(rows.map(toCommunityJson), { count: rows.length });
};
