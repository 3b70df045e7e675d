import { describe, expect, it } from 'vitest';
import { liveScenario } from './live-scenario';
import { formValuesOf } from './scenario-form';
import { DEFAULT_SETTINGS } from './scenario-settings';
import type { AllocationServiceInput } from './types';
import { allocationService } from '../../../../tests/support/allocation';

const service = (id: string, fte: number, referrals: number, lastYear: number | null): AllocationServiceInput =>
	allocationService({ police_service_id: id, referrals, investigations: 80, investigator_fte: fte, children_in_gap: 5_000, remoteness: 0.2, last_year_cents: lastYear, has_gap: true });
const services = [service('a', 2, 100, 150_000_000), service('b', 0, 300, 150_000_000), service('c', 1, 50, 200_000_000)];
const values = formValuesOf(DEFAULT_SETTINGS, 'Scenario', 'en');

describe('liveScenario', () => {
	it('gives the split and the optimiser beside it for valid values', () => {
		const live = liveScenario(values, 'en', services, 40);
		expect(live.errors).toEqual([]);
		expect(live.split?.total_cents).toBe(500_000_000);
		expect(live.comparison?.formula.amount_cents).toBe(500_000_000);
		expect(live.comparison?.optimiser.investigator_fte_added).toBeGreaterThan(0);
	});

	it('reports a missing name and bad fields together, with no split', () => {
		const live = liveScenario({ ...values, name: ' ', budget: 'x' }, 'en', services, 40);
		expect(live.errors.map((e) => e.field)).toEqual(['name', 'budget']);
		expect(live.split).toBeNull();
	});

	it('puts an infeasible damping on the damping field', () => {
		// Last year's amounts add up to $5M: within ±1 % of them no split can reach $6M.
		const live = liveScenario({ ...values, budget: '6,000,000', damping: '1' }, 'en', services, 40);
		// Two ways out, each on its own field: the damping that would work, and the budget that would.
		expect(live.errors.map((e) => e.field)).toEqual(['damping', 'budget']);
		expect(live.errors[0]?.message).toMatch(/A damping of at least [0-9.]+% would work\./);
		expect(live.errors[0]?.message_fr).toBeTruthy();
		const budget = live.errors[1]?.message.match(/A budget of \$([0-9,.]+) would work\./)?.[1];
		expect(budget).toBeTruthy();
		expect(live.errors[1]?.message_fr).toMatch(/Un budget de .* conviendrait\./);
		// ±1 % of $5M at most: $5,050,000.00, and that budget does split.
		expect(budget).toBe('5,050,000.00');
		const fits = liveScenario({ ...values, budget: budget ?? '', damping: '1' }, 'en', services, 40);
		expect(fits.errors).toEqual([]);
		expect(fits.split?.total_cents).toBe(505_000_000);
	});

	it('skips the optimiser beyond the budgets it takes, and says so', () => {
		const live = liveScenario({ ...values, budget: '2,000,000,000', damping: '' }, 'en', services, 40);
		expect(live.split?.total_cents).toBe(200_000_000_000);
		expect(live).toMatchObject({ comparison: null, optimiserTooLarge: true });
	});
});
