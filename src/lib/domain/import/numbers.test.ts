import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDollars, canonicalNumber, dollarsToCents } from './numbers';

const POINT = { decimalComma: false };
const COMMA = { decimalComma: true };

describe('dollars to cents', () => {
	it('turns every amount written with two decimals back into its exact cents', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (cents) => {
				const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
				expect(dollarsToCents(canonicalDollars(text, POINT) ?? '')).toBe(cents);
			})
		);
	});

	it('reads the ways spreadsheets write money', () => {
		expect(dollarsToCents(canonicalDollars('$380,858.08', POINT) ?? '')).toBe(38_085_808);
		expect(dollarsToCents(canonicalDollars('380 858,08 $', COMMA) ?? '')).toBe(38_085_808);
		expect(dollarsToCents(canonicalDollars('1234.5', POINT) ?? '')).toBe(123_450);
		expect(dollarsToCents(canonicalDollars('7', POINT) ?? '')).toBe(700);
		expect(canonicalDollars('12a', POINT)).toBeNull();
		expect(canonicalDollars('1,5', POINT)).toBeNull();
	});
});

describe('canonicalNumber', () => {
	it('drops thousands spaces (including the narrow no-break space) and reads decimal commas only when asked', () => {
		expect(canonicalNumber('1\u202f234', POINT)).toBe('1234');
		expect(canonicalNumber('1 234,5', COMMA)).toBe('1234.5');
		expect(canonicalNumber('12,5', POINT)).toBe('12,5');
		expect(canonicalNumber('12,345', POINT)).toBe('12345');
	});
});

describe('numbers on hostile input', () => {
	it('reads a cell of a million spaces in linear time', () => {
		const started = performance.now();
		expect(canonicalDollars(`1${' '.repeat(1_000_000)}x`, POINT)).toBeNull();
		expect(canonicalDollars(`12${' '.repeat(1000)}$`, POINT)).toBe('12');
		expect(performance.now() - started).toBeLessThan(500);
	});
});
