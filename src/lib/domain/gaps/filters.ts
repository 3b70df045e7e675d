/**
 * The /gaps list's filters live in the URL (`?period=&level=gap&level=critical&region=&kind=&projectp=1`),
 * so a GET form works without JavaScript, a link reproduces the list, and the CSV export takes the same
 * parameters. Unknown values are ignored rather than refused: a stale link still opens a list.
 */
import type { Severity } from '$lib/domain/coverage';
import { OPP_REGIONS, SERVICE_KINDS, type Level, type OppRegion, type ServiceKind } from '$lib/domain/vocabulary';

export const SEVERITIES: readonly Severity[] = ['watch', 'gap', 'critical'];

/** Rows per page: the list can hold every community, and each row quotes its reasons. */
export const PAGE_SIZE = 50;

export interface GapFilters {
	/** Empty: every flagged level. */
	levels: Severity[];
	region: OppRegion | null;
	kind: ServiceKind | null;
	/** Only communities where Project P assistance is recommended. */
	projectP: boolean;
	/** 1-based; a page past the end shows the last one (the caller clamps it). */
	page: number;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
	return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function readGapFilters(params: URLSearchParams): GapFilters {
	const levels = new Set(params.getAll('level'));
	return {
		levels: SEVERITIES.filter((level) => levels.has(level)),
		region: oneOf(params.get('region'), OPP_REGIONS),
		kind: oneOf(params.get('kind'), SERVICE_KINDS),
		projectP: params.get('projectp') === '1',
		page: Math.max(1, Math.floor(Number(params.get('page'))) || 1)
	};
}

/** The URL parameters of a filtered list (defaults left out; the page only when asked, the export has none). */
export function gapFilterParams(filters: GapFilters, period: string | null, page: number | null = null): URLSearchParams {
	const params = new URLSearchParams();
	if (period) params.set('period', period);
	for (const level of filters.levels) params.append('level', level);
	if (filters.region) params.set('region', filters.region);
	if (filters.kind) params.set('kind', filters.kind);
	if (filters.projectP) params.set('projectp', '1');
	if (page !== null && page > 1) params.set('page', String(page));
	return params;
}

export interface Filterable {
	level: Level;
	opp_region: string;
	service_kind: ServiceKind;
	project_p: boolean;
}

export function matchesGapFilters(row: Filterable, filters: GapFilters): boolean {
	return (
		(filters.levels.length === 0 || (row.level !== 'none' && filters.levels.includes(row.level))) &&
		(filters.region === null || row.opp_region === filters.region) &&
		(filters.kind === null || row.service_kind === filters.kind) &&
		(!filters.projectP || row.project_p)
	);
}
