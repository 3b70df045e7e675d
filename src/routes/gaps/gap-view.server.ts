/**
 * What /gaps and its CSV export both read: the quarter asked for, the disclosed coverage for this
 * viewer, the ranked rows with names in the reader's language, and the filters from the URL.
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { CoverageView } from '$lib/domain/coverage';
import type { ServiceKind } from '$lib/domain/vocabulary';
import type { PeriodKey } from '$lib/domain/period';
import { localName, serviceName } from '$lib/domain/names';
import { isIllustrative } from '$lib/server/api/coverage-json';
import { choosePeriod, coverageFor } from '$lib/server/coverage';
import { getDb } from '$lib/server/database';
import * as communities from '$lib/server/queries/communities';
import { viewerClearance } from '$lib/server/viewer';
import { readGapFilters, type GapFilters } from './gap-filters';
import { rankedGapRows, type GapRow } from './gap-list';

export type GapView =
	| {
			ok: true;
			period: PeriodKey;
			periods: PeriodKey[];
			view: CoverageView;
			rows: GapRow[];
			/** Police service id → its name in the reader's language and its kind. */
			services: Map<string, { name: string; kind: ServiceKind }>;
			filters: GapFilters;
			illustrative: boolean;
	  }
	| { ok: false; message: string };

export async function gapView({ url, locals }: Pick<RequestEvent, 'url' | 'locals'>): Promise<GapView> {
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) return choice;
	const [view, names] = await Promise.all([coverageFor(db, choice.period, await viewerClearance(locals)), communities.list(db)]);
	const rows = rankedGapRows(
		view,
		names.map((row) => ({
			csduid: row.csduid,
			name: localName(row.name, row.name_fr, locals.locale),
			service_name: serviceName(row.police_service_name, row.police_service_name_fr, locals.locale),
			service_kind: row.service_kind,
			opp_region: row.opp_region
		})),
		locals.locale
	);
	return {
		ok: true,
		period: choice.period,
		periods: choice.periods,
		view,
		rows,
		services: new Map(
			names.map((row) => [row.police_service_id, { name: serviceName(row.police_service_name, row.police_service_name_fr, locals.locale), kind: row.service_kind }])
		),
		filters: readGapFilters(url.searchParams),
		illustrative: isIllustrative(view)
	};
}
