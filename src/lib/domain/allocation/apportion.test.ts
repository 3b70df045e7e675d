import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from './apportion';
import { fitWithinBounds } from './bounds';

describe('apportion', () => {
	it('rounds by largest remainder to an exact total', () => {
		// Quotas in dollars 3.4, 3.35, 3.25 → floors 9 of 10; the last dollar goes to the largest remainder (0.4).
		const items = [340, 335, 325].map((amount) => ({ amount, min_cents: 0, max_cents: 1_000 }));
		expect(apportion(items, 1_000, 100)).toEqual({ ok: true, cents: [400, 300, 300] });
	});

	it('gives the first id a tied remainder', () => {
		const items = [150, 150].map((amount) => ({ amount, min_cents: 0, max_cents: 300 }));
		expect(apportion(items, 300, 100)).toEqual({ ok: true, cents: [200, 100] });
	});

	it('gives a budget the unit does not divide its leftover cents on the largest amount', () => {
		// $1,000.50 in dollars: every amount is whole dollars except the largest, which takes the 50 cents.
		const items = [30_000.2, 70_000.3].map((amount) => ({ amount, min_cents: 0, max_cents: 100_050 }));
		expect(apportion(items, 100_050, 100)).toEqual({ ok: true, cents: [30_000, 70_050] });
	});

	it('never rounds below a minimum or above a maximum', () => {
		// A floor of $12,345.67 cannot round down to $12,000 with $1,000 rounding: it rounds up to $13,000.
		const items = [
			{ amount: 1_234_567, min_cents: 1_234_567, max_cents: 10_000_000 },
			{ amount: 8_765_433, min_cents: 0, max_cents: 10_000_000 }
		];
		expect(apportion(items, 10_000_000, 100_000)).toEqual({ ok: true, cents: [1_300_000, 8_700_000] });
	});

	it('reports when the unit is too coarse for the bounds', () => {
		const items = [5_000, 5_000].map((amount) => ({ amount, min_cents: 1, max_cents: 10_000 }));
		expect(apportion(items, 10_000, 100_000)).toEqual({ ok: false });
	});

	it('adds up exactly and stays in bounds for any feasible fit', () => {
		const arbitrary = fc
			.array(fc.record({ weight: fc.double({ min: 0, max: 1e6, noNaN: true }), min: fc.integer({ min: 0, max: 1e6 }), room: fc.integer({ min: 0, max: 1e9 }) }), { minLength: 1, maxLength: 40 })
			.chain((rows) => {
				const low = rows.reduce((s, r) => s + r.min, 0);
				const high = rows.reduce((s, r) => s + r.min + r.room, 0);
				return fc.record({ rows: fc.constant(rows), total: fc.integer({ min: low, max: high }), unit: fc.constantFrom(1, 100, 100_000) });
			});
		fc.assert(
			fc.property(arbitrary, ({ rows, total, unit }) => {
				const bounded = rows.map((r) => ({ base: 0, slope: r.weight, min: r.min, max: r.min + r.room }));
				const fit = fitWithinBounds(bounded, total);
				expect(fit.ok).toBe(true);
				if (!fit.ok) return;
				const items = bounded.map((b, i) => ({ amount: fit.amounts[i] ?? 0, min_cents: b.min, max_cents: b.max }));
				const result = apportion(items, total, unit);
				if (!result.ok) return; // a coarse unit may not fit the bounds; formula.ts reports that
				expect(result.cents.reduce((s, c) => s + c, 0)).toBe(total);
				result.cents.forEach((cents, i) => {
					expect(cents).toBeGreaterThanOrEqual(items[i]?.min_cents ?? 0);
					expect(cents).toBeLessThanOrEqual(items[i]?.max_cents ?? 0);
				});
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('fitWithinBounds', () => {
	/** An item that earns `slope` per unit of level from nothing, kept within [min, max]. */
	const item = (slope: number, min: number, max: number) => ({ base: 0, slope, min, max });

	it('hands the excess over a maximum to the others in proportion to their slopes', () => {
		// Slopes 6, 3, 1 for 100: 60, 30, 10; max 40 on the first → 20 excess split 3:1 → 40, 45, 15.
		const fit = fitWithinBounds([item(6, 0, 40), item(3, 0, 100), item(1, 0, 100)], 100);
		expect(fit.ok && fit.amounts.map((a) => Math.round(a * 1e9) / 1e9)).toEqual([40, 45, 15]);
	});

	it('fills services that earned nothing only once the others are full', () => {
		const fit = fitWithinBounds([item(1, 0, 30), item(0, 0, 100), item(0, 10, 100)], 100);
		// The earner caps at 30; the rest (70) is shared from a common level: 35 and 35.
		expect(fit).toEqual({ ok: true, amounts: [30, 35, 35] });
	});

	it('says which way the bounds fail', () => {
		expect(fitWithinBounds([item(1, 60, 70)], 50)).toEqual({ ok: false, reason: 'minimums_exceed_total' });
		expect(fitWithinBounds([item(1, 0, 40)], 50)).toEqual({ ok: false, reason: 'maximums_below_total' });
	});

	it('copes with slopes thirty orders of magnitude apart', () => {
		const fit = fitWithinBounds([item(1e-311, 0, 60), item(1e12, 0, 60)], 100);
		expect(fit).toEqual({ ok: true, amounts: [40, 60] });
	});
});
