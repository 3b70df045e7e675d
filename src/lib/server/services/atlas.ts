/**
 * The atlas use case: the rows behind the map page and its CSV export, one per community with every
 * map metric disclosed for the viewer, names in the reader's language. Both doors read them here, so
 * the map and the spreadsheet cannot disagree.
 *
 * The rows are a pure function of the data version, the quarter, the language and which police
 * services the viewer is cleared for, so they are built once per such class and data version (for
 * every planner alike, for each chief's service) instead of on every request. The key names the
 * services shown in full, read off the run itself, so two viewers share rows only when disclosure
 * control gives them the same figures.
 */
import { createDataCache, dataCache } from '../cache';
import { coverageRun } from '../coverage';
import type { AtlasDb } from '../db/client';
import * as communities from '../queries/communities';
import * as prevention from '../streams/prevention';
import { discloseCoverage, type Clearance } from '../../domain/coverage';
import type { PeriodKey } from '../../domain/period';
import { toAtlasRows } from '../../domain/atlas-rows';
import { headlineFigures } from '../../domain/atlas-headline';
import { packAtlasRows } from '../../domain/atlas-rows-wire';
import { localName, serviceName } from '../../domain/names';
import type { Locale } from '../../i18n/locale';

/** The directory's names in the reader's language, as the map, the gaps list and their exports show them. */
export function namesIn(rows: readonly communities.CommunityListRow[], locale: Locale) {
	return rows.map((row) => ({
		csduid: row.csduid,
		name: localName(row.name, row.name_fr, locale),
		service_name: serviceName(row.police_service_name, row.police_service_name_fr, locale),
		service_kind: row.service_kind,
		opp_region: row.opp_region
	}));
}

const atlasRowsByClass = createDataCache(32);

export async function atlasRows(db: AtlasDb, period: PeriodKey, cleared: Clearance, locale: Locale) {
	const run = await coverageRun(db, period);
	// Every service disclosure control asks about: the services themselves and the responders' services.
	const { services: serviceRows, responders } = run.coverage;
	const services = [...new Set([...serviceRows.map((row) => row.police_service_id), ...responders.map((row) => row.police_service_id)])].sort();
	const shown = services.filter((service) => cleared(service)).join(',');
	return atlasRowsByClass.get(db, `${period}\u0000${locale}\u0000${shown}`, async () => {
		const [names, reach] = await Promise.all([
			// The directory and the reach are the same for every viewer: kept per data version.
			dataCache.get(db, 'community-directory', () => communities.list(db)),
			dataCache.get(db, 'prevention-reach', () => prevention.latestReach(db))
		]);
		const coverage = discloseCoverage(run, cleared);
		const rows = toAtlasRows(coverage, namesIn(names, locale), reach);
		return {
			rows,
			// Rows travel to the page as one compact JSON text (atlas-rows-wire.ts says why).
			rowsJson: packAtlasRows(rows),
			headline: headlineFigures(coverage),
			illustrative: coverage.communities.some((community) => community.illustrative)
		};
	});
}
