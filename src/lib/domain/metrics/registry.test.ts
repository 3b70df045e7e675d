import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountKey, ServiceCounts } from '../coverage/types';
import { discloseServiceMetrics } from '../coverage/disclosure';
import { Lookback } from '../coverage/quarter-history';
import { serviceFigures } from '../coverage/service-metrics';
import {
	comparedMetricIds,
	isNumericMetric,
	isStreamMetricId,
	mapMetricIds,
	metricIds,
	metrics,
	publishedDefinition,
	serviceMetricIds,
	serviceMetrics,
	streamMetricIds,
	streamMetrics,
	trendMetricIds,
	type MetricInput,
	type ServiceMetricInputs
} from './registry';
import { PUBLISHED_FIELDS } from './types';

/** Every caseload count the engine reports (those of a service that never reported: all null). */
const COUNT_KEYS = Object.keys(serviceFigures({ history: undefined, lookback: new Lookback('2025-Q2'), population: null, children: null, funding: null }).counts) as CountKey[];

/** The non-count inputs of a service metric, by the input name its entry declares. */
const OTHER_INPUTS = {
	investigators_fte: 'investigators_fte',
	forensic_examiners_fte: 'forensic_examiners_fte',
	forensic_backlog_devices: 'forensic_backlog_devices',
	population: 'population',
	children: 'children',
	funding_cents: 'amount_cents'
} as const satisfies Partial<Record<keyof ServiceMetricInputs, MetricInput>>;
const OTHER_FIELDS = Object.keys(OTHER_INPUTS) as (keyof typeof OTHER_INPUTS)[];

const count = fc.option(fc.nat(60), { nil: null, freq: 6 });
const staff = fc.oneof(fc.constant(0), fc.double({ min: 0.5, max: 40, noNaN: true }));
const people = fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null, freq: 6 });
const counts = fc.record(Object.fromEntries(COUNT_KEYS.map((key) => [key, count])) as { [K in CountKey]: typeof count }) as fc.Arbitrary<ServiceCounts>;
const inputs: fc.Arbitrary<ServiceMetricInputs> = fc.record({
	counts,
	trailing_quarters: fc.integer({ min: 1, max: 4 }),
	investigators_fte: staff,
	forensic_examiners_fte: staff,
	forensic_backlog_devices: fc.nat(500),
	population: people,
	children: people,
	funding_cents: fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: null, freq: 6 })
});

function metricDefinitionAppears(id: (typeof mapMetricIds)[number]): number | undefined {
	const entry: { readonly appears: { readonly map?: number } } = isStreamMetricId(id) ? streamMetrics[id] : metrics[id];
	return entry.appears.map;
}

const SEED = { seed: 20261207, numRuns: 300 };

describe('a service metric’s computation and its declared counts and inputs agree', () => {
	it('changing a caseload count the metric does not declare never changes its value', () => {
		fc.assert(
			fc.property(inputs, fc.constantFrom(...COUNT_KEYS), count, (base, key, other) => {
				const changed = { ...base, counts: { ...base.counts, [key]: other } };
				for (const id of serviceMetricIds) {
					const entry = serviceMetrics[id];
					if ((entry.discloses as readonly CountKey[]).includes(key)) continue;
					expect(entry.compute(changed), `${id} moved with ${key}`).toStrictEqual(entry.compute(base));
				}
			}),
			SEED
		);
	});

	it('changing a staffing, population or money input the metric does not name never changes its value', () => {
		fc.assert(
			fc.property(inputs, inputs, fc.constantFrom(...OTHER_FIELDS), (base, donor, field) => {
				const changed = { ...base, [field]: donor[field] };
				for (const id of serviceMetricIds) {
					const entry = serviceMetrics[id];
					if ((entry.inputs as readonly MetricInput[]).includes(OTHER_INPUTS[field])) continue;
					expect(entry.compute(changed), `${id} moved with ${field}`).toStrictEqual(entry.compute(base));
				}
			}),
			SEED
		);
	});

	it('every declared count does move the value somewhere (no stale declaration)', () => {
		const samples = fc.sample(fc.tuple(inputs, count), { seed: SEED.seed, numRuns: 500 });
		expect(samples.length).toBe(500);
		const checked: string[] = [];
		for (const id of serviceMetricIds) {
			for (const key of serviceMetrics[id].discloses as readonly CountKey[]) {
				const moves = samples.some(([base, other]) => {
					const changed = { ...base, counts: { ...base.counts, [key]: other } };
					return !Object.is(serviceMetrics[id].compute(changed), serviceMetrics[id].compute(base));
				});
				expect(moves, `${id} declares ${key} but never depends on it`).toBe(true);
				checked.push(`${id}:${key}`);
			}
		}
		expect(checked).toContain('clearance_ratio:opened_trailing');
		expect(checked).toContain('open_backlog_trend:open_backlog_year_ago');
	});

	it('disclosure control hides a metric exactly when one of its declared counts is tainted', () => {
		fc.assert(
			fc.property(inputs, fc.constantFrom(...COUNT_KEYS), (base, key) => {
				const values = Object.fromEntries(serviceMetricIds.map((id) => [id, serviceMetrics[id].compute(base)])) as Record<
					(typeof serviceMetricIds)[number],
					number | null
				>;
				const shown = discloseServiceMetrics(values, base.counts, false, new Set([key]));
				for (const id of serviceMetricIds) {
					const hidden = typeof shown[id] === 'object' && shown[id] !== null;
					expect(hidden, `${id} with ${key} tainted`).toBe((serviceMetrics[id].discloses as readonly CountKey[]).includes(key));
				}
			}),
			{ ...SEED, numRuns: 100 }
		);
	});
});

describe('a stream metric’s computation and its declared inputs agree', () => {
	/** The streams' record fields; each is the input of the same name, but training's `staff` is `ice_staff`. */
	const FIELDS = 'grade_7_8_students students_reached teachers_trained staff trained_current registrants verifications_done'.split(' ');
	const inputOf = (field: string) => (field === 'staff' ? 'ice_staff' : field) as MetricInput;
	type StreamRecord = Record<string, number>;
	const record = fc.record(Object.fromEntries(FIELDS.map((key) => [key, fc.nat(400)])));

	it('changing a record field the metric does not name never changes its value', () => {
		expect(streamMetricIds.length).toBeGreaterThan(0);
		fc.assert(
			fc.property(record, fc.constantFrom(...FIELDS), fc.nat(400), (base, field, other) => {
				const changed = { ...base, [field]: other };
				for (const id of streamMetricIds) {
					const entry = streamMetrics[id];
					const compute = entry.compute as (record: StreamRecord) => number | null;
					if ((entry.inputs as readonly MetricInput[]).includes(inputOf(field))) continue;
					expect(compute(changed), `${id} moved with ${field}`).toStrictEqual(compute(base));
				}
			}),
			SEED
		);
	});
});

describe('the registry’s declarations', () => {
	it('declares counts exactly for the metrics under disclosure control, one count for a count itself', () => {
		for (const id of serviceMetricIds) {
			const entry = serviceMetrics[id];
			expect(entry.discloses.length > 0, id).toBe(entry.disclosure !== 'none');
			if (entry.disclosure === 'count') expect(entry.discloses, id).toEqual([id]);
		}
		for (const id of metricIds) if (!serviceMetricIds.includes(id as never)) expect(metrics[id].discloses, id).toEqual([]);
	});

	it('weights counts equally and every ratio by a denominator', () => {
		for (const id of serviceMetricIds) {
			const entry = serviceMetrics[id];
			expect(entry.weight === 'equal', id).toBe(entry.unit === 'count');
		}
	});

	it('gives each map metric its own place in the picker and keeps the picker’s established order', () => {
		const positions = mapMetricIds.map((id) => metricDefinitionAppears(id));
		expect(new Set(positions).size).toBe(mapMetricIds.length);
		const established = 'gap_level project_p_recommended investigators_per_100k investigators_per_10k_children referrals_per_investigator open_backlog_trend forensic_backlog_per_examiner funding_per_capita project_p_share distance_to_ice_unit_km remoteness_class prevention_reach_share';
		expect(mapMetricIds.slice(0, 12)).toEqual(established.split(' '));
	});

	it('charts and compares only numeric metrics; compares only service metrics', () => {
		expect(trendMetricIds.length).toBeGreaterThan(0);
		for (const id of trendMetricIds) expect(isNumericMetric(id), id).toBe(true);
		expect(comparedMetricIds.length).toBeGreaterThan(0);
		for (const id of comparedMetricIds) expect(serviceMetrics[id].scope).toBe('service');
		expect(trendMetricIds).toContain('distance_to_ice_unit_km');
		expect(comparedMetricIds).not.toContain('distance_to_ice_unit_km' as never);
	});

	it('publishes the definition of an entry, never its computation or placement', () => {
		const published = publishedDefinition('clearance_ratio');
		expect(Object.keys(published).sort()).toEqual([...PUBLISHED_FIELDS].sort());
		expect(published).not.toHaveProperty('compute');
		expect(JSON.parse(JSON.stringify(published))).toEqual(published);
		expect(Object.keys(publishedDefinition('charges_laid'))).not.toContain('thresholds');
	});
});
