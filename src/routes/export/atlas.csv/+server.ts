import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/database';
import { choosePeriod } from '$lib/server/coverage';
import { viewerClearance } from '$lib/server/viewer';
import { apiError } from '$lib/server/api/respond';
import { atlasRows } from '$lib/server/services/atlas';
import { readAtlasQuery } from '$lib/domain/atlas-query';
import { atlasCsv } from '$lib/domain/atlas-csv';
import { csvHeader } from '$lib/domain/csv-columns';
import { csvRegion } from '$lib/i18n/csv-columns';
import { conditional } from '$lib/server/api/conditional';
import { periodLabelCell } from '$lib/domain/period';

/** The data behind the current map view as CSV: the map's own rows (same viewer clearance: "<5" stays "<5"). */
export const GET: RequestHandler = conditional(async ({ url, locals }) => {
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) return apiError(400, 'bad_request', `period: ${choice.message}`, 'period');
	const { rows, illustrative } = await atlasRows(db, choice.period, await viewerClearance(locals), locals.locale);
	const query = readAtlasQuery(url.searchParams, rows);
	const csv = atlasCsv(rows, query, choice.period, illustrative, {
		header: (columns) => csvHeader(columns, locals.locale),
		region: (region) => csvRegion(region, locals.locale),
		periodLabel: (period) => periodLabelCell(period, locals.locale)
	});
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="ontario-ice-atlas-${query.metric}-${choice.period}.csv"`
		}
	});
});
