import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseItems, type KnapsackItem } from './knapsack';

function bestByBruteForce(items: readonly KnapsackItem[], capacity: number): number {
	let best = 0;
	for (let mask = 0; mask < 1 << items.length; mask += 1) {
		let weight = 0;
		let value = 0;
		items.forEach((item, i) => {
			if (mask & (1 << i)) {
				weight += item.weight;
				value += item.value;
			}
		});
		if (weight <= capacity) best = Math.max(best, value);
	}
	return best;
}

describe('chooseItems', () => {
	it('prefers one heavy item to two light ones when it is worth more', () => {
		// Capacity 6: {6 → 8,000} beats {4 → 5,000} (and both do not fit).
		expect(chooseItems([{ weight: 4, value: 5_000 }, { weight: 6, value: 8_000 }], 6)).toEqual([1]);
	});

	it('finds the best value, as brute force does, within the capacity', () => {
		const item = fc.record({ weight: fc.integer({ min: 1, max: 12 }), value: fc.integer({ min: 0, max: 10_000 }) });
		fc.assert(
			fc.property(fc.array(item, { maxLength: 10 }), fc.integer({ min: 0, max: 40 }), (items, capacity) => {
				const chosen = chooseItems(items, capacity);
				const weight = chosen.reduce((s, i) => s + (items[i]?.weight ?? 0), 0);
				const value = chosen.reduce((s, i) => s + (items[i]?.value ?? 0), 0);
				expect(weight).toBeLessThanOrEqual(capacity);
				expect(value).toBe(bestByBruteForce(items, capacity));
			}),
			{ numRuns: 500 }
		);
	});
});
