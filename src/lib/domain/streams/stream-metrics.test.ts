import { describe, expect, it } from 'vitest';
import { streamMetrics, metricIds, type StreamMetricId } from '../../metrics';
import { en } from '$lib/i18n/en';
import { fr } from '$lib/i18n/fr';

const IDS = Object.keys(streamMetrics) as StreamMetricId[];

describe('strategy-stream metrics in the registry', () => {
	it('holds the four metrics issue 10 asks for', () => {
		expect(IDS).toEqual(['prevention_reach_share', 'teachers_trained_per_1k_students', 'current_training_share', 'registry_verification_rate']);
	});

	it('gives each its id, English and French texts and typographic apostrophes in French', () => {
		for (const id of IDS) {
			const metric = streamMetrics[id];
			expect(metric.id).toBe(id);
			for (const key of ['label', 'shortLabel', 'definition'] as const) {
				expect(en.metrics[id][key].trim()).not.toBe('');
				expect(fr.metrics[id][key]).not.toBe(en.metrics[id][key]);
				expect(fr.metrics[id][key]).not.toContain("'");
			}
		}
	});

	it('keeps stream ids apart from the coverage engine’s ids', () => {
		for (const id of IDS) expect(metricIds).not.toContain(id);
	});
});
