import type { RequestHandler } from './$types';
import { periodFieldsFor } from '$lib/server/api/period-fields';
import { apiData, badParameter, notFound, SERVICE_ID_PATTERN } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { serviceComparisonFor } from '$lib/server/comparison';
import { viewerClearance } from '$lib/server/viewer';
import { featureDefinitionsJson, peersJson } from '$lib/server/api/compare-json';
import { conditional } from '$lib/server/api/conditional';

/** A service's comparison group (default: its 7 most similar services) with each member's context. */
export const GET: RequestHandler = conditional(async ({ params, url, locals }) => {
	if (!SERVICE_ID_PATTERN.test(params.id)) return badParameter('id', 'must be a lowercase police service id such as toronto, or an OPP regional team such as opp-west');
	const db = await getDb();
	const result = await serviceComparisonFor(db, params.id, url.searchParams, { cleared: await viewerClearance(locals), locale: 'en', trendQuarters: 1 });
	if (!result.ok) return result.status === 404 ? notFound('police service', params.id) : badParameter(result.parameter, result.message);
	const { view, names, period } = result;
	return apiData(peersJson(view, names), { ...(await periodFieldsFor(db, period)), illustrative: result.data.illustrative, features: featureDefinitionsJson() });
});
