import type { RequestHandler } from './$types';
import { apiError } from '$lib/server/api/respond';
import { matchesGapFilters } from '../gap-filters';
import { gapsCsv } from '../gaps-csv';
import { gapView } from '../gap-view.server';
import { conditional } from '$lib/server/api/conditional';

/** The flagged communities as on /gaps, same filters and same clearance: "<5" stays "<5". */
export const GET: RequestHandler = conditional(async (event) => {
	const gaps = await gapView(event);
	if (!gaps.ok) return apiError(400, 'bad_request', `period: ${gaps.message}`, 'period');
	const rows = gaps.rows.filter((row) => matchesGapFilters(row, gaps.filters));
	return new Response(gapsCsv(rows, gaps.view, gaps.illustrative, event.locals.locale), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="ontario-ice-coverage-gaps-${gaps.period}.csv"`
		}
	});
});
