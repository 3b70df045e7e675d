/**
 * The trend series behind community and service pages (server/coverage-series.ts): one snapshot per
 * quarter with data, each equal to what coverageFor gives for that quarter, and fast enough for a
 * page load (the engine runs once per quarter, 26 times, over inputs read once).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAll } from '../support/expect-all';
import { TREND_METRICS } from '../../src/lib/domain/trend-series';
import { NOBODY_CLEARED } from '../../src/lib/domain/coverage';
import { clearanceFor } from '../../src/lib/domain/clearance';
import { coverageFor } from '../../src/lib/server/coverage';
import { communityHistory, serviceHistory, toTrendSeries } from '../../src/lib/server/coverage-series';
import * as coverageInputs from '../../src/lib/server/queries/coverage-inputs';
import type { PeriodKey } from '../../src/lib/domain/period';
import { createTestDatabase, type TestDatabase } from './test-db';

const PIKANGIKUM = '3560077';
const planner = clearanceFor({ role: 'planner', police_service_id: null });

let test: TestDatabase;
let periods: PeriodKey[];

beforeAll(async () => {
	test = await createTestDatabase();
	periods = await coverageInputs.periods(test.db);
});
afterAll(() => test.drop());

describe('communityHistory', () => {
	it('has one snapshot per quarter with data, oldest first', async () => {
		const history = await communityHistory(test.db, PIKANGIKUM, NOBODY_CLEARED);
		expect(periods).toHaveLength(26);
		expect(history.map((snapshot) => snapshot.period)).toEqual(periods);
		expectAll(history, (snapshot) => snapshot.subject.csduid === PIKANGIKUM);
	});

	it('gives, for a quarter, exactly what the one-quarter computation gives', async () => {
		const history = await communityHistory(test.db, PIKANGIKUM, NOBODY_CLEARED);
		for (const period of ['2019-Q1', '2022-Q3', periods.at(-1) ?? '2019-Q1'] as PeriodKey[]) {
			const view = await coverageFor(test.db, period, NOBODY_CLEARED);
			const snapshot = history.find((entry) => entry.period === period);
			expect(snapshot?.subject).toEqual(view.communities.find((community) => community.csduid === PIKANGIKUM));
			expect(snapshot?.baselines).toEqual(view.baselines);
		}
	});

	it('is empty for a community that does not exist', async () => {
		expect(await communityHistory(test.db, '3599999', NOBODY_CLEARED)).toEqual([]);
	});
});

describe('serviceHistory and toTrendSeries', () => {
	it('keeps the service and every community it polices', async () => {
		const history = await serviceHistory(test.db, 'naps', planner);
		const latest = history.at(-1);
		expect(latest?.subject.service.police_service_id).toBe('naps');
		expect(latest?.subject.service.disclosure).toBe('cleared');
		expect(latest?.subject.communities.length).toBeGreaterThan(20);
		expectAll(latest?.subject.communities, (community) => community.police_service_id === 'naps');
	});

	it('gives each metric 26 points with the provincial quartiles of the same quarter', async () => {
		const history = await communityHistory(test.db, PIKANGIKUM, NOBODY_CLEARED);
		const series = toTrendSeries(history, (subject) => subject.metrics);
		expect(Object.keys(series)).toEqual([...TREND_METRICS]);
		const distance = series.distance_to_ice_unit_km ?? [];
		expect(distance).toHaveLength(26);
		const last = history.at(-1);
		expect(distance.at(-1)).toEqual({
			period: last?.period,
			value: last?.subject.metrics.distance_to_ice_unit_km,
			q1: last?.baselines.distance_to_ice_unit_km?.q1,
			median: last?.baselines.distance_to_ice_unit_km?.median,
			q3: last?.baselines.distance_to_ice_unit_km?.q3
		});
	});

	it('leaves out metrics a service does not have (distance is a community’s)', async () => {
		const series = toTrendSeries(await serviceHistory(test.db, 'toronto', planner), (subject) => subject.service.metrics);
		expect(series.distance_to_ice_unit_km).toBeUndefined();
		expect(series.investigators_per_100k).toHaveLength(26);
	});
});

describe('speed', () => {
	it('computes 26 quarters for a page in well under a second (median of 5 runs)', async () => {
		const runs: number[] = [];
		for (let i = 0; i < 5; i++) {
			const start = performance.now();
			await communityHistory(test.db, PIKANGIKUM, NOBODY_CLEARED);
			runs.push(performance.now() - start);
		}
		const median = [...runs].sort((a, b) => a - b)[2] ?? Infinity;
		console.log(`coverage series, 26 quarters: median ${median.toFixed(0)} ms (runs: ${runs.map((ms) => ms.toFixed(0)).join(', ')})`);
		// Target 300 ms on 2 cores (≈ 26 × 5 ms engine + one read of the inputs); 3× headroom for busy CI machines.
		expect(median).toBeLessThan(900);
	});
});
