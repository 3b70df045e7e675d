import type { RequestHandler } from './$types';
import { badParameter, notFound, SERVICE_ID_PATTERN } from '$lib/server/api/respond';
import { serviceMetricsJson } from '$lib/server/api/coverage-json';
import { coverageAnswer } from '$lib/server/api/coverage-answer';
import { conditional } from '$lib/server/api/conditional';

/** One police service's metrics, each with the provincial baseline (the median over services). */
export const GET: RequestHandler = conditional(async ({ params, url, locals }) => {
	if (!SERVICE_ID_PATTERN.test(params.id)) return badParameter('id', 'must be a lowercase police service id such as toronto or opp-3501');
	return coverageAnswer(url, locals, (view) => {
		const service = view.services.find((row) => row.police_service_id === params.id);
		return service ? { data: serviceMetricsJson(service, view.baselines) } : notFound('police service', params.id);
	});
});
