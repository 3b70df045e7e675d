import { describe, expect, it } from 'vitest';
import { parseFiscalYearInput, parsePeriodInput } from './period-input';

describe('parsePeriodInput', () => {
	it('reads quarter keys in English and French spellings', () => {
		expect(parsePeriodInput('2024-Q1')).toBe('2024-Q1');
		expect(parsePeriodInput('2024 q3')).toBe('2024-Q3');
		expect(parsePeriodInput('2024-T4')).toBe('2024-Q4');
		expect(parsePeriodInput('2024Q2')).toBe('2024-Q2');
	});

	it('puts a date in the Ontario fiscal quarter that holds it (fiscal year starts April 1)', () => {
		expect(parsePeriodInput('2024-04-01')).toBe('2024-Q1');
		expect(parsePeriodInput('2024-06-30')).toBe('2024-Q1');
		expect(parsePeriodInput('2024-07-01')).toBe('2024-Q2');
		expect(parsePeriodInput('2024-12-31')).toBe('2024-Q3');
		expect(parsePeriodInput('2025-01-01')).toBe('2024-Q4');
		expect(parsePeriodInput('2025-03-31T00:00:00.000Z')).toBe('2024-Q4');
	});

	it('refuses impossible dates and other text', () => {
		expect(parsePeriodInput('2024-02-30')).toBeNull();
		expect(parsePeriodInput('2024-Q5')).toBeNull();
		expect(parsePeriodInput('spring 2024')).toBeNull();
	});
});

describe('parseFiscalYearInput', () => {
	it('reads start years, ranges and dates', () => {
		expect(parseFiscalYearInput('2024')).toBe(2024);
		expect(parseFiscalYearInput('2024-25')).toBe(2024);
		expect(parseFiscalYearInput('FY2024-25')).toBe(2024);
		expect(parseFiscalYearInput('EF 2024-2025')).toBe(2024);
		expect(parseFiscalYearInput('1999-00')).toBe(1999);
		expect(parseFiscalYearInput('2025-03-31')).toBe(2024);
		expect(parseFiscalYearInput('2025-04-01')).toBe(2025);
	});

	it('refuses ranges that are not one year long', () => {
		expect(parseFiscalYearInput('2024-26')).toBeNull();
		expect(parseFiscalYearInput('2024-2024')).toBeNull();
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
