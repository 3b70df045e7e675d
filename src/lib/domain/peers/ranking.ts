/**
 * Rankings for the ranked column charts ("ski slopes", HMICFRS Value for Money profiles) and the
 * percentile badges. Both are over the values the viewer can see (averages.ts explains why): a service
 * whose value is "<5" or withheld is left off the chart and out of everyone's percentile.
 *
 * Rank: 1 for the highest value; equal values share the better rank ("1224" competition ranking).
 * Percentile: the share of the OTHER services with a lower value, equal values counting half
 * (the mid-rank convention), from 0 (lowest) to 100 (highest). Whether high is good is the metric's
 * direction (metrics.ts), which the badge states; the percentile itself is only a position.
 */
import type { ServiceMetricId } from '../../metrics';
import { isDisclosureMarker } from '../../format';
import type { RankedValue, ServiceSnapshot } from './types';

export interface Ranking {
	/** Highest first; equal values by service id. */
	ranking: RankedValue[];
	/** Services with a value the viewer cannot see. */
	hidden: number;
}

export function rankValues(snapshots: readonly ServiceSnapshot[], metric: ServiceMetricId): Ranking {
	let hidden = 0;
	const visible: { police_service_id: string; value: number }[] = [];
	for (const snapshot of snapshots) {
		const value = snapshot.values[metric];
		if (isDisclosureMarker(value)) hidden += 1;
		else if (value !== null && Number.isFinite(value)) visible.push({ police_service_id: snapshot.police_service_id, value });
	}
	visible.sort((a, b) => b.value - a.value || (a.police_service_id < b.police_service_id ? -1 : 1));
	let rank = 0;
	const ranking = visible.map((entry, i) => {
		if (i === 0 || entry.value !== visible[i - 1]?.value) rank = i + 1;
		return { ...entry, rank };
	});
	return { ranking, hidden };
}

/** The percentile (0–100) of a service in a ranking; null when it is not in it or is alone. */
export function percentileOf(ranking: readonly RankedValue[], serviceId: string): number | null {
	const own = ranking.find((entry) => entry.police_service_id === serviceId);
	if (!own || ranking.length < 2) return null;
	let below = 0;
	let equal = 0;
	for (const entry of ranking) {
		if (entry.value < own.value) below += 1;
		else if (entry.value === own.value) equal += 1;
	}
	return (100 * (below + 0.5 * (equal - 1))) / (ranking.length - 1);
}
