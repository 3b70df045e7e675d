/**
 * What a trend chart draws: one metric's value for a community or service in each quarter, with the
 * provincial median and quartiles of the same quarter (baselines.ts). Values have already passed
 * disclosure control, so a point may be "<5" or withheld: the chart leaves a gap there and its text
 * alternative says why. Built on the server (server/coverage-series.ts) and drawn by components/charts; charts never fetch.
 */
import type { DisclosedNumber } from '$lib/domain/coverage';
import type { PeriodKey } from '$lib/domain/period';
import type { NumberUnit } from '$lib/format';
import { metrics, trendMetricIds, type TrendMetricId } from '$lib/metrics';

export type { TrendMetricId };

/** Compile-time check: every trend metric's unit has a formatter in format.ts. */
type AssertUnits<U extends NumberUnit> = U;
export type TrendMetricUnit = AssertUnits<(typeof metrics)[TrendMetricId]['unit']>;

/** Every trend metric (entries with `appears.trend`), in registry order (the order tables and chart grids use). */
export const TREND_METRICS: readonly TrendMetricId[] = trendMetricIds;

export function trendUnit(metric: TrendMetricId): TrendMetricUnit {
	return metrics[metric].unit;
}

export interface TrendPoint {
	period: PeriodKey;
	value: DisclosedNumber;
	q1: DisclosedNumber;
	median: DisclosedNumber;
	q3: DisclosedNumber;
}

/** Points per metric, oldest quarter first; a metric the subject does not have is absent. */
export type TrendSeries = { [M in TrendMetricId]?: TrendPoint[] };

/** A disclosed value the chart can place on its axis (markers and nulls cannot be drawn). */
export function plottable(value: DisclosedNumber): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The unit of a metric's axis ticks: per-capita money is ticked as money ("$0.35"), the suffix
 * "per capita" being in the chart's title; every other unit ticks as itself.
 */
export function axisUnit(metric: TrendMetricId): NumberUnit {
	const unit = trendUnit(metric);
	return unit === 'cents_per_capita' ? 'cents' : unit;
}

/** A chart's words, in the reader's language (i18n/sections/coverage.ts). */
export interface TrendStrings {
	/** "{metric}, {subject}, by quarter". */
	title: string;
	/** "{first}: {start}. {last}: {end}, provincial median {median}." */
	summary: string;
	/** When no quarter has a figure to draw. */
	noData: string;
	/** Under a chart with suppressed or withheld quarters. */
	hiddenNote: string;
	period: string;
	value: string;
	median: string;
	quartiles: string;
	/** "{q1} to {q3}". */
	range: string;
}
