import { describe, expect, it } from 'vitest';
import {
	firstMonthOfQuarter,
	fiscalYearLabel,
	parsePeriod,
	periodRange,
	shiftPeriod,
	trailingFour
} from './period';

describe('period', () => {
	it('parsePeriod accepts YYYY-Qn and rejects anything else', () => {
		expect(parsePeriod('2025-Q2')).toEqual({ fiscalYear: 2025, quarter: 2 });
		expect(parsePeriod('2025-Q5')).toBeNull();
		expect(parsePeriod('2025Q2')).toBeNull();
		expect(parsePeriod(' 2025-Q2')).toBeNull();
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
