/**
 * The atlas's one palette: gap levels, named categories, the hatching inks of special classes, and the
 * sequential and diverging ramps for metrics. The map, its legend, level badges, charts and the SVG/PNG
 * exports all read their colours here, so a level looks the same everywhere.
 *
 * Sources: ColorBrewer 2.0 (Cynthia Brewer, Mark Harrower, Penn State), via d3-scale-chromatic. Every
 * scheme used is marked colour-blind safe there. Rules:
 * - Levels step down in lightness from "none" to "critical" and change hue from blue to red, so they
 *   stay apart under deuteranopia, protanopia and in greyscale (palette.test.ts simulates it).
 * - Sequential ramps read the right way: a larger value is always darker, and the hue says whether
 *   more is better (Blues: capacity, funding) or worse (YlOrRd: caseload, backlog, distance); neutral
 *   metrics use Purples. The palest step is dropped: on a white page it reads as "no fill".
 * - Diverging ramps put the worse side in red (RdBu) and the better side in blue.
 * Pure: no I/O.
 */
import { schemeBlues, schemePurples, schemeRdBu, schemePuOr, schemeYlOrRd } from 'd3';
import type { MetricDirection } from '$lib/metrics';
import type { Level, RemotenessClass } from '$lib/domain/vocabulary';

/** Text colours of the atlas (ODS greyscale-100 and white). */
export const INK = { dark: '#1a1a1a', light: '#ffffff' } as const;

/**
 * Gap levels: Blues step 6 for "no gap", YlOrBr step 4 for watch, YlOrRd step 8 for gap and Reds
 * step 9 for critical. Each is at least 3:1 against the map's white outlines.
 */
export const LEVEL_COLOURS: Record<Level, string> = {
	none: '#4292c6',
	watch: '#d95f0e',
	gap: '#bd0026',
	critical: '#67000d'
};

/** Remoteness (PuBu-like purples, darker is remoter) and yes/no flags. */
export const REMOTENESS_COLOURS: Record<RemotenessClass, string> = {
	urban_access: '#7b8ec4',
	rural: '#5566a8',
	remote: '#363c85',
	fly_in: '#1c1447'
};
export const FLAG_COLOURS = { no: '#8a939a', yes: '#5c2d91' } as const;

/** Hatching ink of the special classes (ODS greys, 4.5:1 or more on white). */
export const SPECIAL_COLOURS = {
	suppressed: '#4d4d4d',
	no_population: '#4d4d4d',
	no_data: '#767676'
} as const;

/** Lines of trend and comparison charts: the subject in ODS blue (7.1:1), context in grey. */
export const CHART_COLOURS = {
	subject: '#1a5a96',
	context: '#4d4d4d',
	band: '#d9d9d9',
	grid: '#e0e0e0',
	/** Text that says "worse than the reference" / "better" (both 4.5:1 or more on white). */
	worse: LEVEL_COLOURS.gap,
	better: '#1a5a96'
} as const;

/** WCAG 2.0 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
		return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.0 contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
	const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (high + 0.05) / (low + 0.05);
}

/** The text colour (dark or white) with the higher contrast on `fill`. */
export function inkOn(fill: string): string {
	return contrastRatio(fill, INK.dark) >= contrastRatio(fill, INK.light) ? INK.dark : INK.light;
}

function schemeSteps(schemes: readonly (readonly string[])[], k: number): string[] {
	const n = Math.min(Math.max(k + 1, 3), 9);
	return [...(schemes[n] ?? [])].slice(n - k);
}

/** k colours (1–8), lightest first: the class of the smallest values first. */
export function sequentialColours(k: number, direction: MetricDirection): string[] {
	const schemes = direction === 'higher_is_better' ? schemeBlues : direction === 'higher_is_worse' ? schemeYlOrRd : schemePurples;
	return schemeSteps(schemes, k);
}

/**
 * k colours (3–11) from the lowest values to the highest, around a reference in the middle: red on
 * the worse side, blue on the better one; orange–purple for neutral metrics.
 */
export function divergingColours(k: number, direction: MetricDirection): string[] {
	const n = Math.min(Math.max(k, 3), 11);
	if (direction === 'neutral') return [...(schemePuOr[n] ?? [])];
	// RdBu runs red → blue: low values are red, which is the worse side when higher is better.
	const colours = [...(schemeRdBu[n] ?? [])];
	return direction === 'higher_is_better' ? colours : colours.reverse();
}
