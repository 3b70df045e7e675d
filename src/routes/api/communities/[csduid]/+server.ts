import type { RequestHandler } from './$types';
import { apiData, badParameter, CSDUID_PATTERN, notFound } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import * as communities from '$lib/server/queries/communities';
import { toCommunityDetailJson } from '$lib/server/api/community-json';
import { conditional } from '$lib/server/api/conditional';

export const GET: RequestHandler = conditional(async ({ params }) => {
	if (!CSDUID_PATTERN.test(params.csduid)) return badParameter('csduid', 'must be a 7-digit Ontario CSDUID starting with 35');
	const db = await getDb();
	const row = await communities.find(db, params.csduid);
	return row ? apiData(toCommunityDetailJson(row)) : notFound('community', params.csduid);
});
