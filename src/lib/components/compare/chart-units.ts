/**
 * Which format.ts unit a compared metric's axis ticks use: the metric's own, except money per capita,
 * whose ticks drop "per capita" (the chart's title says it) to fit beside the axis.
 */
import type { NumberUnit } from '$lib/format';
import { metrics, type ServiceMetricId } from '$lib/metrics';

/** The units of the compared (service, numeric) metrics. */
export type ComparedUnit = (typeof metrics)[ServiceMetricId]['unit'];

export function valueUnit(metric: ServiceMetricId): ComparedUnit {
	return metrics[metric].unit;
}

export function axisUnit(metric: ServiceMetricId): NumberUnit {
	const unit = valueUnit(metric);
	return unit === 'cents_per_capita' ? 'cents' : unit;
}
