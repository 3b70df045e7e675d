import { describe, expect, it } from 'vitest';
import { expectAll } from '../../../../tests/support/expect-all';
import type { PeriodKey } from '../period';
import { indexQuarters, Lookback } from './quarter-history';
import { serviceFigures } from './service-metrics';
import type { ServiceQuarter } from './types';
import { per } from '../../metrics';

function row(period: PeriodKey, fte: number): ServiceQuarter {
	return {
		police_service_id: 'x',
		period,
		investigators_fte: fte,
		forensic_examiners_fte: 0,
		forensic_backlog_devices: 12,
		referrals_received: 20,
		investigations_opened: 0,
		investigations_concluded: 3,
		charges_laid: 0,
		victims_identified: 0,
		open_backlog: 4,
		files_referred_project_p: 0,
		illustrative: false
	};
}

const lookback = new Lookback('2025-Q2');

describe('serviceFigures', () => {
	it('annualises referrals from the quarters reported: 3 quarters of 20 → 80 a year', () => {
		const history = indexQuarters([row('2024-Q4', 2), row('2025-Q1', 2), row('2025-Q2', 2)], '2025-Q2').get('x');
		const figures = serviceFigures({ history, lookback, population: 0, children: null, funding: null });
		expect(figures.trailing_quarters).toBe(3);
		expect(figures.referrals_annualised).toBe(80);
		expect(figures.metrics.referrals_per_investigator).toBe(40); // 80 ÷ 2 FTE
	});

	it('returns null, never NaN or Infinity, for undefined quotients', () => {
		const history = indexQuarters([row('2025-Q2', 0)], '2025-Q2').get('x');
		const m = serviceFigures({ history, lookback, population: 0, children: null, funding: null }).metrics;
		expect(m.investigators_per_100k).toBeNull(); // population 0
		expect(m.investigators_per_10k_children).toBeNull(); // children unknown
		expect(m.referrals_per_investigator).toBeNull(); // 0 FTE
		expect(m.forensic_backlog_per_examiner).toBeNull(); // 0 examiners
		expect(m.clearance_ratio).toBeNull(); // 3 concluded, 0 opened
		expect(m.open_backlog_trend).toBeNull(); // no quarter a year earlier
		expect(m.funding_per_capita).toBeNull(); // no funding recorded for the year
	});

	it('marks a service without a row for the period as not reported, with every metric null', () => {
		const history = indexQuarters([row('2025-Q1', 3)], '2025-Q2').get('x');
		const figures = serviceFigures({ history, lookback, population: 1000, children: 200, funding: null });
		expect(figures.reported).toBe(false);
		expect(figures.has_ice_unit).toBe(false);
		expectAll(Object.values(figures.metrics), (value) => value === null);
	});

	it('per() guards against zero, negative and non-finite results', () => {
		expect(per(1, 0)).toBeNull();
		expect(per(1, -2)).toBeNull();
		expect(per(null, 2)).toBeNull();
		expect(per(Number.MAX_VALUE, 1e-300)).toBeNull();
		expect(per(3, 4, 100)).toBe(75);
	});
});
