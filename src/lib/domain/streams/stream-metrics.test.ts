import { describe, expect, it } from 'vitest';
import { streamMetrics, metricIds, type StreamMetricId } from '../../metrics';

const IDS = Object.keys(streamMetrics) as StreamMetricId[];

describe('strategy-stream metrics in the registry', () => {
	it('holds the four metrics issue 10 asks for', () => {
		expect(IDS).toEqual(['prevention_reach_share', 'teachers_trained_per_1k_students', 'current_training_share', 'registry_verification_rate']);
	});

	it('keeps stream ids apart from the coverage engine’s ids', () => {
		for (const id of IDS) expect(metricIds).not.toContain(id);
	});
});
