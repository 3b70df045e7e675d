/**
 * THE metric registry: every metric is one entry (coverage.ts, streams.ts) carrying its unit,
 * direction, formula, scope, the caseload counts it rests on, its computation, its weight in group
 * averages and where it appears (map, trend, compare). Its words (label, short label, definition) are
 * in the dictionary's metrics section (i18n/sections/metrics.ts), keyed by id.
 * Everything else — the engine, disclosure control, averages, the map's picker, trend charts, the peer
 * comparison, the API — reads these entries and the id lists derived here; nothing else lists metric ids.
 *
 * Sources: domain.md §5 (capacity and caseload measures), §3 (remoteness), §8 (averages), §9 (disclosure
 * control). French text follows the French Language Services Act: equivalent content, same quality (§10).
 */
import { communityMetrics, serviceMetrics } from './coverage';
import { streamMetrics } from './streams';
import { PUBLISHED_FIELDS, type MetricAppearance, type MetricDefinition, type MetricUnit } from './types';

export { streamMetrics, serviceMetrics, communityMetrics };
export { annualisedReferrals, remotenessClass } from './coverage';
export { per } from './per';
export type * from './types';

/** The coverage engine's metrics, computed for every service or community; services' first. */
export const metrics = { ...serviceMetrics, ...communityMetrics };

export type MetricId = keyof typeof metrics;
export type StreamMetricId = keyof typeof streamMetrics;
/** A metric of either family: what a map or a legend may show. */
export type AnyMetricId = MetricId | StreamMetricId;

type Entries = typeof metrics & typeof streamMetrics;

export const metricIds = Object.keys(metrics) as MetricId[];
export const streamMetricIds = Object.keys(streamMetrics) as StreamMetricId[];
const allIds: readonly AnyMetricId[] = [...metricIds, ...streamMetricIds];

export function isMetricId(value: unknown): value is MetricId {
	return typeof value === 'string' && Object.hasOwn(metrics, value);
}

export function isStreamMetricId(value: unknown): value is StreamMetricId {
	return typeof value === 'string' && Object.hasOwn(streamMetrics, value);
}

export function metricDefinition(id: AnyMetricId): MetricDefinition {
	return isMetricId(id) ? metrics[id] : streamMetrics[id];
}

/** What `GET /api/metrics` answers for a metric: its published fields only, never its machinery. */
export function publishedDefinition(id: AnyMetricId): MetricDefinition {
	const entry: Readonly<Record<string, unknown>> = { ...metricDefinition(id) };
	return Object.fromEntries(PUBLISHED_FIELDS.filter((field) => entry[field] !== undefined).map((field) => [field, entry[field]])) as unknown as MetricDefinition;
}

/** Metric ids whose definition has the given field value, e.g. `MetricIdWhere<'scope', 'service'>`. */
export type MetricIdWhere<F extends keyof MetricDefinition, V> = {
	[K in MetricId]: (typeof metrics)[K] extends { readonly [P in F]: V } ? K : never;
}[MetricId];

export type ServiceMetricId = keyof typeof serviceMetrics;
export type CommunityMetricId = keyof typeof communityMetrics;
export type CountMetricId = MetricIdWhere<'disclosure', 'count'>;

export function isServiceMetricId(id: MetricId): id is ServiceMetricId {
	return Object.hasOwn(serviceMetrics, id);
}

export const serviceMetricIds = Object.keys(serviceMetrics) as ServiceMetricId[];
export const communityMetricIds = Object.keys(communityMetrics) as CommunityMetricId[];

/** Metrics with numeric values: the ones that have baselines, quartiles and trend charts. */
export function isNumericMetric(id: MetricId): boolean {
	const unit: MetricUnit = metrics[id].unit;
	return unit !== 'class' && unit !== 'level' && unit !== 'boolean';
}

// ── Where metrics appear ────────────────────────────────────────────────────────────────────────────

/** Ids of either family whose entry appears on the map (has a picker position). */
export type MapMetricId = {
	[K in AnyMetricId]: Entries[K]['appears'] extends { readonly map: number } ? K : never;
}[AnyMetricId];
/** Coverage metrics with a trend chart. */
export type TrendMetricId = { [K in MetricId]: (typeof metrics)[K]['appears'] extends { readonly trend: true } ? K : never }[MetricId];
/** Service metrics compared with peers. */
export type ComparedMetricId = {
	[K in ServiceMetricId]: (typeof serviceMetrics)[K]['appears'] extends { readonly compare: true } ? K : never;
}[ServiceMetricId];

function mapPosition(id: AnyMetricId): number | undefined {
	const entry: { readonly appears: MetricAppearance } = isMetricId(id) ? metrics[id] : streamMetrics[id];
	return entry.appears.map;
}

/** The map's metrics, in the picker's order. */
export const mapMetricIds: readonly MapMetricId[] = allIds
	.filter((id) => mapPosition(id) !== undefined)
	.sort((a, b) => (mapPosition(a) ?? 0) - (mapPosition(b) ?? 0)) as MapMetricId[];

/** The coverage metrics with a trend chart, in registry order (the order tables and chart grids use). */
export const trendMetricIds: readonly TrendMetricId[] = metricIds.filter((id): id is TrendMetricId => metrics[id].appears.trend);

/** The service metrics in the peer comparison, in registry order. */
export const comparedMetricIds: readonly ComparedMetricId[] = serviceMetricIds.filter(
	(id): id is ComparedMetricId => serviceMetrics[id].appears.compare
);
