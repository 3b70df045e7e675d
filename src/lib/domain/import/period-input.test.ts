import { describe, expect, it } from 'vitest';
import { parseFiscalYearInput, parsePeriodInput } from './period-input';
import { expectEach } from '../../../../tests/support/expect-each';

describe('parsePeriodInput', () => {
	it('reads quarter keys in English and French spellings', () => {
		expectEach(parsePeriodInput, { '2024-Q1': '2024-Q1', '2024 q3': '2024-Q3', '2024-T4': '2024-Q4', '2024Q2': '2024-Q2' });
	});

	it('puts a date in the Ontario fiscal quarter that holds it (fiscal year starts April 1)', () => {
		expectEach(parsePeriodInput, {
			'2024-04-01': '2024-Q1',
			'2024-06-30': '2024-Q1',
			'2024-07-01': '2024-Q2',
			'2024-12-31': '2024-Q3',
			'2025-01-01': '2024-Q4',
			'2025-03-31T00:00:00.000Z': '2024-Q4'
		});
	});

	it('refuses impossible dates and other text', () => {
		expectEach(parsePeriodInput, { '2024-02-30': null, '2024-Q5': null, 'spring 2024': null });
	});
});

describe('parseFiscalYearInput', () => {
	it('reads start years, ranges and dates', () => {
		expectEach(parseFiscalYearInput, { '2024': 2024, '2024-25': 2024, 'FY2024-25': 2024, 'EF 2024-2025': 2024, '1999-00': 1999 });
		// A date falls in the fiscal year (April to March) that holds it.
		expectEach(parseFiscalYearInput, { '2025-03-31': 2024, '2025-04-01': 2025 });
	});

	it('refuses ranges that are not one year long', () => {
		expectEach(parseFiscalYearInput, { '2024-26': null, '2024-2024': null });
	});
});

describe('periods on hostile input', () => {
	it('reads a cell with a million spaces in linear time', () => {
		const started = performance.now();
		expect(parsePeriodInput(`2024${' '.repeat(1_000_000)}x`)).toBeNull();
		expect(parsePeriodInput('2024 - Q1')).toBe('2024-Q1');
		expect(parsePeriodInput('2024 T3')).toBe('2024-Q3');
		expect(performance.now() - started).toBeLessThan(500);
	});
});
