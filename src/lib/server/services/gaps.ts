/**
 * The gaps use case: what /gaps and its CSV export both read. The quarter asked for, the disclosed
 * coverage for this viewer, the ranked rows with names in the reader's language, and the filters from
 * the URL; then either one page of the filtered list or the whole filtered list as CSV, so the page
 * and the spreadsheet can never disagree about which rows match.
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { CoverageView, Level, RankedService } from '$lib/domain/coverage';
import type { ServiceKind } from '$lib/domain/vocabulary';
import type { PeriodKey } from '$lib/domain/period';
import { serviceName } from '$lib/domain/names';
import { gapFilterParams, matchesGapFilters, PAGE_SIZE, readGapFilters, type GapFilters } from '$lib/domain/gaps/filters';
import { levelCounts, rankedGapRows, type GapRow } from '$lib/domain/gaps/list';
import { isIllustrative } from '$lib/server/api/coverage-json';
import { choosePeriod, coverageFor } from '$lib/server/coverage';
import { getDb } from '$lib/server/database';
import * as communities from '$lib/server/queries/communities';
import { viewerClearance } from '$lib/server/viewer';
import { gapsCsv } from './gaps-csv';
import { namesIn } from './atlas';

type GapEvent = Pick<RequestEvent, 'url' | 'locals'>;
type Refused = { ok: false; message: string };

interface GapView {
	period: PeriodKey;
	periods: PeriodKey[];
	view: CoverageView;
	rows: GapRow[];
	/** Police service id → its name in the reader's language and its kind. */
	services: Map<string, { name: string; kind: ServiceKind }>;
	filters: GapFilters;
}

async function gapView({ url, locals }: GapEvent): Promise<({ ok: true } & GapView) | Refused> {
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) return choice;
	const [view, names] = await Promise.all([coverageFor(db, choice.period, await viewerClearance(locals)), communities.list(db)]);
	const rows = rankedGapRows(view, namesIn(names, locals.locale), locals.locale);
	return {
		ok: true,
		period: choice.period,
		periods: choice.periods,
		view,
		rows,
		services: new Map(
			names.map((row) => [row.police_service_id, { name: serviceName(row.police_service_name, row.police_service_name_fr, locals.locale), kind: row.service_kind }])
		),
		filters: readGapFilters(url.searchParams)
	};
}

export interface GapsPage {
	period: PeriodKey;
	periods: PeriodKey[];
	filters: GapFilters;
	rows: GapRow[];
	matching: number;
	matchingCounts: Record<Level, number>;
	projectPCount: number;
	flagged: number;
	paging: { first: number; previous: string | null; next: string | null };
	services: (RankedService & { name: string })[];
	thresholds: CoverageView['thresholds'];
	csvQuery: string;
}

/** One page of the filtered list; a page past the end shows the last one. */
export async function gapsPage(event: GapEvent): Promise<{ ok: true; page: GapsPage } | Refused> {
	const gaps = await gapView(event);
	if (!gaps.ok) return gaps;
	const matching = gaps.rows.filter((row) => matchesGapFilters(row, gaps.filters));
	const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
	const page = Math.min(gaps.filters.page, pages);
	const query = (n: number) => gapFilterParams(gaps.filters, gaps.period, n).toString();
	return {
		ok: true,
		page: {
			period: gaps.period,
			periods: gaps.periods,
			filters: gaps.filters,
			rows: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
			matching: matching.length,
			matchingCounts: levelCounts(matching),
			projectPCount: matching.filter((row) => row.project_p).length,
			flagged: gaps.rows.length,
			paging: {
				first: (page - 1) * PAGE_SIZE + 1,
				previous: page > 1 ? query(page - 1) : null,
				next: page < pages ? query(page + 1) : null
			},
			// Services follow the kind and level filters; region and Project P are community filters.
			services: gaps.view.ranked.services.flatMap((row) => {
				const service = gaps.services.get(row.police_service_id);
				if (!service) return [];
				if (gaps.filters.kind && service.kind !== gaps.filters.kind) return [];
				if (gaps.filters.levels.length > 0 && (row.level === 'none' || !gaps.filters.levels.includes(row.level))) return [];
				return [{ ...row, name: service.name }];
			}),
			thresholds: gaps.view.thresholds,
			csvQuery: gapFilterParams(gaps.filters, gaps.period).toString()
		}
	};
}

/** Every matching row as CSV, same filters and same clearance as the page: "<5" stays "<5". */
export async function gapsExport(event: GapEvent): Promise<{ ok: true; period: PeriodKey; csv: string } | Refused> {
	const gaps = await gapView(event);
	if (!gaps.ok) return gaps;
	const rows = gaps.rows.filter((row) => matchesGapFilters(row, gaps.filters));
	return { ok: true, period: gaps.period, csv: gapsCsv(rows, gaps.view, isIllustrative(gaps.view), event.locals.locale) };
}
