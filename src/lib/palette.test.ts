import { describe, expect, it } from 'vitest';
import { CHART_COLOURS, contrastRatio, divergingColours, inkOn, LEVEL_COLOURS, relativeLuminance, sequentialColours } from './palette';
import type { MetricDirection } from './metrics';

const LEVEL_ORDER = ['none', 'watch', 'gap', 'critical'] as const;
const DIRECTIONS: MetricDirection[] = ['higher_is_better', 'higher_is_worse', 'neutral'];

/** sRGB → linear channels. */
function linear(hex: string): [number, number, number] {
	return [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
}

/** Deuteranopia at full severity (Machado, Oliveira & Fernandes 2009, matrix for severity 1.0). */
function deuteranopia([r, g, b]: [number, number, number]): [number, number, number] {
	return [0.367322 * r + 0.860646 * g - 0.227968 * b, 0.280085 * r + 0.672501 * g + 0.047413 * b, -0.01182 * r + 0.04294 * g + 0.968881 * b];
}

/** CIELAB (D65) of linear RGB. */
function lab([r, g, b]: [number, number, number]): [number, number, number] {
	const clamp = (v: number) => Math.min(1, Math.max(0, v));
	const [R, G, B] = [clamp(r), clamp(g), clamp(b)];
	const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
	const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
	const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function deltaE(a: [number, number, number], b: [number, number, number]): number {
	return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

describe('level colours', () => {
	it('step down in luminance from none to critical, so the order survives greyscale', () => {
		const luminances = LEVEL_ORDER.map((level) => relativeLuminance(LEVEL_COLOURS[level]));
		for (let i = 1; i < luminances.length; i++) expect(luminances[i]!).toBeLessThan(luminances[i - 1]!);
	});

	it('stay clearly apart under simulated deuteranopia (CIELAB ΔE ≥ 15 for every pair)', () => {
		const simulated = LEVEL_ORDER.map((level) => lab(deuteranopia(linear(LEVEL_COLOURS[level]))));
		for (let i = 0; i < simulated.length; i++) {
			for (let j = i + 1; j < simulated.length; j++) expect(deltaE(simulated[i]!, simulated[j]!)).toBeGreaterThanOrEqual(15);
		}
	});

	it('are 3:1 or more against the white outlines and carry badge text at 4.5:1 or more', () => {
		for (const level of LEVEL_ORDER) {
			const fill = LEVEL_COLOURS[level];
			expect(contrastRatio(fill, '#ffffff')).toBeGreaterThanOrEqual(3);
			expect(contrastRatio(fill, inkOn(fill))).toBeGreaterThanOrEqual(4.5);
		}
	});
});

describe('sequential colours', () => {
	it('get monotonically darker towards larger values, for every direction and class count', () => {
		for (const direction of DIRECTIONS) {
			for (let k = 2; k <= 8; k++) {
				const luminances = sequentialColours(k, direction).map(relativeLuminance);
				expect(luminances).toHaveLength(k);
				for (let i = 1; i < k; i++) expect(luminances[i]!).toBeLessThan(luminances[i - 1]!);
			}
		}
	});

	it('use a different hue for "more is better" and "more is worse"', () => {
		const [better, worse] = [sequentialColours(5, 'higher_is_better'), sequentialColours(5, 'higher_is_worse')];
		// Blues have more blue than red at the dark end; YlOrRd the reverse.
		const channel = (hex: string, i: number) => parseInt(hex.slice(i, i + 2), 16);
		expect(channel(better[4]!, 5)).toBeGreaterThan(channel(better[4]!, 1));
		expect(channel(worse[4]!, 1)).toBeGreaterThan(channel(worse[4]!, 5));
	});
});

describe('diverging colours', () => {
	it('put red on the worse side: the low end when more is better, the high end when more is worse', () => {
		const red = (hex: string) => parseInt(hex.slice(1, 3), 16) > parseInt(hex.slice(5, 7), 16);
		const better = divergingColours(5, 'higher_is_better');
		const worse = divergingColours(5, 'higher_is_worse');
		expect(better).toHaveLength(5);
		expect(red(better[0]!)).toBe(true);
		expect(red(worse[4]!)).toBe(true);
		expect(red(worse[0]!)).toBe(false);
	});
});

describe('chart colours', () => {
	it('are readable as text on white (4.5:1)', () => {
		for (const colour of [CHART_COLOURS.subject, CHART_COLOURS.context, CHART_COLOURS.worse, CHART_COLOURS.better]) {
			expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
		}
	});
});
