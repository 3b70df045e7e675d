/**
 * The geometry of a small trend chart: d3 scales and shapes turn a metric's quarterly points into SVG
 * path data and tick positions; TrendChart.svelte only draws them. Pure, so a test can check the
 * coordinates by hand.
 *
 * The y axis always includes 0: a line that starts at the lowest value makes small changes look
 * large (Tufte's "lie factor"); a quantity that can fall below 0 (a backlog change) keeps 0 in view too.
 */
import { area, line, scaleLinear } from 'd3';
import type { DisclosedNumber } from '$lib/domain/coverage';
import type { PeriodKey } from '$lib/domain/period';
import { plottable, type TrendPoint } from '$lib/domain/trend-series';

export interface TrendLayout {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
}

/** Room on the left for a formatted tick ("$5,000.00"), below for the first and last quarters. */
export const TREND_LAYOUT: TrendLayout = { width: 320, height: 150, margin: { top: 12, right: 12, bottom: 28, left: 68 } };

export interface TrendGeometry {
	/** The subject's line; null when no point can be drawn. */
	valuePath: string | null;
	medianPath: string | null;
	/** The band between the provincial quartiles. */
	bandPath: string | null;
	yTicks: { value: number; y: number }[];
	/** The first and last quarters, at the ends of the x axis. */
	xTicks: { period: PeriodKey; x: number; anchor: 'start' | 'end' }[];
	/** Every drawable value, so an isolated quarter (no neighbour to join) still shows. */
	dots: { period: PeriodKey; x: number; y: number }[];
	/** Quarters whose value is suppressed ("<5") or withheld: a gap in the subject's line. */
	hidden: PeriodKey[];
	/** The quarter on show elsewhere on the page, marked on the axis. */
	current: { x: number; y: number | null } | null;
	/** Bottom and top of the plotting area, in SVG units. */
	plotBottom: number;
	plotTop: number;
}

const isMarker = (value: DisclosedNumber) => value !== null && typeof value === 'object';

/** From the lowest to the highest drawable value, 0 always included; one unit tall when all are equal. */
function yDomain(values: Iterable<DisclosedNumber>): [number, number] {
	let low = 0;
	let high = 0;
	for (const value of values) {
		if (!plottable(value)) continue;
		low = Math.min(low, value);
		high = Math.max(high, value);
	}
	return low === high ? [low, low + 1] : [low, high];
}

export interface TrendOptions {
	/** Counts tick at whole numbers only: a tick at 0.5 would read "1" once rounded for display. */
	integerTicks: boolean;
	layout?: TrendLayout;
}

/** The scales and ticks every trend chart shares: quarters evenly along x, values (0 included) up y. */
function axes(periods: readonly PeriodKey[], values: Iterable<DisclosedNumber>, options: TrendOptions) {
	const { width, height, margin } = options.layout ?? TREND_LAYOUT;
	const plotBottom = height - margin.bottom;
	const x = scaleLinear()
		.domain([0, Math.max(periods.length - 1, 1)])
		.range([margin.left, width - margin.right]);
	const y = scaleLinear().domain(yDomain(values)).range([plotBottom, margin.top]).nice(3);
	const first = periods[0];
	const last = periods.at(-1);
	return {
		x,
		y,
		plotBottom,
		plotTop: margin.top,
		yTicks: y
			.ticks(3)
			.filter((value) => !options.integerTicks || Number.isInteger(value))
			.map((value) => ({ value, y: y(value) })),
		xTicks: [
			...(first ? [{ period: first, x: x(0), anchor: 'start' as const }] : []),
			...(last && periods.length > 1 ? [{ period: last, x: x(periods.length - 1), anchor: 'end' as const }] : [])
		]
	};
}

export function trendGeometry(points: readonly TrendPoint[], current: PeriodKey | null, options: TrendOptions): TrendGeometry {
	const { x, y, plotBottom, plotTop, yTicks, xTicks } = axes(
		points.map((p) => p.period),
		points.flatMap((p) => [p.value, p.q1, p.median, p.q3]),
		options
	);
	const at = (_: TrendPoint, i: number) => x(i);
	const drawn = (pick: (p: TrendPoint) => DisclosedNumber) =>
		line<TrendPoint>()
			.defined((p) => plottable(pick(p)))
			.x(at)
			.y((p) => y(pick(p) as number));
	const band = area<TrendPoint>()
		.defined((p) => plottable(p.q1) && plottable(p.q3))
		.x(at)
		.y0((p) => y(p.q1 as number))
		.y1((p) => y(p.q3 as number));

	const anyValue = points.some((p) => plottable(p.value));
	const anyMedian = points.some((p) => plottable(p.median));
	const anyBand = points.some((p) => plottable(p.q1) && plottable(p.q3));
	const currentIndex = current === null ? -1 : points.findIndex((p) => p.period === current);
	const currentPoint = points[currentIndex];

	return {
		valuePath: anyValue ? drawn((p) => p.value)(points) : null,
		medianPath: anyMedian ? drawn((p) => p.median)(points) : null,
		bandPath: anyBand ? band(points) : null,
		yTicks,
		xTicks,
		dots: points.flatMap((p, i) => (plottable(p.value) ? [{ period: p.period, x: x(i), y: y(p.value) }] : [])),
		hidden: points.filter((p) => isMarker(p.value)).map((p) => p.period),
		current: currentPoint ? { x: x(currentIndex), y: plottable(currentPoint.value) ? y(currentPoint.value) : null } : null,
		plotBottom,
		plotTop
	};
}

/** Several named lines over the same quarters (a service, its group, the province), on the same axes. */
export interface LinesGeometry<K extends string> {
	/** A line per key; a quarter without a value breaks it rather than being drawn as zero. */
	paths: { key: K; d: string }[];
	/** Values with no neighbour to join, so an isolated quarter still shows. */
	dots: { key: K; x: number; y: number }[];
	yTicks: { value: number; y: number }[];
	xTicks: { period: PeriodKey; x: number; anchor: 'start' | 'end' }[];
}

export function linesGeometry<K extends string>(
	points: readonly ({ period: PeriodKey } & { readonly [key in K]: DisclosedNumber })[],
	keys: readonly K[],
	options: TrendOptions
): LinesGeometry<K> {
	const { x, y, yTicks, xTicks } = axes(
		points.map((p) => p.period),
		points.flatMap((p) => keys.map((key) => p[key])),
		options
	);
	const drawable = (i: number, key: K) => {
		const point = points[i];
		return point !== undefined && plottable(point[key]);
	};
	return {
		paths: keys.map((key) => ({
			key,
			d:
				line<(typeof points)[number]>()
					.defined((p) => plottable(p[key]))
					.x((_, i) => x(i))
					.y((p) => y(p[key] as number))(points) ?? ''
		})),
		dots: keys.flatMap((key) =>
			points.flatMap((p, i) => (drawable(i, key) && !drawable(i - 1, key) && !drawable(i + 1, key) ? [{ key, x: x(i), y: y(p[key] as number) }] : []))
		),
		yTicks,
		xTicks
	};
}
