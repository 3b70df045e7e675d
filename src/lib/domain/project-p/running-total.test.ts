import { describe, expect, it } from 'vitest';
import { runningTotal } from './running-total';

describe('running total of assigned against asked, in FTE-weeks', () => {
	it('adds assignments in tenths of a week, exactly', () => {
		expect(runningTotal(13, [0.1, 0.2, 6.5])).toEqual({ assigned_fte_weeks: 6.8, asked_fte_weeks: 13, outstanding_fte_weeks: 6.2, share: 68 / 130 });
	});

	it('never shows a negative amount outstanding when more was assigned than asked', () => {
		const total = runningTotal(4, [3.3, 3.3]);
		expect(total.outstanding_fte_weeks).toBe(0);
		expect(total.share).toBeGreaterThan(1);
	});

	it('has no share or outstanding amount when nothing was asked', () => {
		expect(runningTotal(null, [6.5])).toEqual({ assigned_fte_weeks: 6.5, asked_fte_weeks: null, outstanding_fte_weeks: null, share: null });
		expect(runningTotal(6.5, [])).toMatchObject({ assigned_fte_weeks: 0, outstanding_fte_weeks: 6.5, share: 0 });
	});
});
