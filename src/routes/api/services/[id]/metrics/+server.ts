import type { RequestHandler } from './$types';
import { periodFieldsFor } from '$lib/server/api/period-fields';
import { apiData, badParameter, notFound, SERVICE_ID_PATTERN } from '$lib/server/api/respond';
import { isIllustrative, serviceMetricsJson } from '$lib/server/api/coverage-json';
import { choosePeriod, coverageFor } from '$lib/server/coverage';
import { getDb } from '$lib/server/database';
import { viewerClearance } from '$lib/server/viewer';
import { conditional } from '$lib/server/api/conditional';

/** One police service's metrics, each with the provincial baseline (the median over services). */
export const GET: RequestHandler = conditional(async ({ params, url, locals }) => {
	if (!SERVICE_ID_PATTERN.test(params.id)) return badParameter('id', 'must be a lowercase police service id such as toronto or opp-3501');
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) return badParameter('period', choice.message);
	const view = await coverageFor(db, choice.period, await viewerClearance(locals));
	const service = view.services.find((row) => row.police_service_id === params.id);
	if (!service) return notFound('police service', params.id);
	return apiData(serviceMetricsJson(service, view.baselines), { ...(await periodFieldsFor(db, choice.period)), illustrative: isIllustrative(view) });
});
