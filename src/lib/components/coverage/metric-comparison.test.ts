import { describe, expect, it } from 'vitest';
import { SUPPRESSED, WITHHELD } from '$lib/domain/coverage';
import { compareWithMedian } from './metric-comparison';

describe('compareWithMedian', () => {
	it('says better or worse where the registry gives a direction', () => {
		expect(compareWithMedian(3, 2, 'higher_is_better')).toBe('better');
		expect(compareWithMedian(1, 2, 'higher_is_better')).toBe('worse');
		expect(compareWithMedian(413, 41, 'higher_is_worse')).toBe('worse');
		expect(compareWithMedian(10, 41, 'higher_is_worse')).toBe('better');
	});

	it('says above or below for a neutral metric', () => {
		expect(compareWithMedian(8, 9, 'neutral')).toBe('below');
		expect(compareWithMedian(10, 9, 'neutral')).toBe('above');
	});

	it('treats figures within half a percent, and two zeros, as equal', () => {
		expect(compareWithMedian(0, 0, 'higher_is_better')).toBe('equal');
		expect(compareWithMedian(1.001, 1, 'higher_is_better')).toBe('equal');
	});

	it('compares nothing that is missing, suppressed or withheld', () => {
		expect(compareWithMedian(null, 2, 'higher_is_better')).toBeNull();
		expect(compareWithMedian(SUPPRESSED, 2, 'neutral')).toBeNull();
		expect(compareWithMedian(3, WITHHELD, 'neutral')).toBeNull();
	});
});
