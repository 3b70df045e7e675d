/**
 * The words of a trend chart: its title, a one-sentence summary for `<desc>`, and the rows of its
 * text alternative (WCAG 2.0 1.1.1: a chart needs a text equivalent of the same information).
 */
import { formatDisclosed, formatPeriod } from '$lib/format';
import { interpolate } from '$lib/i18n/text';
import { plottable, trendUnit, type TrendPoint, type TrendStrings } from '$lib/domain/trend-series';
import type { TrendMetricId } from '$lib/metrics';
import type { Locale } from '$lib/domain/locale';

export interface TrendRow {
	period: string;
	value: string;
	median: string;
	quartiles: string;
}

/** `label`: the metric's label from the dictionary (`metrics[id].label`). */
export function trendTitle(label: string, subject: string, strings: TrendStrings): string {
	return interpolate(strings.title, { metric: label, subject });
}

/** First and last quarters with a figure, and the last one's provincial median. */
export function trendSummary(points: readonly TrendPoint[], metric: TrendMetricId, locale: Locale, strings: TrendStrings): string {
	const shown = points.filter((point) => plottable(point.value));
	const first = shown[0];
	const last = shown.at(-1);
	if (!first || !last) return strings.noData;
	const unit = trendUnit(metric);
	return interpolate(strings.summary, {
		first: formatPeriod(first.period, locale),
		start: formatDisclosed(first.value, unit, locale),
		last: formatPeriod(last.period, locale),
		end: formatDisclosed(last.value, unit, locale),
		median: formatDisclosed(last.median, unit, locale)
	});
}

export function trendRows(points: readonly TrendPoint[], metric: TrendMetricId, locale: Locale, strings: TrendStrings): TrendRow[] {
	const unit = trendUnit(metric);
	return points.map((point) => ({
		period: formatPeriod(point.period, locale),
		value: formatDisclosed(point.value, unit, locale),
		median: formatDisclosed(point.median, unit, locale),
		quartiles: interpolate(strings.range, {
			q1: formatDisclosed(point.q1, unit, locale),
			q3: formatDisclosed(point.q3, unit, locale)
		})
	}));
}
