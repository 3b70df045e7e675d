import { describe, expect, it } from 'vitest';
import type { PeriodKey } from '../period';
import { backlogGrowthRun, indexQuarters, latestPeriod, Lookback, trailingSums } from './quarter-history';
import type { ServiceQuarter } from './types';

function row(period: PeriodKey, referrals: number, backlog: number): ServiceQuarter {
	return {
		police_service_id: 'x',
		period,
		investigators_fte: 1,
		forensic_examiners_fte: 0,
		forensic_backlog_devices: 0,
		referrals_received: referrals,
		investigations_opened: 0,
		investigations_concluded: 0,
		charges_laid: 0,
		victims_identified: 0,
		open_backlog: backlog,
		files_referred_project_p: 0,
		illustrative: false
	};
}

describe('quarter history', () => {
	const rows = [row('2024-Q2', 9, 5), row('2024-Q4', 10, 6), row('2025-Q1', 30, 7), row('2025-Q2', 20, 8), row('2025-Q3', 99, 1)];
	const history = indexQuarters(rows, '2025-Q2').get('x')!;
	const lookback = new Lookback('2025-Q2');

	it('keeps quarters up to the period only', () => {
		expect([...history.keys()]).toEqual(['2024-Q2', '2024-Q4', '2025-Q1', '2025-Q2']);
		expect(latestPeriod(rows)).toBe('2025-Q3');
	});

	it('sums the trailing four quarters that were reported (2024-Q3 is missing)', () => {
		const sums = trailingSums(history, lookback);
		expect(sums.quarters).toBe(3);
		expect(sums.referrals).toBe(60); // annualised by the caller: 60 × 4 / 3 = 80
	});

	it('counts the run of backlog growth back to the first missing or non-rising quarter', () => {
		// 6 → 7 → 8 rose twice; 2024-Q3 is missing, so the run stops at 2024-Q4.
		expect(backlogGrowthRun(history, lookback)).toEqual({ quarters: 2, start: 6 });
	});
});
