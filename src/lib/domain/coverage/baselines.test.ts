import { quantileSorted as d3QuantileSorted } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileSorted } from './baselines';

describe('quantileSorted', () => {
	it('interpolates between order statistics (Hyndman & Fan type 7)', () => {
		expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
		expect(quantileSorted([7], 0.9)).toBe(7);
		expect(quantileSorted([], 0.5)).toBeNull();
	});

	it('agrees with d3.quantileSorted', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(values, p) => {
					const sorted = [...values].sort((a, b) => a - b);
					expect(quantileSorted(sorted, p)).toBeCloseTo(d3QuantileSorted(sorted, p) ?? NaN, 6);
				}
			)
		);
	});
});
