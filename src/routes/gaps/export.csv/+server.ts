import type { RequestHandler } from './$types';
import { apiError } from '$lib/server/api/respond';
import { gapsExport } from '$lib/server/services/gaps';
import { conditional } from '$lib/server/api/conditional';

/** The flagged communities as on /gaps, same filters and same clearance: "<5" stays "<5". */
export const GET: RequestHandler = conditional(async (event) => {
	const gaps = await gapsExport(event);
	if (!gaps.ok) return apiError(400, 'bad_request', `period: ${gaps.message}`, 'period');
	return new Response(gaps.csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="ontario-ice-coverage-gaps-${gaps.period}.csv"`
		}
	});
});
