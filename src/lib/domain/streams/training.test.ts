import { describe, expect, it } from 'vitest';
import { CURRENT_TRAINING_YEARS, currentTrainingShare, isCurrentTraining, staffWithoutCurrentTraining } from './training';

describe('training metrics', () => {
	it('counts training as current for three years: 2023, 2024, 2025 as of 2025, not 2022', () => {
		expect(CURRENT_TRAINING_YEARS).toBe(3);
		expect([2022, 2023, 2024, 2025, 2026].map((year) => isCurrentTraining(year, 2025))).toEqual([false, true, true, true, false]);
	});

	it('currentTrainingShare(): 6 of 8 investigators → 0.75; none assigned → null', () => {
		expect(currentTrainingShare({ staff: 8, trained_current: 6 })).toBe(0.75);
		expect(currentTrainingShare({ staff: 0, trained_current: 0 })).toBeNull();
	});

	it('staffWithoutCurrentTraining(): 8 staff, 6 current → 2', () => {
		expect(staffWithoutCurrentTraining({ staff: 8, trained_current: 6 })).toBe(2);
	});
});
