/**
 * The atlas view lives in the URL (issue 4: a link reproduces the view; back and forward work):
 * `?metric=&period=&method=&region=&kind=&level=&zoom=&selected=&find=&outlines=`. Unknown values
 * fall back to defaults rather than failing: a stale link still opens a map.
 */
import { isMapMetricId, type AtlasFilters, type AtlasRow } from './atlas-view';
import { GAP_LEVELS, OPP_REGIONS, SERVICE_KINDS, type Level } from './vocabulary';
import { matchesSearch, normalizeForSearch } from './search';
import type { ClassificationMethod } from './classify';
import type { MapMetricId } from '../metrics';

/** The URL's region and kind choices, for the controls that offer them (declared in vocabulary.ts). */
export { OPP_REGIONS, SERVICE_KINDS };
const METHODS: readonly ClassificationMethod[] = ['quantile', 'ckmeans', 'thresholds'];
export type Outline = 'services' | 'divisions';

export interface AtlasQuery {
	metric: MapMetricId;
	method: ClassificationMethod | null;
	filters: AtlasFilters;
	zoom: string | null;
	selected: string | null;
	find: string;
	outlines: Outline[];
}

export const DEFAULT_METRIC: MapMetricId = 'gap_level';

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
	return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads the view from URL parameters; `find` selects the first community whose name matches. */
export function readAtlasQuery(params: URLSearchParams, rows: readonly Pick<AtlasRow, 'csduid' | 'name'>[]): AtlasQuery {
	const metric = params.get('metric');
	const find = (params.get('find') ?? '').slice(0, 100);
	let selected = params.get('selected');
	if (selected !== null && !rows.some((row) => row.csduid === selected)) selected = null;
	if (find && normalizeForSearch(find) !== '') selected = findCommunity(rows, find) ?? selected;
	return {
		metric: isMapMetricId(metric) ? metric : DEFAULT_METRIC,
		method: oneOf(params.get('method'), METHODS),
		filters: {
			region: oneOf(params.get('region'), OPP_REGIONS),
			kind: oneOf(params.get('kind'), SERVICE_KINDS),
			level: oneOf<Level>(params.get('level'), GAP_LEVELS)
		},
		zoom: params.get('zoom')?.slice(0, 40) || null,
		selected,
		find,
		outlines: params.getAll('outlines').filter((o): o is Outline => o === 'services' || o === 'divisions')
	};
}

/** The first community (by name) matching the text, accents and case ignored. */
export function findCommunity(rows: readonly Pick<AtlasRow, 'csduid' | 'name'>[], text: string): string | null {
	const matches = rows.filter((row) => matchesSearch(normalizeForSearch(row.name), text));
	const exact = matches.find((row) => normalizeForSearch(row.name) === normalizeForSearch(text));
	const best = exact ?? [...matches].sort((a, b) => a.name.length - b.name.length)[0];
	return best?.csduid ?? null;
}

/** URL parameters for a view (defaults left out, so the plain map keeps a clean URL). */
export function atlasSearchParams(query: AtlasQuery, period: string | null): URLSearchParams {
	const params = new URLSearchParams();
	if (query.metric !== DEFAULT_METRIC) params.set('metric', query.metric);
	if (period) params.set('period', period);
	if (query.method) params.set('method', query.method);
	if (query.filters.region) params.set('region', query.filters.region);
	if (query.filters.kind) params.set('kind', query.filters.kind);
	if (query.filters.level) params.set('level', query.filters.level);
	if (query.zoom) params.set('zoom', query.zoom);
	if (query.selected) params.set('selected', query.selected);
	for (const outline of query.outlines) params.append('outlines', outline);
	return params;
}
