/**
 * The words around the comparison page's charts: bars with their roles and names, each chart's summary
 * sentence (its text alternative), its caveats (rounding, weighting, hidden values, illustrative data)
 * and the trend panels' accessible names. Numbers become text through format.ts only.
 */
import { formatDisclosed, formatOrdinal, formatPeriod, formatUnit } from '$lib/format';
import { AVERAGE_WEIGHTS, type MetricComparison, type MetricTrend, type ServiceComparisonView } from '$lib/domain/peers';
import { interpolate } from '$lib/i18n/text';
import type { Messages } from '$lib/i18n/messages';
import { metrics } from '$lib/metrics';
import type { SlopeBar } from '$lib/components/compare/ski-slope-layout';
import { valueUnit } from '$lib/components/compare/chart-units';
import type { Locale } from '$lib/domain/locale';

type Names = Readonly<Record<string, string>>;

export function slopeBars(c: MetricComparison, view: ServiceComparisonView, names: Names): SlopeBar[] {
	const peers = new Set(view.peers.map((peer) => peer.police_service_id));
	return c.ranking.map((entry) => ({
		id: entry.police_service_id,
		label: names[entry.police_service_id] ?? entry.police_service_id,
		value: entry.value,
		rank: entry.rank,
		role: entry.police_service_id === view.police_service_id ? 'chosen' : peers.has(entry.police_service_id) ? 'peer' : 'other'
	}));
}

export function slopeSummary(c: MetricComparison, service: string, names: Names, locale: Locale, t: Messages['compare']['chart']): string {
	const top = c.ranking[0];
	const bottom = c.ranking.at(-1);
	if (!top || !bottom) return t.summaryEmpty;
	const unit = valueUnit(c.metric);
	const values = {
		service,
		count: c.ranking.length,
		value: formatDisclosed(c.value, unit, locale),
		rank: formatOrdinal(c.rank, locale),
		top: names[top.police_service_id] ?? top.police_service_id,
		topValue: formatUnit(top.value, unit, locale),
		bottom: names[bottom.police_service_id] ?? bottom.police_service_id,
		bottomValue: formatUnit(bottom.value, unit, locale)
	};
	const template = c.rank !== null ? t.summary : c.value === null ? t.summaryUndefined : t.summaryHidden;
	return interpolate(template, values);
}

export function slopeCaveats(c: MetricComparison, illustrative: boolean, t: Messages['compare']): string[] {
	const unit = valueUnit(c.metric);
	const caveats = [
		interpolate(t.chart.rounding, { rounding: t.rounding[unit] }),
		t.weights[AVERAGE_WEIGHTS[c.metric]]
	];
	if (c.hidden > 0) caveats.push(interpolate(t.chart.hidden, { count: c.hidden }));
	if (illustrative && metrics[c.metric].illustrative_inputs) caveats.push(t.chart.illustrative);
	return caveats;
}

/** `labels`: the metrics' words from the dictionary. */
export function trendPanels(trends: readonly MetricTrend[], service: string, locale: Locale, t: Messages['compare']['trends'], labels: Messages['metrics']) {
	return trends.map((trend) => {
		const unit = valueUnit(trend.metric);
		const known = trend.points.filter((point) => point.value !== null);
		const first = known[0];
		const last = known.at(-1);
		const title = labels[trend.metric].label;
		const label =
			first && last
				? interpolate(t.label, {
						metric: title,
						service,
						first: formatUnit(first.value, unit, locale),
						firstPeriod: formatPeriod(first.period, locale),
						last: formatUnit(last.value, unit, locale),
						lastPeriod: formatPeriod(last.period, locale)
					})
				: interpolate(t.labelEmpty, { metric: title, service });
		return { metric: trend.metric, title, label, points: trend.points };
	});
}

/** "its 7 most similar services", "the other 42 Municipal services"… */
export function groupName(view: ServiceComparisonView, kinds: Messages['kinds'], t: Messages['compare']['groupNames']): string {
	const count = view.peers.length;
	if (view.compared_through_parts) return interpolate(t.parts, { count });
	if (view.basis === 'similar') return interpolate(t.similar, { count });
	if (view.basis === 'kind') return interpolate(t.kind, { count, kind: kinds[view.kind] });
	return interpolate(t.region, { count, region: view.opp_region ?? '—' });
}
