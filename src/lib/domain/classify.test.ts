import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectAll } from '../../../tests/support/expect-all';
import { metrics, type MetricDirection } from '$lib/metrics';
import { CATEGORY_COLOURS, classify, niceCut, classifyMetric, FLAG_VALUES, methodsFor, type ClassifiableValue } from './classify';
import { GAP_LEVELS, REMOTENESS_CLASSES } from './vocabulary';
import { sequentialColours } from '../palette';

function values(...numbers: Array<number | null>): ClassifiableValue[] {
	return numbers.map((value, i) => ({ csduid: `35000${String(i).padStart(2, '0')}`, value }));
}

type Range = [min: number | null, max: number | null, count: number];

function ranges(result: ReturnType<typeof classify>): Range[] {
	return result.classes.map((c) => [c.min, c.max, c.count]);
}

/** The classes `classify` makes of these values, as [min, max, count]. */
function classRanges(options: Parameters<typeof classify>[1], ...numbers: number[]): Range[] {
	return ranges(classify(values(...numbers), options));
}

/** WCAG 2.0 relative luminance and contrast ratio (G17/G18). */
function luminance(hex: string): number {
	const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
	const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (high + 0.05) / (low + 0.05);
}

describe('classify by ckmeans', () => {
	it('splits [1,2,3,10,11,12] into {1..3} and {10..12} with k = 2, cut at a round number between them', () => {
		const result = classify(values(1, 2, 3, 10, 11, 12), { method: 'ckmeans', direction: 'higher_is_worse', k: 2 });
		expect(ranges(result)).toEqual([
			[1, 10, 3],
			[10, 12, 3]
		]);
		expect(result.classes[0]?.upperExclusive).toBe(true);
		expect(result.assignment['3500000']).toBe('range-0');
		expect(result.assignment['3500005']).toBe('range-1');
	});

	it('makes fewer classes when there are fewer distinct values', () => {
		expect(classRanges({ method: 'ckmeans', direction: 'neutral' }, 4, 4, 7, 7)).toEqual([
			[4, 5, 2],
			[5, 7, 2]
		]);
	});
});

describe('classify by quantile', () => {
	it('puts half the values in each of two classes', () => {
		expect(classRanges({ method: 'quantile', direction: 'higher_is_worse', k: 2 }, 1, 2, 3, 10, 11, 12)).toEqual([
			[1, 4, 3],
			[4, 12, 3]
		]);
	});

	it('merges classes that ties would leave empty', () => {
		const result = classify(values(0, 0, 0, 0, 0, 0, 5, 9), { method: 'quantile', direction: 'higher_is_worse', k: 4 });
		expectAll(result.classes, (c) => c.count > 0);
		expect(ranges(result)).toEqual([
			[0, 1, 6],
			[1, 9, 2]
		]);
	});
});

describe('niceCut', () => {
	it('picks the roundest number above the lower value and up to the upper one', () => {
		expect(niceCut(1.04, 1.2)).toBe(1.1);
		expect(niceCut(1.2, 21.2)).toBe(10);
		expect(niceCut(3, 10)).toBe(10);
		expect(niceCut(0.012, 0.0131)).toBe(0.013);
		expect(niceCut(5, 5)).toBe(5);
	});

	it('never lets a skewed metric read "1 – 1.2 | 1.2 – 21.2": boundaries are round and classes do not overlap', () => {
		const skewed = values(1, 1, 1.05, 1.1, 1.15, 1.2, 1.2, 1.3, 2.5, 21.2);
		const result = classify(skewed, { method: 'quantile', direction: 'higher_is_better', k: 3 });
		const bounds = result.classes.filter((c) => c.upperExclusive).map((c) => c.max);
		expect(bounds.length).toBeGreaterThan(0);
		for (const bound of bounds) expect(Number((bound ?? NaN).toPrecision(2))).toBe(bound);
		const counts = result.classes.reduce((sum, c) => sum + c.count, 0);
		expect(counts).toBe(skewed.length);
	});
});

describe('classify by thresholds', () => {
	it('turns gap levels into four categorical classes in order, empty ones included', () => {
		const inputs = (['none', 'none', 'watch', 'critical'] as const).map((value, i) => ({ csduid: `${i}`, value }));
		const result = classify(inputs, { method: 'thresholds', categories: GAP_LEVELS });
		expect(result.classes.map((c) => [c.id, c.count, c.colour])).toEqual([
			['category-none', 2, CATEGORY_COLOURS.none],
			['category-watch', 1, CATEGORY_COLOURS.watch],
			['category-gap', 0, CATEGORY_COLOURS.gap],
			['category-critical', 1, CATEGORY_COLOURS.critical]
		]);
	});

	it('reads booleans as yes / no', () => {
		const result = classify(
			[
				{ csduid: 'a', value: true },
				{ csduid: 'b', value: false },
				{ csduid: 'c', value: null }
			],
			{ method: 'thresholds', categories: FLAG_VALUES }
		);
		expect(result.assignment).toEqual({ a: 'category-yes', b: 'category-no', c: 'no_data' });
	});

	it('uses half-open numeric ranges for plain thresholds', () => {
		const result = classify(values(5, 15, 25), { method: 'thresholds', direction: 'neutral', thresholds: [10, 20] });
		expect(result.classes.map((c) => [c.min, c.max, c.upperExclusive, c.count])).toEqual([
			[5, 10, true, 1],
			[10, 20, true, 1],
			[20, 25, false, 1]
		]);
	});
});

describe('classifyMetric', () => {
	it('classifies the gap level by its levels whatever method is asked for', () => {
		expect(methodsFor(metrics.gap_level)).toEqual(['thresholds']);
		const result = classifyMetric(metrics.gap_level, [{ csduid: 'a', value: 'gap' }], 'ckmeans');
		expect(result.assignment).toEqual({ a: 'category-gap' });
		expect(result.classes).toHaveLength(4);
	});

	it('classifies remoteness by its four classes', () => {
		const result = classifyMetric(metrics.remoteness_class, [{ csduid: 'a', value: 'fly_in' }]);
		expect(result.classes.map((c) => c.category)).toEqual([...REMOTENESS_CLASSES]);
	});

	it("uses a numeric metric's own thresholds when asked", () => {
		expect(methodsFor(metrics.clearance_ratio)).toContain('thresholds');
		const result = classifyMetric(metrics.clearance_ratio, values(0.5, 1, 1.5), 'thresholds');
		expect(result.classes.map((c) => c.count)).toEqual([1, 2]);
	});

	it('falls back to quantiles when the metric has no thresholds', () => {
		const result = classifyMetric(metrics.distance_to_ice_unit_km, values(1, 2, 3, 10, 11, 12), 'thresholds', 2);
		expect(result.method).toBe('quantile');
	});
});

describe('special classes', () => {
	const inputs: ClassifiableValue[] = [
		...values(1, 2, 3),
		{ csduid: '3560902', value: null, special: 'no_population' },
		{ csduid: '3560903', value: 2, special: 'suppressed' },
		{ csduid: '3560904', value: null }
	];
	const result = classify(inputs, { method: 'ckmeans', direction: 'higher_is_worse', k: 3 });

	it('never classifies a suppressed, unpopulated or missing value as a number', () => {
		expect(result.assignment['3560902']).toBe('no_population');
		expect(result.assignment['3560903']).toBe('suppressed');
		expect(result.assignment['3560904']).toBe('no_data');
	});

	it('lists them after the ranges, with a hatching pattern', () => {
		expect(result.classes.slice(-3).map((c) => [c.id, c.pattern, c.count])).toEqual([
			['suppressed', 'suppressed', 1],
			['no_population', 'no_population', 1],
			['no_data', 'no_data', 1]
		]);
	});

	it('leaves out special classes nobody is in', () => {
		const plain = classify(values(1, 2), { method: 'ckmeans', direction: 'neutral' });
		expect(plain.classes.some((c) => c.kind === 'special')).toBe(false);
	});

	it('handles a metric with no values at all', () => {
		const empty = classify(values(null, null), { method: 'quantile', direction: 'neutral' });
		expect(ranges(empty)).toEqual([[null, null, 2]]);
	});
});

describe('colours', () => {
	it('darkens towards larger values whatever the direction; the hue tells better from worse', () => {
		const worse = sequentialColours(5, 'higher_is_worse');
		const better = sequentialColours(5, 'higher_is_better');
		expect(luminance(worse[4]!)).toBeLessThan(luminance(worse[0]!));
		expect(luminance(better[4]!)).toBeLessThan(luminance(better[0]!));
		expect(new Set([...worse, ...better]).size).toBe(10);
	});

	it('gives k distinct colours for k = 1..8', () => {
		for (const direction of ['higher_is_worse', 'higher_is_better', 'neutral'] as MetricDirection[]) {
			for (let k = 1; k <= 8; k++) expect(new Set(sequentialColours(k, direction)).size).toBe(k);
		}
	});

	it('keeps every category at least 3:1 against white outlines', () => {
		for (const colour of Object.values(CATEGORY_COLOURS)) expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
	});

	it('steps ordered categories down in luminance so their order survives colour-blindness', () => {
		for (const order of [GAP_LEVELS, REMOTENESS_CLASSES]) {
			const levels = order.map((level) => luminance(CATEGORY_COLOURS[level]));
			for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeLessThan(levels[i - 1]!);
		}
	});
});

describe('classify (properties)', () => {
	it('assigns every community once and counts sum to the total', () => {
		const input = fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }), {
			maxLength: 60
		});
		const method = fc.constantFrom('quantile' as const, 'ckmeans' as const);
		fc.assert(
			fc.property(input, method, fc.integer({ min: 1, max: 8 }), (numbers, m, k) => {
				const result = classify(values(...numbers), { method: m, direction: 'higher_is_worse', k });
				expect(result.classes.reduce((n, c) => n + c.count, 0)).toBe(numbers.length);
				expect(Object.keys(result.assignment)).toHaveLength(numbers.length);
				for (const c of result.classes) if (c.kind === 'range') expect(c.min!).toBeLessThanOrEqual(c.max!);
			})
		);
	});
});
