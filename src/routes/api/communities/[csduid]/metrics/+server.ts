import type { RequestHandler } from './$types';
import { periodFieldsFor } from '$lib/server/api/period-fields';
import { apiData, badParameter, CSDUID_PATTERN, notFound } from '$lib/server/api/respond';
import { communityMetricsJson, isIllustrative } from '$lib/server/api/coverage-json';
import { choosePeriod, coverageFor } from '$lib/server/coverage';
import { getDb } from '$lib/server/database';
import { viewerClearance } from '$lib/server/viewer';
import { conditional } from '$lib/server/api/conditional';

/** One community's metrics (its service's, inherited, and its own), each with the provincial baseline. */
export const GET: RequestHandler = conditional(async ({ params, url, locals }) => {
	if (!CSDUID_PATTERN.test(params.csduid)) return badParameter('csduid', 'must be a 7-digit Ontario CSDUID starting with 35');
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) return badParameter('period', choice.message);
	const view = await coverageFor(db, choice.period, await viewerClearance(locals));
	const community = view.communities.find((row) => row.csduid === params.csduid);
	if (!community) return notFound('community', params.csduid);
	return apiData(communityMetricsJson(community, view.baselines), { ...(await periodFieldsFor(db, choice.period)), illustrative: isIllustrative(view) });
});
