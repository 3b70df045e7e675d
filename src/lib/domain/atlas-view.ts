/**
 * The atlas map's view model, shared by the server render and the browser (a metric switch is
 * recomputed in the browser from the same rows, with no round trip). Rows carry every map metric
 * already through disclosure control; this module classifies one metric and words the summary.
 */
import { classifyMetric, type ClassificationMethod, type ClassifiableValue, type MapClass, type ClassId } from './classify';
import type { DisclosedNumber } from './coverage';
import type { Level, RemotenessClass, ServiceKind } from './vocabulary';
import { isMetricId, mapMetricIds, metricDefinition, type MapMetricId, type StreamMetricId } from '../metrics';
import { formatDisclosed, MISSING, type NumberUnit } from '../format';
import type { Locale } from './locale';

/** The metrics a planner can colour the map by, in the picker's order (each entry's `appears.map`). */
export const MAP_METRICS: readonly MapMetricId[] = mapMetricIds;
export type { MapMetricId };
/** The map metrics the coverage engine computes for every community (all but the streams'). */
export type CoverageMapMetricId = Exclude<MapMetricId, StreamMetricId>;

export function isCoverageMapMetricId(id: MapMetricId): id is CoverageMapMetricId {
	return isMetricId(id);
}

export function isMapMetricId(value: unknown): value is MapMetricId {
	return (MAP_METRICS as readonly unknown[]).includes(value);
}

export type AtlasValue = DisclosedNumber | Level | RemotenessClass | boolean;

export interface AtlasRow {
	csduid: string;
	name: string;
	service_id: string;
	service_name: string;
	service_kind: ServiceKind;
	opp_region: string | null;
	population: number | null;
	children: number | null;
	level: Level;
	project_p: boolean;
	values: Record<MapMetricId, AtlasValue>;
}

export interface AtlasFilters {
	region: string | null;
	kind: AtlasRow['service_kind'] | null;
	level: Level | null;
}

export function matchesFilters(row: AtlasRow, filters: AtlasFilters): boolean {
	return (
		(filters.region === null || row.opp_region === filters.region) &&
		(filters.kind === null || row.service_kind === filters.kind) &&
		(filters.level === null || row.level === filters.level)
	);
}

const PER_CAPITA_UNITS = new Set(['per_100k', 'per_10k_children', 'cents_per_capita']);

/**
 * What the classifier sees for one community: suppressed and withheld values get the "<5" class;
 * per-capita metrics of a community without a census population get "population not available"
 * (the service's rate cannot be attributed to a population nobody counted); null is "no data".
 */
export function classifiable(row: AtlasRow, metric: MapMetricId): ClassifiableValue {
	const value = row.values[metric];
	if (typeof value === 'object' && value !== null) return { csduid: row.csduid, value: null, special: 'suppressed' };
	if (row.population === null && PER_CAPITA_UNITS.has(metricDefinition(metric).unit)) {
		return { csduid: row.csduid, value: null, special: 'no_population' };
	}
	return { csduid: row.csduid, value: value ?? null, special: value === null ? 'no_data' : null };
}

/** Text of one value in the reader's language (categories are worded by the caller's labels). */
export function displayValue(value: AtlasValue, metric: MapMetricId, locale: Locale, labels: Record<string, string>): string {
	if (typeof value === 'string') return labels[value] ?? value;
	if (typeof value === 'boolean') return labels[value ? 'yes' : 'no'] ?? String(value);
	if (value === null) return MISSING;
	return formatDisclosed(value, metricDefinition(metric).unit as NumberUnit, locale);
}

export interface MetricView {
	classes: MapClass[];
	assignment: Record<string, ClassId>;
	method: ClassificationMethod;
}

export function classifyRows(rows: readonly AtlasRow[], metric: MapMetricId, method?: ClassificationMethod): MetricView {
	const result = classifyMetric(metricDefinition(metric), rows.map((row) => classifiable(row, metric)), method);
	return { classes: result.classes, assignment: result.assignment, method: result.method };
}

export interface AtlasSummary {
	atGap: number;
	topRegion: string | null;
	projectP: number;
	projectPChildren: number;
}

/** Numbers for the text summary of the view ("32 communities at gap or critical level, most in …"). */
export function summarise(rows: readonly AtlasRow[]): AtlasSummary {
	const byRegion = new Map<string, number>();
	let atGap = 0;
	let projectP = 0;
	let projectPChildren = 0;
	for (const row of rows) {
		if (row.level === 'gap' || row.level === 'critical') {
			atGap += 1;
			const region = row.opp_region ?? '';
			byRegion.set(region, (byRegion.get(region) ?? 0) + 1);
		}
		if (row.project_p) {
			projectP += 1;
			projectPChildren += row.children ?? 0;
		}
	}
	const top = [...byRegion.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
	return { atGap, topRegion: top ? top[0] || null : null, projectP, projectPChildren };
}
