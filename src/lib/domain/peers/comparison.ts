/**
 * A service against its comparison group and the province on every numeric service metric, for one
 * quarter (the page's table, charts and badges; the CSV; the API) and over recent quarters (trends).
 * Pure: the server supplies each quarter's snapshots, already disclosed for the viewer.
 */
import { isNumericMetric, isServiceMetricId, metricIds, type ServiceMetricId } from '../../metrics';
import { isDisclosureMarker } from '../../format';
import type { PeriodKey } from '../period';
import { weightedAverage } from './averages';
import { percentileOf, rankValues } from './ranking';
import type { MetricComparison, MetricTrend, ServiceSnapshot } from './types';

/** Every service metric with a numeric value, in registry order. */
export const COMPARED_METRICS: readonly ServiceMetricId[] = metricIds.filter(
	(id): id is ServiceMetricId => isServiceMetricId(id) && isNumericMetric(id)
);

function split(snapshots: readonly ServiceSnapshot[], serviceId: string, memberIds: readonly string[]) {
	const members = new Set(memberIds);
	members.delete(serviceId);
	const own = snapshots.find((snapshot) => snapshot.police_service_id === serviceId);
	if (!own) throw new Error(`No snapshot for service ${serviceId}`);
	return { own, group: snapshots.filter((snapshot) => members.has(snapshot.police_service_id)) };
}

export function compareMetric(
	snapshots: readonly ServiceSnapshot[],
	serviceId: string,
	memberIds: readonly string[],
	metric: ServiceMetricId
): MetricComparison {
	const { own, group } = split(snapshots, serviceId, memberIds);
	const { ranking, hidden } = rankValues(snapshots, metric);
	const rank = ranking.find((entry) => entry.police_service_id === serviceId)?.rank ?? null;
	return {
		metric,
		value: own.values[metric],
		percentile: percentileOf(ranking, serviceId),
		rank,
		group: weightedAverage(group, metric),
		province: weightedAverage(snapshots, metric),
		ranking,
		hidden
	};
}

export function compareMetrics(
	snapshots: readonly ServiceSnapshot[],
	serviceId: string,
	memberIds: readonly string[]
): MetricComparison[] {
	return COMPARED_METRICS.map((metric) => compareMetric(snapshots, serviceId, memberIds, metric));
}

export interface QuarterSnapshots {
	period: PeriodKey;
	snapshots: readonly ServiceSnapshot[];
}

/**
 * Each metric quarter by quarter: the service's visible value, its group's and the province's averages.
 * The group is held fixed (as chosen for the latest quarter), so a line moves because figures did, not
 * because members changed.
 */
export function metricTrends(quarters: readonly QuarterSnapshots[], serviceId: string, memberIds: readonly string[]): MetricTrend[] {
	const splits = quarters.map((quarter) => ({ period: quarter.period, all: quarter.snapshots, ...split(quarter.snapshots, serviceId, memberIds) }));
	return COMPARED_METRICS.map((metric) => ({
		metric,
		points: splits.map(({ period, all, own, group }) => {
			const value = own.values[metric];
			return {
				period,
				value: isDisclosureMarker(value) ? null : value,
				group: weightedAverage(group, metric).value,
				province: weightedAverage(all, metric).value
			};
		})
	}));
}
