import type { RequestHandler } from './$types';
import { periodFieldsFor } from '$lib/server/api/period-fields';
import { apiData, apiError, badParameter } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { idsParameter, sideBySideFor } from '$lib/server/side-by-side';
import { viewerClearance } from '$lib/server/viewer';
import { MAX_SIDE_BY_SIDE } from '$lib/domain/peers';
import { sideBySideJson } from '$lib/server/api/compare-json';
import { conditional } from '$lib/server/api/conditional';

const IDS_HELP = `a comma-separated list of 1 to ${MAX_SIDE_BY_SIDE} police service ids, e.g. ids=toronto,naps`;

/** Up to four services side by side: each compared metric with percentiles and Ontario's average. */
export const GET: RequestHandler = conditional(async ({ url, locals }) => {
	if (idsParameter(url.searchParams) === null) return badParameter('ids', `required: ${IDS_HELP}`);
	const db = await getDb();
	const result = await sideBySideFor(db, url.searchParams, { cleared: await viewerClearance(locals), locale: 'en' });
	const problem = result.problem;
	if (problem) {
		switch (problem.code) {
			case 'period':
				return badParameter('period', problem.message);
			case 'unknown':
				return apiError(404, 'not_found', `police service '${problem.id ?? ''}' not found`, 'ids');
			case 'too_many':
				return badParameter('ids', `at most ${MAX_SIDE_BY_SIDE} services`);
			case 'duplicate':
				return badParameter('ids', `'${problem.id ?? ''}' is listed twice`);
			case 'malformed':
				return badParameter('ids', `'${problem.id ?? ''}' is not a police service id (lowercase, e.g. toronto or opp-3501)`);
			case 'missing':
				return badParameter('ids', `required: ${IDS_HELP}`);
		}
	}
	if (!result.table || !result.period) return badParameter('ids', `required: ${IDS_HELP}`);
	const { columns, rows, illustrative } = result.table;
	return apiData(sideBySideJson(columns, rows), { ...(await periodFieldsFor(db, result.period)), illustrative, count: columns.length });
});
