/**
 * Provincial baselines: the median and quartiles of each numeric metric in a period, and the reference
 * values the relative gap rules compare against.
 *
 * Over what, unweighted:
 * - service metrics: one value per reporting service where the metric is defined. Per-capita metrics
 *   already divide by population; weighting services by population as well would let Toronto (about a
 *   fifth of Ontario) set the "typical service" a chief compares with (domain.md §8 compares services).
 * - community metrics (distance): one value per community, so the median describes the typical place,
 *   including the small and remote ones a population weighting would drown out.
 *
 * Quantiles: linear interpolation between order statistics (Hyndman & Fan 1996, type 7; the default of
 * R, NumPy and d3.quantile), so the numbers can be checked with any of them.
 */
import { isNumericMetric, isServiceMetricId, metricIds, type MetricId } from '../../metrics';
import type { PeriodKey } from '../period';
import type { ServiceFigures } from './service-metrics';
import type { Baseline, Baselines, CommunityCoverage, ProvincialReference, ServiceCoverage } from './types';

/** The p-quantile (p in [0, 1]) of ascending values; null for none. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
	const n = sorted.length;
	if (n === 0) return null;
	const position = (n - 1) * Math.min(Math.max(p, 0), 1);
	const below = Math.floor(position);
	const lower = sorted[below] ?? 0;
	const upper = sorted[Math.min(below + 1, n - 1)] ?? lower;
	return lower + (upper - lower) * (position - below);
}

function ascending(values: number[]): Float64Array {
	return Float64Array.from(values).sort();
}

/**
 * The relative rules' reference values, over services with an ICE unit: a service without one has no
 * referrals per investigator, and its zero investigators per 10,000 children would drag the percentile
 * to 0 whenever most services have no unit (the no-unit rule covers those services instead).
 */
/** The percentile of investigators per 10,000 children reported as the provincial reference (bottom quartile). */
const CAPACITY_PERCENTILE = 25;

export function provincialReference(figures: readonly ServiceFigures[]): ProvincialReference {
	const load: number[] = [];
	const capacity: number[] = [];
	for (const service of figures) {
		if (!service.has_ice_unit) continue;
		if (service.metrics.referrals_per_investigator !== null) load.push(service.metrics.referrals_per_investigator);
		if (service.metrics.investigators_per_10k_children !== null) capacity.push(service.metrics.investigators_per_10k_children);
	}
	return {
		median_referrals_per_investigator: quantileSorted(ascending(load), 0.5),
		capacity_percentile_value: quantileSorted(ascending(capacity), CAPACITY_PERCENTILE / 100)
	};
}

function baseline(metric: MetricId, period: PeriodKey, over: Baseline['over'], values: number[]): Baseline {
	const sorted = ascending(values);
	return {
		metric,
		period,
		over,
		n: sorted.length,
		q1: quantileSorted(sorted, 0.25),
		median: quantileSorted(sorted, 0.5),
		q3: quantileSorted(sorted, 0.75)
	};
}

/** Baselines of every numeric metric (classes, levels and flags have none). */
export function computeBaselines(
	period: PeriodKey,
	services: readonly ServiceCoverage[],
	communities: readonly CommunityCoverage[]
): Baselines {
	const baselines: Baselines = {};
	const reporting = services.filter((service) => service.reported);
	for (const id of metricIds) {
		if (!isNumericMetric(id)) continue;
		const values: number[] = [];
		if (isServiceMetricId(id)) {
			for (const service of reporting) {
				const value = service.metrics[id];
				if (value !== null) values.push(value);
			}
			baselines[id] = baseline(id, period, 'services', values);
		} else {
			for (const community of communities) {
				const value = community.metrics[id];
				if (typeof value === 'number') values.push(value);
			}
			baselines[id] = baseline(id, period, 'communities', values);
		}
	}
	return baselines;
}
