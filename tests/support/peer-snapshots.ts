/** Snapshot builders for the peer tests: every metric null unless given, every weight null unless given. */
import type { ServiceMetricId } from '../../src/lib/metrics';
import type { DisclosedNumber } from '../../src/lib/domain/coverage';
import { COMPARED_METRICS } from '../../src/lib/domain/peers/comparison';
import type { AverageWeights, ServiceSnapshot } from '../../src/lib/domain/peers/types';

export function snapshot(
	id: string,
	values: Partial<Record<ServiceMetricId, DisclosedNumber>>,
	weights: Partial<AverageWeights> = {}
): ServiceSnapshot {
	return {
		police_service_id: id,
		values: Object.assign(Object.fromEntries(COMPARED_METRICS.map((metric) => [metric, null])), values) as ServiceSnapshot['values'],
		weights: {
			population: null,
			children: null,
			investigators_fte: null,
			forensic_examiners_fte: null,
			referrals_annualised: null,
			referrals_trailing: null,
			opened_trailing: null,
			...weights
		}
	};
}
