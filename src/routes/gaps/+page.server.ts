import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { gapFilterParams, matchesGapFilters, PAGE_SIZE } from './gap-filters';
import { levelCounts } from './gap-list';
import { gapView } from './gap-view.server';
import { can } from '$lib/server/policy';

export const load: PageServerLoad = async (event) => {
	const gaps = await gapView(event);
	const canEditThresholds = can(event.locals.user, '/gaps/thresholds');
	if (!gaps.ok) {
		// No ICE data at all is not the reader's error: the page says so instead.
		if (event.url.searchParams.get('period')) error(400, `period: ${gaps.message}`);
		return { gaps: null, canEditThresholds };
	}
	const matching = gaps.rows.filter((row) => matchesGapFilters(row, gaps.filters));
	const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
	const page = Math.min(gaps.filters.page, pages);
	const query = (n: number) => gapFilterParams(gaps.filters, gaps.period, n).toString();
	return {
		gaps: {
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
		},
		canEditThresholds
	};
};
