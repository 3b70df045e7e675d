/**
 * A service against its comparison group and the province on every numeric service metric, for one
 * quarter (the page's table, charts and badges; the CSV; the API) and over recent quarters (trends).
 * Pure: the server supplies each quarter's snapshots twice, disclosed for everyone (`snapshots`: what no
 * viewer is cleared for is hidden) and for the viewer (`shown`). Rankings, percentiles and averages are
 * computed on the first only, so every viewer gets the same rank for the same figure and no rank or
 * average moves with a count some viewer cannot see; the viewer's own cleared values are shown beside
 * them, unranked when they are not published to everyone.
 */
import { comparedMetricIds, metrics, type ServiceMetricId } from '../../metrics';
import { isDisclosureMarker } from '../../format';
import type { PeriodKey } from '../period';
import { weightedAverage } from './averages';
import { percentileOf, rankValues } from './ranking';
import type { GroupAverage, MetricComparison, MetricTrend, ServiceSnapshot } from './types';

/** The service metrics whose entry appears in the comparison (`appears.compare`), in registry order. */
export const COMPARED_METRICS: readonly ServiceMetricId[] = comparedMetricIds;

/**
 * Whether a metric is ranked and averaged across services: rates are; raw counts (referrals, charges,
 * backlog…) are not, since a count mostly measures a service's size, and ranking Toronto's count with
 * Aylmer's says nothing about either (domain.md §8: compare rates, never raw counts). Counts are shown.
 */
export function isRankedMetric(metric: ServiceMetricId): boolean {
	return metrics[metric].unit !== 'count';
}

/**
 * Whether a service's value of `metric` is 0 because it has no staff of the kind the metric is measured
 * on (no ICE investigator, no forensic examiner): then it reads "no unit", not a position in a ranking
 * whose lower end is a run of such zeros (domain.md §8: a median of zeros says nothing). Staffing is
 * published for every service, so this is the same for every viewer.
 */
export function hasNoUnit(snapshot: ServiceSnapshot, metric: ServiceMetricId): boolean {
	const inputs: readonly string[] = metrics[metric].inputs;
	if (inputs.includes('investigators_fte') && snapshot.weights.investigators_fte === 0) return true;
	return inputs.includes('forensic_examiners_fte') && snapshot.weights.forensic_examiners_fte === 0;
}

/** The average of a metric that is not compared across services. */
export const NOT_AVERAGED: GroupAverage = Object.freeze({ value: null, used: 0, hidden: 0, undefined: 0 });

function split(snapshots: readonly ServiceSnapshot[], serviceId: string, memberIds: readonly string[], shown: readonly ServiceSnapshot[]) {
	const members = new Set(memberIds);
	members.delete(serviceId);
	const own = shown.find((snapshot) => snapshot.police_service_id === serviceId);
	if (!own) throw new Error(`No snapshot for service ${serviceId}`);
	return { own, group: snapshots.filter((snapshot) => members.has(snapshot.police_service_id)) };
}

/** `snapshots`: published to everyone (ranks, averages); `shown`: the viewer's (the service's own value). */
export function compareMetric(
	snapshots: readonly ServiceSnapshot[],
	serviceId: string,
	memberIds: readonly string[],
	metric: ServiceMetricId,
	shown: readonly ServiceSnapshot[] = snapshots
): MetricComparison {
	const { own, group } = split(snapshots, serviceId, memberIds, shown);
	if (!isRankedMetric(metric)) {
		return { metric, ranked: false, no_unit: false, value: own.values[metric], percentile: null, rank: null, group: NOT_AVERAGED, province: NOT_AVERAGED, ranking: [], hidden: 0 };
	}
	const { ranking, hidden } = rankValues(snapshots, metric);
	const rank = ranking.find((entry) => entry.police_service_id === serviceId)?.rank ?? null;
	const noUnit = hasNoUnit(own, metric);
	return {
		metric,
		ranked: true,
		no_unit: noUnit,
		value: own.values[metric],
		percentile: noUnit ? null : percentileOf(ranking, serviceId),
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
	memberIds: readonly string[],
	shown: readonly ServiceSnapshot[] = snapshots
): MetricComparison[] {
	return COMPARED_METRICS.map((metric) => compareMetric(snapshots, serviceId, memberIds, metric, shown));
}

export interface QuarterSnapshots {
	period: PeriodKey;
	/** Disclosed for everyone: what ranks and averages are computed on. */
	snapshots: readonly ServiceSnapshot[];
	/** Disclosed for the viewer (defaults to `snapshots`). */
	shown?: readonly ServiceSnapshot[];
}

/**
 * Each metric quarter by quarter: the service's visible value, its group's and the province's averages.
 * The group is held fixed (as chosen for the latest quarter), so a line moves because figures did, not
 * because members changed.
 */
export function metricTrends(quarters: readonly QuarterSnapshots[], serviceId: string, memberIds: readonly string[]): MetricTrend[] {
	const splits = quarters.map((quarter) => ({
		period: quarter.period,
		all: quarter.snapshots,
		...split(quarter.snapshots, serviceId, memberIds, quarter.shown ?? quarter.snapshots)
	}));
	return COMPARED_METRICS.map((metric) => ({
		metric,
		points: splits.map(({ period, all, own, group }) => {
			const value = own.values[metric];
			const ranked = isRankedMetric(metric);
			return {
				period,
				value: isDisclosureMarker(value) ? null : value,
				group: ranked ? weightedAverage(group, metric).value : null,
				province: ranked ? weightedAverage(all, metric).value : null
			};
		})
	}));
}
