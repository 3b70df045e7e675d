/**
 * Geometry of one small-multiple trend chart: the service, its group's average and Ontario's as three
 * lines over the same quarters (d3 scalePoint and line; a quarter without a value breaks the line
 * rather than being drawn as zero). The value axis starts at zero, so small changes are not blown up.
 */
import { line, scaleLinear, scalePoint } from 'd3';
import type { TrendPoint } from '$lib/domain/peers';

export const TREND_SIZE = { width: 300, height: 130, top: 10, right: 10, bottom: 22, left: 56 } as const;

export type TrendSeries = 'value' | 'group' | 'province';
export const TREND_SERIES: readonly TrendSeries[] = ['province', 'group', 'value'];

export interface TrendLayout {
	paths: { series: TrendSeries; d: string }[];
	/** Single points (a value with no neighbour draws no line segment). */
	dots: { series: TrendSeries; x: number; y: number }[];
	ticks: { value: number; y: number }[];
	first: { x: number; period: string } | null;
	last: { x: number; period: string } | null;
}

export function trendLayout(points: readonly TrendPoint[]): TrendLayout {
	const { width, height, top, right, bottom, left } = TREND_SIZE;
	const values = points.flatMap((p) => [p.value, p.group, p.province]).filter((v): v is number => v !== null && Number.isFinite(v));
	const y = scaleLinear()
		.domain([Math.min(0, ...values), Math.max(0, ...values)])
		.nice(3)
		.range([height - bottom, top]);
	const x = scalePoint<string>()
		.domain(points.map((p) => p.period))
		.range([left, width - right])
		.padding(0.2);
	const xOf = (p: TrendPoint) => x(p.period) ?? left;
	const paths = TREND_SERIES.map((series) => {
		const path = line<TrendPoint>()
			.digits(2)
			.defined((p) => p[series] !== null)
			.x(xOf)
			.y((p) => y(p[series] ?? 0));
		return { series, d: path(points as TrendPoint[]) ?? '' };
	});
	const dots = TREND_SERIES.flatMap((series) =>
		points.flatMap((p, i) => {
			const isolated = p[series] !== null && (points[i - 1]?.[series] ?? null) === null && (points[i + 1]?.[series] ?? null) === null;
			return isolated ? [{ series, x: xOf(p), y: y(p[series] ?? 0) }] : [];
		})
	);
	const firstPoint = points[0];
	const lastPoint = points.at(-1);
	return {
		paths,
		dots,
		ticks: y.ticks(3).map((value) => ({ value, y: Math.round(y(value) * 100) / 100 })),
		first: firstPoint ? { x: xOf(firstPoint), period: firstPoint.period } : null,
		last: lastPoint && lastPoint !== firstPoint ? { x: xOf(lastPoint), period: lastPoint.period } : null
	};
}
