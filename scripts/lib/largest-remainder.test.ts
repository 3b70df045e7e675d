import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apportion } from './largest-remainder';

describe('apportion()', () => {
	it('gives the leftover units to the largest remainders', () => {
		const parts = apportion(10, new Map([['a', 1], ['b', 1], ['c', 1]]));
		expect([...parts]).toEqual([['a', 4], ['b', 3], ['c', 3]]);
	});

	it('always sums to the total exactly, in non-negative integers', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 500_000_000 }),
				fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), { minLength: 1, maxLength: 40 }),
				(totalUnits, weights) => {
					const parts = apportion(totalUnits, new Map(weights.map((weight, i) => [`s${i}`, weight])));
					const values = [...parts.values()];
					return values.every((v) => Number.isInteger(v) && v >= 0) && values.reduce((a, b) => a + b, 0) === totalUnits;
				}
			)
		);
	});

	it('does not depend on the order of the weights', () => {
		const forward = apportion(100, new Map([['x', 1], ['y', 2], ['z', 3]]));
		const backward = apportion(100, new Map([['z', 3], ['y', 2], ['x', 1]]));
		expect(forward).toEqual(backward);
	});

	it('rejects a set of weights that are all zero', () => {
		expect(() => apportion(10, new Map([['a', 0]]))).toThrow();
	});
});
