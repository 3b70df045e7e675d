/**
 * A community's own metrics (distance, remoteness, gap level, Project P), each by its registry entry's
 * computation (domain/metrics/coverage.ts) from what the engine worked out for the community.
 */
import { communityMetricIds, communityMetrics, type CommunityMetricId, type CommunityMetricInputs } from '../../metrics';
import type { MetricValues } from './types';

export function computeCommunityMetrics(inputs: CommunityMetricInputs): MetricValues<CommunityMetricId> {
	const values: Partial<Record<CommunityMetricId, unknown>> = {};
	for (const id of communityMetricIds) values[id] = communityMetrics[id].compute(inputs);
	return values as MetricValues<CommunityMetricId>;
}
