/**
 * Geometry of a ranked column chart ("ski slope", HMICFRS Value for Money profiles): d3 scales place
 * one column per service, highest first, and the average lines; the component only draws. Negative
 * values (a shrinking backlog) hang below the zero line.
 */
import { scaleBand, scaleLinear } from 'd3';

export type BarRole = 'chosen' | 'peer' | 'other';

export interface SlopeBar {
	id: string;
	label: string;
	value: number;
	/** 1 for the highest; equal values share a rank (domain/peers/ranking.ts). */
	rank: number;
	role: BarRole;
}

export interface SlopeReference {
	kind: 'group' | 'province';
	value: number | null;
}

const ZERO_SLIVER = 2;

export const SLOPE_SIZE = { width: 640, height: 190, top: 30, right: 8, bottom: 6, left: 72 } as const;

export interface PlacedBar extends SlopeBar {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface SlopeLayout {
	bars: PlacedBar[];
	ticks: { value: number; y: number }[];
	references: (SlopeReference & { y: number })[];
	zeroY: number;
	/**
	 * The chosen service's name, in the top margin where no column reaches, with a leader line down to
	 * its column; the text runs away from the nearer edge.
	 */
	callout: { x: number; y: number; lineTop: number; lineBottom: number; anchor: 'start' | 'end' } | null;
}

/** Coordinates to a hundredth of a unit: no visible difference, and a shorter, stable SVG. */
const round = (value: number): number => Math.round(value * 100) / 100;

export function slopeLayout(bars: readonly SlopeBar[], references: readonly SlopeReference[]): SlopeLayout {
	const { width, height, top, right, bottom, left } = SLOPE_SIZE;
	const values = [0, ...bars.map((bar) => bar.value), ...references.flatMap((r) => (r.value === null ? [] : [r.value]))];
	const y = scaleLinear()
		.domain([Math.min(...values), Math.max(...values)])
		.nice(4)
		.range([height - bottom, top]);
	const x = scaleBand<string>()
		.domain(bars.map((bar) => bar.id))
		.range([left, width - right])
		.paddingInner(bars.length > 40 ? 0.2 : 0.3);
	const zeroY = y(0);
	const placed = bars.map((bar) => {
		const top = y(bar.value);
		// A zero is a real value: the chosen service and its group keep a sliver on the zero line.
		const height = bar.value === 0 ? (bar.role === 'other' ? 0 : ZERO_SLIVER) : Math.max(Math.abs(zeroY - top), 1);
		const barTop = bar.value === 0 ? zeroY - height : Math.min(top, zeroY);
		return { ...bar, x: round(x(bar.id) ?? left), width: round(x.bandwidth()), y: round(barTop), height: round(height) };
	});
	const chosen = placed.find((bar) => bar.role === 'chosen');
	const callout = chosen
		? {
				x: round(chosen.x + chosen.width / 2),
				y: 12,
				lineTop: 16,
				lineBottom: round(Math.max(16, chosen.y - 3)),
				anchor: chosen.x < (left + width) / 2 ? ('start' as const) : ('end' as const)
			}
		: null;
	return {
		bars: placed,
		ticks: y.ticks(4).map((value) => ({ value, y: round(y(value)) })),
		references: references.flatMap((reference) => (reference.value === null ? [] : [{ ...reference, y: round(y(reference.value)) }])),
		zeroY: round(zeroY),
		callout
	};
}
