/**
 * Shorter SVG path data for the same shapes. d3's path generator writes absolute coordinates
 * (`M926.3,775.8L925.8,775.8…`); after the first point of each ring, relative steps (`l-.5,0…`) say
 * the same in about 70 % of the characters and compress better (the map page's SVG: 79 KB → 57 KB
 * gzipped). Coordinates are kept in whole tenths, the precision d3 was asked for (map-geometry.ts),
 * so the steps add up exactly and no rounding drifts along a ring (SVG 1.1 §8.3: relative commands).
 */

/** Tenths of a unit, written the shortest way: 15 → "1.5", 5 → ".5", -5 → "-.5", 20 → "2". */
function tenths(value: number): string {
	const sign = value < 0 ? '-' : '';
	const magnitude = Math.abs(value);
	const whole = Math.floor(magnitude / 10);
	const tenth = magnitude % 10;
	if (tenth === 0) return `${sign}${whole}`;
	return `${sign}${whole === 0 ? '' : whole}.${tenth}`;
}

/** A number after another needs a comma, unless its minus sign already separates them. */
function joined(previous: string, next: string): string {
	return previous === '' || next.startsWith('-') ? `${previous}${next}` : `${previous},${next}`;
}

const ONLY_LINES = /^[MLZ\d.,\s-]*$/;
const NUMBER = /-?\d*\.?\d+(?:e-?\d+)?/g;

/**
 * Rewrites path data made only of M, L and Z (what d3 writes for polygons and lines) with relative
 * line-tos. Anything else (arcs, curves) is returned unchanged.
 */
export function compactPathData(d: string): string {
	if (!ONLY_LINES.test(d)) return d;
	let out = '';
	for (const subpath of d.match(/M[^M]*/g) ?? []) {
		const numbers = (subpath.match(NUMBER) ?? []).map((text) => Math.round(Number(text) * 10));
		if (numbers.length < 2) continue;
		let x = numbers[0] ?? 0;
		let y = numbers[1] ?? 0;
		out += `M${joined(tenths(x), tenths(y))}`;
		let steps = '';
		for (let i = 2; i + 1 < numbers.length; i += 2) {
			const nextX = numbers[i] ?? x;
			const nextY = numbers[i + 1] ?? y;
			steps = joined(joined(steps, tenths(nextX - x)), tenths(nextY - y));
			x = nextX;
			y = nextY;
		}
		if (steps !== '') out += `l${steps}`;
		if (subpath.trimEnd().endsWith('Z')) out += 'z';
	}
	return out;
}
