import { describe, expect, it } from 'vitest';
import {
	firstMonthOfQuarter,
	fiscalYearLabel,
	parsePeriod,
	periodEnd,
	periodFields,
	periodLabel,
	periodOfDate,
	periodRange,
	periodStart,
	quarterFields,
	quartersBetween,
	shiftPeriod,
	trailingFour
} from './period';
import { expectEach } from '../../../tests/support/expect-each';

describe('period', () => {
	it('parsePeriod accepts YYYY-Qn and rejects anything else', () => {
		expectEach(parsePeriod, { '2025-Q2': { fiscalYear: 2025, quarter: 2 }, '2025-Q5': null, '2025Q2': null, ' 2025-Q2': null });
	});

	it('shiftPeriod crosses fiscal-year boundaries both ways', () => {
		expect(shiftPeriod('2024-Q4', 1)).toBe('2025-Q1');
		expect(shiftPeriod('2025-Q1', -1)).toBe('2024-Q4');
		expect(shiftPeriod('2025-Q2', -3)).toBe('2024-Q3');
	});

	it('the atlas range FY2019-20 Q1 to FY2025-26 Q2 has 26 quarters', () => {
		const range = periodRange('2019-Q1', '2025-Q2');
		expect(range).toHaveLength(26);
		expect(range[0]).toBe('2019-Q1');
		expect(range.at(-1)).toBe('2025-Q2');
	});

	it('trailingFour ends with the given quarter', () => {
		expect(trailingFour('2025-Q1')).toEqual(['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1']);
	});

	it('labels fiscal years and quarter months', () => {
		expect(fiscalYearLabel(2025)).toBe('FY2025-26');
		expect(fiscalYearLabel(1999)).toBe('FY1999-00');
		expect(firstMonthOfQuarter(1)).toBe(4);
		expect(firstMonthOfQuarter(4)).toBe(1);
	});
});

describe('period dates and labels', () => {
	it('periodStart and periodEnd follow the April fiscal year across the calendar year', () => {
		expect([periodStart('2025-Q1'), periodEnd('2025-Q1')]).toEqual(['2025-04-01', '2025-06-30']);
		expect([periodStart('2025-Q2'), periodEnd('2025-Q2')]).toEqual(['2025-07-01', '2025-09-30']);
		expect([periodStart('2025-Q3'), periodEnd('2025-Q3')]).toEqual(['2025-10-01', '2025-12-31']);
		expect([periodStart('2025-Q4'), periodEnd('2025-Q4')]).toEqual(['2026-01-01', '2026-03-31']);
	});

	it('consecutive quarters leave no gap: each starts the day after the previous ends', () => {
		const keys = periodRange('2019-Q1', '2026-Q4');
		expect(keys.length).toBe(32);
		for (let i = 1; i < keys.length; i++) {
			const end = new Date(`${periodEnd(keys[i - 1]!)}T00:00:00Z`);
			const start = new Date(`${periodStart(keys[i]!)}T00:00:00Z`);
			expect(start.getTime() - end.getTime()).toBe(86_400_000);
		}
	});

	it('periodLabel names the fiscal year and quarter in English and French', () => {
		expect(periodLabel('2025-Q2')).toEqual({ en: 'FY2025-26 Q2', fr: 'EF 2025-2026 T2' });
		expect(periodLabel('2099-Q4')).toEqual({ en: 'FY2099-00 Q4', fr: 'EF 2099-2100 T4' });
	});

	it('periodOfDate is the inverse of the quarter bounds', () => {
		for (const key of periodRange('2024-Q1', '2026-Q4')) {
			expect(periodOfDate(periodStart(key))).toBe(key);
			expect(periodOfDate(periodEnd(key))).toBe(key);
		}
		expect(() => periodOfDate('2025-13-01')).toThrow(/ISO date/);
	});

	it('quartersBetween counts across fiscal years', () => {
		expect(quartersBetween('2025-Q2', '2026-Q1')).toBe(3);
		expect(quartersBetween('2026-Q1', '2025-Q2')).toBe(-3);
	});

	it('periodFields carries the label, the bounds and the end of the latest quarter with data', () => {
		expect(periodFields('2024-Q4', '2025-Q2')).toEqual({
			period: '2024-Q4',
			period_label: 'FY2024-25 Q4',
			period_label_fr: 'EF 2024-2025 T4',
			period_start: '2025-01-01',
			period_end: '2025-03-31',
			data_as_of: '2025-09-30'
		});
		expect(periodFields('2025-Q2', null).data_as_of).toBeNull();
	});
});

describe('quarterFields', () => {
	it('labels and bounds a quarter inside an answer, and leaves anything else as stored', () => {
		expect(quarterFields('2026-Q3')).toEqual({
			period: '2026-Q3',
			period_label: 'FY2026-27 Q3',
			period_label_fr: 'EF 2026-2027 T3',
			period_start: '2026-10-01',
			period_end: '2026-12-31'
		});
		expect(quarterFields('Q3')).toEqual({ period: 'Q3' });
	});
});
