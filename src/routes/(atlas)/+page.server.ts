import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/database';
import { dataCache } from '$lib/server/cache';
import { choosePeriod, coverageFor } from '$lib/server/coverage';
import { viewerClearance } from '$lib/server/viewer';
import * as communities from '$lib/server/queries/communities';
import * as prevention from '$lib/server/streams/prevention';
import * as projectPRequests from '$lib/server/project-p/requests';
import { requestScope } from '$lib/domain/project-p/permissions';
import { toAtlasRows } from '$lib/domain/atlas-rows';
import { headlineFigures } from '$lib/domain/atlas-headline';
import { packAtlasRows } from '$lib/domain/atlas-rows-wire';
import { readAtlasQuery } from '$lib/domain/atlas-query';
import { localName, serviceName } from '$lib/domain/names';

export const load: PageServerLoad = async ({ url, locals }) => {
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) error(400, `period: ${choice.message}`);
	const [coverage, names, requests, reach] = await Promise.all([
		coverageFor(db, choice.period, await viewerClearance(locals)),
		// The directory and the reach are the same for every viewer: kept per data version.
		dataCache.get(db, 'community-directory', () => communities.list(db)),
		// Communities with an open Project P request the reader may see (issue 7): drawn as rings.
		projectPRequests.openCsduids(db, requestScope(locals.user)),
		dataCache.get(db, 'prevention-reach', () => prevention.latestReach(db))
	]);
	const rows = toAtlasRows(
		coverage,
		names.map((row) => ({
			csduid: row.csduid,
			name: localName(row.name, row.name_fr, locals.locale),
			service_name: serviceName(row.police_service_name, row.police_service_name_fr, locals.locale),
			service_kind: row.service_kind,
			opp_region: row.opp_region
		})),
		reach
	);
	// Rows travel as one compact JSON text (atlas-rows-wire.ts says why), unpacked once by the page.
	return {
		rowsJson: packAtlasRows(rows),
		headline: headlineFigures(coverage),
		period: choice.period,
		periods: choice.periods,
		query: readAtlasQuery(url.searchParams, rows),
		requests
	};
};
