import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/database';
import { dataCache } from '$lib/server/cache';
import { choosePeriod, coverageFor } from '$lib/server/coverage';
import { viewerClearance } from '$lib/server/viewer';
import { apiError } from '$lib/server/api/respond';
import * as communities from '$lib/server/queries/communities';
import * as prevention from '$lib/server/streams/prevention';
import { toAtlasRows } from '$lib/domain/atlas-rows';
import { readAtlasQuery } from '$lib/domain/atlas-query';
import { atlasCsv } from '$lib/domain/atlas-csv';
import { localName, serviceName } from '$lib/domain/names';
import { csvHeader } from '$lib/domain/csv-columns';
import { csvRegion } from '$lib/i18n/csv-columns';
import { conditional } from '$lib/server/api/conditional';
import { periodLabelCell } from '$lib/domain/period';

/** The data behind the current map view as CSV (same viewer clearance as the page: "<5" stays "<5"). */
export const GET: RequestHandler = conditional(async ({ url, locals }) => {
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) return apiError(400, 'bad_request', `period: ${choice.message}`, 'period');
	const [coverage, names, reach] = await Promise.all([
		coverageFor(db, choice.period, await viewerClearance(locals)),
		dataCache.get(db, 'community-directory', () => communities.list(db)),
		dataCache.get(db, 'prevention-reach', () => prevention.latestReach(db))
	]);
	const rows = toAtlasRows(
		coverage,
		names.map((row) => ({
			csduid: row.csduid,
			// The viewer's language, as on the map and in the /gaps export.
			name: localName(row.name, row.name_fr, locals.locale),
			service_name: serviceName(row.police_service_name, row.police_service_name_fr, locals.locale),
			service_kind: row.service_kind,
			opp_region: row.opp_region
		})),
		reach
	);
	const query = readAtlasQuery(url.searchParams, rows);
	const illustrative = coverage.communities.some((community) => community.illustrative);
	return new Response(atlasCsv(rows, query, choice.period, illustrative, {
		header: (columns) => csvHeader(columns, locals.locale),
		region: (region) => csvRegion(region, locals.locale),
		periodLabel: (period) => periodLabelCell(period, locals.locale)
	}), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="ontario-ice-atlas-${query.metric}-${choice.period}.csv"`
		}
	});
});
