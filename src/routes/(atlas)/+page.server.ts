import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/database';
import { createDataCache, dataCache } from '$lib/server/cache';
import { choosePeriod, coverageRun } from '$lib/server/coverage';
import type { AtlasDb } from '$lib/server/db/client';
import { discloseCoverage, type Clearance } from '$lib/domain/coverage';
import type { PeriodKey } from '$lib/domain/period';
import type { Locale } from '$lib/i18n/locale';
import { pageText } from '$lib/i18n/messages';
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

/**
 * The page's rows for one viewer class: a pure function of the data version, the quarter, the language
 * and which police services the viewer is cleared for, so it is built once per such class and data
 * version (for every planner alike, for each chief's service) instead of on every request. The key
 * names the services shown in full, read off the run itself, so two viewers share rows only when
 * disclosure control gives them the same figures.
 */
const atlasRows = createDataCache(32);

async function rowsFor(db: AtlasDb, period: PeriodKey, cleared: Clearance, locale: Locale) {
	const run = await coverageRun(db, period);
	// Every service disclosure control asks about: the services themselves and the responders' services.
	const { services: serviceRows, responders } = run.coverage;
	const services = [...new Set([...serviceRows.map((row) => row.police_service_id), ...responders.map((row) => row.police_service_id)])].sort();
	const shown = services.filter((service) => cleared(service)).join(',');
	return atlasRows.get(db, `${period}\u0000${locale}\u0000${shown}`, async () => {
		const [names, reach] = await Promise.all([
			// The directory and the reach are the same for every viewer: kept per data version.
			dataCache.get(db, 'community-directory', () => communities.list(db)),
			dataCache.get(db, 'prevention-reach', () => prevention.latestReach(db))
		]);
		const coverage = discloseCoverage(run, cleared);
		const rows = toAtlasRows(
			coverage,
			names.map((row) => ({
				csduid: row.csduid,
				name: localName(row.name, row.name_fr, locale),
				service_name: serviceName(row.police_service_name, row.police_service_name_fr, locale),
				service_kind: row.service_kind,
				opp_region: row.opp_region
			})),
			reach
		);
		// Rows travel as one compact JSON text (atlas-rows-wire.ts says why), unpacked once by the page.
		return { rows, rowsJson: packAtlasRows(rows), headline: headlineFigures(coverage) };
	});
}

export const load: PageServerLoad = async ({ url, locals }) => {
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) error(400, `period: ${choice.message}`);
	const [{ rows, rowsJson, headline }, requests] = await Promise.all([
		viewerClearance(locals).then((cleared) => rowsFor(db, choice.period, cleared, locals.locale)),
		// Communities with an open Project P request the reader may see (issue 7): drawn as rings.
		projectPRequests.openCsduids(db, requestScope(locals.user))
	]);
	return {
		text: pageText(locals.locale, ['map', 'communities', 'services']),
		rowsJson,
		headline,
		period: choice.period,
		periods: choice.periods,
		query: readAtlasQuery(url.searchParams, rows),
		requests
	};
};
