/**
 * Group and provincial averages (domain.md §8: "group figures are weighted averages").
 *
 * Weights: each ratio metric is weighted by its own denominator, so the average equals the pooled
 * figure, total numerator ÷ total denominator, as in HMICFRS Value for Money profiles:
 *   Σ wᵢ·(xᵢ / wᵢ) / Σ wᵢ = Σ xᵢ / Σ wᵢ.
 * Per-capita metrics are therefore weighted by population (per child: by children), per-investigator
 * and per-examiner metrics by FTE, per-referral metrics by referrals, the clearance ratio by files
 * opened. Weighting a ratio by its numerator instead (referrals for referrals per investigator) would
 * give the load met by a typical referral, not the group's load per investigator. Counts (referrals,
 * charges…) are plain means: the "typical member's count", read beside the per-capita rows.
 *
 * Disclosure (domain.md §9): an average is computed ONLY from values the viewer can already see. A
 * member whose value is "<5" or withheld for this viewer is left out (and counted in `hidden`), so no
 * average, difference or total can be worked back to a suppressed figure whatever the weights; the
 * viewer learns only that some value is small, which "<5" already says. An average over fewer than
 * MIN_AVERAGE_MEMBERS values is not shown: one or two services' figures would read as a group's.
 */
import { serviceMetricIds, serviceMetrics, type ServiceMetricId, type WeightBasis } from '../../metrics';
import { isDisclosureMarker } from '../../format';
import type { GroupAverage, ServiceSnapshot } from './types';


/** Each service metric's weight, from its registry entry (domain/metrics/coverage.ts). */
export const AVERAGE_WEIGHTS = Object.fromEntries(serviceMetricIds.map((id) => [id, serviceMetrics[id].weight])) as {
	readonly [M in ServiceMetricId]: (typeof serviceMetrics)[M]['weight'];
};

export const MIN_AVERAGE_MEMBERS = 3;

export function weightOf(snapshot: ServiceSnapshot, metric: ServiceMetricId): number | null {
	const basis: WeightBasis = serviceMetrics[metric].weight;
	return basis === 'equal' ? 1 : snapshot.weights[basis];
}

/** The weighted average of `metric` over the snapshots' visible values. */
export function weightedAverage(snapshots: readonly ServiceSnapshot[], metric: ServiceMetricId): GroupAverage {
	let weighted = 0;
	let total = 0;
	const tally = { used: 0, hidden: 0, undefined: 0 };
	for (const snapshot of snapshots) {
		const value = snapshot.values[metric];
		if (isDisclosureMarker(value)) {
			tally.hidden += 1;
			continue;
		}
		const weight = weightOf(snapshot, metric);
		if (value === null || !Number.isFinite(value) || weight === null || !(weight > 0)) {
			tally.undefined += 1;
			continue;
		}
		weighted += weight * value;
		total += weight;
		tally.used += 1;
	}
	return { value: tally.used >= MIN_AVERAGE_MEMBERS ? weighted / total : null, ...tally };
}
