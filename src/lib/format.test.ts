import { describe, expect, it } from 'vitest';
import {
	formatCentsCompact,
	formatCents,
	formatCentsPerCapita,
	formatCount,
	formatDisclosed,
	formatKm,
	formatKm2,
	formatNumber,
	formatOrdinal,
	formatPercent,
	formatPeriod,
	formatDate,
	formatDateTime,
	formatUtcMinute,
	formatUnit
} from './format';

/** Intl separates French thousands with a (narrow) no-break space; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
	it('formats numbers with Canadian English and French separators', () => {
		expect(formatNumber(12345.67, 'en')).toBe('12,345.7');
		expect(plain(formatNumber(12345.67, 'fr'))).toBe('12 345,7');
		expect(formatCount(1234.4, 'en')).toBe('1,234');
	});

	it('renders null, NaN and infinities as an em dash', () => {
		for (const value of [null, undefined, NaN, Infinity]) {
			expect(formatNumber(value, 'en')).toBe('—');
			expect(formatCents(value, 'fr')).toBe('—');
			expect(formatPercent(value, 'en')).toBe('—');
		}
	});

	it('formats money held in cents, shares, distances and areas', () => {
		expect(formatCents(123456, 'en')).toBe('$1,234.56');
		expect(plain(formatCents(123456, 'fr'))).toBe('1 234,56 $');
		expect(formatCentsPerCapita(35, 'en')).toBe('$0.35 per capita');
		expect(plain(formatPercent(0.256, 'fr'))).toBe('25,6 %');
		expect(formatKm(277.99, 'en')).toBe('278 km');
		expect(plain(formatKm2(1234.5, 'fr'))).toBe('1 234,5 km²');
	});

	it('writes ordinals in each language', () => {
		expect(['1', '2', '3', '11', '25'].map((n) => formatOrdinal(Number(n), 'en'))).toEqual(['1st', '2nd', '3rd', '11th', '25th']);
		expect(formatOrdinal(1, 'fr')).toBe('1er');
		expect(formatOrdinal(25, 'fr')).toBe('25e');
	});

	it('shows disclosure markers as "<5" and "withheld"', () => {
		expect(formatDisclosed({ suppressed: true }, 'count', 'en')).toBe('<5');
		expect(formatDisclosed({ withheld: true }, 'ratio', 'en')).toBe('withheld');
		expect(formatDisclosed({ withheld: true }, 'ratio', 'fr')).toBe('confidentiel');
		expect(formatDisclosed(12, 'count', 'en')).toBe(formatUnit(12, 'count', 'en'));
	});
});

describe('formatPeriod', () => {
	it('names fiscal quarters in both languages', () => {
		expect(formatPeriod('2025-Q2', 'en')).toBe('FY2025-26 Q2');
		expect(formatPeriod('2025-Q2', 'fr')).toBe('EF 2025-2026 T2');
		expect(formatPeriod('1999-Q4', 'en')).toBe('FY1999-00 Q4');
		expect(formatPeriod('bad', 'en')).toBe('bad');
	});
});

describe('formatDate', () => {
	it('uses Toronto time, so a UTC instant after midnight can still be the previous day', () => {
		expect(formatDate('2026-11-29T03:00:00Z', 'en')).toBe('November 28, 2026');
		expect(formatDate('2026-11-29T15:00:00Z', 'fr')).toBe('29 novembre 2026');
		expect(formatDate('not a date', 'en')).toBe('—');
		expect(formatDateTime(null, 'en')).toBe('—');
	});
});

describe('formatUtcMinute', () => {
	it('writes UTC to the minute, the same in both languages', () => {
		expect(formatUtcMinute(new Date('2026-11-29T04:37:59Z'))).toBe('2026-11-29 04:37');
		expect(formatUtcMinute(null)).toBeNull();
	});
});

describe('formatCentsCompact', () => {
	it('rounds large sums for a headline in both languages, and keeps a missing value an em dash', () => {
		expect(formatCentsCompact(498_765_400, 'en')).toBe('$4.99M');
		expect(formatCentsCompact(498_765_400, 'fr').replace(/\s/g, ' ')).toBe('4,99 M $');
		expect(formatCentsCompact(null, 'en')).toBe('—');
	});
});
