import type { RequestHandler } from './$types';
import { badParameter, CSDUID_PATTERN, notFound } from '$lib/server/api/respond';
import { communityMetricsJson } from '$lib/server/api/coverage-json';
import { coverageAnswer } from '$lib/server/api/coverage-answer';
import { conditional } from '$lib/server/api/conditional';

/** One community's metrics (its service's, inherited, and its own), each with the provincial baseline. */
export const GET: RequestHandler = conditional(async ({ params, url, locals }) => {
	if (!CSDUID_PATTERN.test(params.csduid)) return badParameter('csduid', 'must be a 7-digit Ontario CSDUID starting with 35');
	return coverageAnswer(url, locals, (view) => {
		const community = view.communities.find((row) => row.csduid === params.csduid);
		return community ? { data: communityMetricsJson(community, view.baselines) } : notFound('community', params.csduid);
	});
});
