import type { RequestHandler } from './$types';
import { apiData, badParameter } from '$lib/server/api/respond';
import { communityGapJson, isIllustrative } from '$lib/server/api/coverage-json';
import { choosePeriod, coverageFor } from '$lib/server/coverage';
import { getDb } from '$lib/server/database';
import { viewerClearance } from '$lib/server/viewer';
import { conditional } from '$lib/server/api/conditional';

/**
 * Every community's gap level, reasons and Project P flag; `rank` orders the flagged ones (most urgent
 * first). `services` ranks the flagged police services the same way (issue 3, deliverable 4).
 */
export const GET: RequestHandler = conditional(async ({ url, locals }) => {
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) return badParameter('period', choice.message);
	const view = await coverageFor(db, choice.period, await viewerClearance(locals));
	const rank = new Map(view.ranked.communities.map((row, index) => [row.csduid, index + 1]));
	const data = view.communities.map((community) => ({ ...communityGapJson(community), rank: rank.get(community.csduid) ?? null }));
	const services = view.ranked.services.map((row, index) => ({ rank: index + 1, ...row }));
	return apiData(data, { period: choice.period, illustrative: isIllustrative(view), thresholds: view.thresholds, count: data.length, services });
});
