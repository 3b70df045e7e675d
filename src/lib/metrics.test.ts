import { describe, expect, expectTypeOf, it } from 'vitest';
import { expectAll } from '../../tests/support/expect-all';
import {
	isMetricId,
	metricDefinition,
	metricIds,
	metrics,
	streamMetricIds,
	type CommunityMetricId,
	type CountMetricId,
	type MetricId,
	type ServiceMetricId
} from './metrics';
import { en } from './i18n/en';
import { fr } from './i18n/fr';

const REQUIRED = [
	'investigators_per_100k',
	'investigators_per_10k_children',
	'referrals_per_investigator',
	'investigations_opened',
	'investigations_concluded',
	'clearance_ratio',
	'open_backlog',
	'open_backlog_trend',
	'forensic_backlog_per_examiner',
	'funding_per_capita',
	'funding_per_referral',
	'distance_to_ice_unit_km',
	'remoteness_class',
	'project_p_share',
	'gap_level',
	'project_p_recommended'
];

describe('metric registry', () => {
	it('holds every metric issue 3 asks for', () => {
		for (const id of REQUIRED) expect(metricIds).toContain(id);
	});

	it('gives every metric, stream metrics too, its own id and English and French labels, short labels and definitions', () => {
		for (const id of [...metricIds, ...streamMetricIds]) {
			const metric = metricDefinition(id);
			expect(metric.id).toBe(id);
			for (const key of ['label', 'shortLabel', 'definition'] as const) {
				expect(en.metrics[id][key].trim()).not.toBe('');
				expect(fr.metrics[id][key].trim()).not.toBe('');
				expect(fr.metrics[id][key]).not.toBe(en.metrics[id][key]);
				// French typography: the apostrophe is ’, never the typewriter '.
				expect(fr.metrics[id][key]).not.toContain("'");
			}
			expect(metric.formula.trim()).not.toBe('');
			expect(metric.inputs.length).toBeGreaterThan(0);
		}
	});

	it('uses typographic apostrophes in French, as Ontario publications do', () => {
		for (const id of metricIds) expect(fr.metrics[id].definition).not.toContain("'");
	});

	it('puts every caseload count under disclosure control and only those', () => {
		const counts = metricIds.filter((id) => metrics[id].disclosure === 'count');
		expectAll(counts, (id) => metrics[id].unit === 'count');
		expect(counts).toEqual(expect.arrayContaining(['investigations_opened', 'victims_identified', 'open_backlog']));
	});

	it('isMetricId narrows strings from URLs and rejects anything else', () => {
		expect(isMetricId('clearance_ratio')).toBe(true);
		expect(isMetricId('toString')).toBe(false);
		expect(isMetricId('')).toBe(false);
		expect(isMetricId(42)).toBe(false);
	});

	it('derives id unions from the registry', () => {
		expectTypeOf<'distance_to_ice_unit_km'>().toExtend<CommunityMetricId>();
		expectTypeOf<'clearance_ratio'>().toExtend<ServiceMetricId>();
		expectTypeOf<'victims_identified'>().toExtend<CountMetricId>();
		expectTypeOf<ServiceMetricId | CommunityMetricId>().toEqualTypeOf<MetricId>();
	});
});
