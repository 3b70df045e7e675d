import { describe, expect, it } from 'vitest';
import { parseDecimal, parseDollarsToCents } from './decimal-text';

describe('parseDecimal', () => {
	it('reads English and French writing of the same number', () => {
		expect(parseDecimal('1,234.5', 'en')).toBe(1234.5);
		expect(parseDecimal('1\u202f234,5', 'fr')).toBe(1234.5);
		expect(parseDecimal('1 234,5 %', 'fr')).toBe(1234.5);
		expect(parseDecimal('0,5', 'en')).toBe(0.5);
		expect(parseDecimal('0.5', 'fr')).toBe(0.5);
		expect(parseDecimal('5,000', 'en')).toBe(5000);
		expect(parseDecimal('5,000', 'fr')).toBe(5);
	});

	it('returns null for blank or non-numeric text', () => {
		expect(parseDecimal('', 'en')).toBeNull();
		expect(parseDecimal('12a', 'en')).toBeNull();
		expect(parseDecimal('1.2.3', 'en')).toBeNull();
	});
});

describe('parseDollarsToCents', () => {
	it('turns dollars into exact integer cents', () => {
		expect(parseDollarsToCents('$5,000,000.00', 'en')).toBe(500_000_000);
		expect(parseDollarsToCents('5 000 000,00 $', 'fr')).toBe(500_000_000);
		expect(parseDollarsToCents('0.29', 'en')).toBe(29);
		expect(parseDollarsToCents('140000', 'en')).toBe(14_000_000);
		expect(parseDollarsToCents('-2.5', 'en')).toBe(-250);
	});

	it('refuses fractions of a cent', () => {
		expect(parseDollarsToCents('1.005', 'en')).toBeNull();
	});
});
