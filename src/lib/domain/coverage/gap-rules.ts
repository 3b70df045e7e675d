/**
 * The coverage-gap rules (issue 3, deliverable 3). Each rule reads one service's figures or one community's
 * distance, compares them with the planner's thresholds (thresholds.ts) and the provincial reference
 * (baselines.ts), and yields at most one reason quoting the numbers that triggered it (reasons.ts), so
 * "two or more rules reach gap" is "two or more reasons reach gap".
 *
 * | rule                | code                                            | severity                        |
 * |---------------------|-------------------------------------------------|---------------------------------|
 * | no local ICE unit   | no_local_ice_unit (children above threshold)    | gap                             |
 * |                     | referrals_without_investigator (otherwise)      | gap                             |
 * | referral load       | referral_load (> k × / > m × provincial median) | watch / gap (units only)        |
 * | backlog growth      | backlog_growth (N / 2N consecutive quarters)    | watch / gap                     |
 * | forensic backlog    | forensic_backlog (> X devices per examiner)     | gap                             |
 * |                     | forensic_backlog_without_examiner               | watch                           |
 * | distance            | no_ice_unit_in_province, fly_in_community,      | gap                             |
 * |                     | far_from_ice_unit (> D km)                      |                                 |
 * | capacity percentile | low_investigator_capacity (< p-th percentile)   | watch                           |
 *
 * Monotone by construction (tested in coverage.property.test.ts): more investigators never raise a level,
 * more referrals never lower one. Having no investigator is the limit of having few, so a service without
 * a unit that receives referrals is at least a gap, as a service with a sliver of an investigator would be;
 * it is one rule, though, so it never counts twice towards critical. Devices with no examiner of the
 * service's own are a watch: they wait in another service's or the OPP's laboratory, whose load this
 * service's figures cannot show.
 */
import { makeReason, type GapReason } from './reasons';
import type { ServiceFigures } from './service-metrics';
import type { CoverageThresholds } from './thresholds';
import type { ProvincialReference } from './types';

export interface ServiceRuleInput {
	figures: ServiceFigures;
	/** Estimated children 0–17 in the service's communities; null when no population is known. */
	children: number | null;
	reference: ProvincialReference;
	thresholds: CoverageThresholds;
}

type Rule = (input: ServiceRuleInput) => GapReason | null;

/**
 * No local unit: one rule, one reason, naming the larger need when there is one (more children than the
 * threshold), else the referrals of the trailing year (annualised) left with no investigator to take them.
 */
const noLocalUnit: Rule = ({ figures, children, thresholds }) => {
	if (figures.has_ice_unit) return null;
	const referrals = figures.referrals_annualised ?? 0;
	if (children !== null && children > thresholds.no_unit_children) {
		return makeReason('no_local_ice_unit', 'gap', {
			service_children: children,
			children_threshold: thresholds.no_unit_children,
			referrals_annualised: referrals
		});
	}
	if (referrals > 0) return makeReason('referrals_without_investigator', 'gap', { referrals_annualised: referrals });
	return null;
};

const referralLoad: Rule = ({ figures, reference, thresholds }) => {
	const load = figures.metrics.referrals_per_investigator;
	const median = reference.median_referrals_per_investigator;
	if (!figures.has_ice_unit || load === null || median === null || !(median > 0)) return null;
	const { referral_watch_multiplier: k, referral_gap_multiplier: m } = thresholds;
	const multiplier = load > m * median ? m : load > k * median ? k : null;
	if (multiplier === null) return null;
	return makeReason('referral_load', load > m * median ? 'gap' : 'watch', {
		referrals_per_investigator: load,
		threshold_multiplier: multiplier,
		provincial_median: median
	});
};

const backlogGrowth: Rule = ({ figures, thresholds }) => {
	const run = figures.backlog_growth_quarters;
	const watchAt = thresholds.backlog_growth_quarters;
	const start = figures.counts.open_backlog_growth_start;
	const end = figures.counts.open_backlog;
	if (run < watchAt || start === null || end === null) return null;
	const gapAt = 2 * watchAt;
	return makeReason('backlog_growth', run >= gapAt ? 'gap' : 'watch', {
		quarters_growing: run,
		quarters_threshold: run >= gapAt ? gapAt : watchAt,
		open_backlog_start: start,
		open_backlog: end
	});
};

const forensicBacklog: Rule = ({ figures, thresholds }) => {
	const devices = figures.forensic_backlog_devices;
	if (!(devices > 0)) return null;
	const perExaminer = figures.metrics.forensic_backlog_per_examiner;
	if (perExaminer === null) {
		return makeReason('forensic_backlog_without_examiner', 'watch', { forensic_backlog_devices: devices });
	}
	if (!(perExaminer > thresholds.forensic_devices_per_examiner)) return null;
	return makeReason('forensic_backlog', 'gap', {
		backlog_per_examiner: perExaminer,
		forensic_backlog_devices: devices,
		forensic_examiners_fte: figures.forensic_examiners_fte,
		devices_threshold: thresholds.forensic_devices_per_examiner
	});
};

const lowCapacity: Rule = ({ figures, reference, thresholds }) => {
	const capacity = figures.metrics.investigators_per_10k_children;
	const percentileValue = reference.capacity_percentile_value;
	if (capacity === null || percentileValue === null || !(capacity < percentileValue)) return null;
	return makeReason('low_investigator_capacity', 'watch', {
		investigators_per_10k_children: capacity,
		percentile: thresholds.capacity_percentile,
		percentile_value: percentileValue
	});
};

const SERVICE_RULES: readonly Rule[] = [noLocalUnit, referralLoad, backlogGrowth, forensicBacklog];

/**
 * Reasons from the service-wide rules; none for a service that did not report the period. For a service
 * without a unit, "0 investigators per 10,000 children" only repeats what its other reasons say, so the
 * capacity rule speaks for it only when nothing else does (a watch beside another reason never changes
 * the level).
 */
export function serviceReasons(input: ServiceRuleInput): GapReason[] {
	if (!input.figures.reported) return [];
	const reasons: GapReason[] = [];
	for (const rule of SERVICE_RULES) {
		const reason = rule(input);
		if (reason) reasons.push(reason);
	}
	const capacity = lowCapacity(input);
	if (capacity && (input.figures.has_ice_unit || reasons.length === 0)) reasons.push(capacity);
	return reasons;
}

/** The distance rule for one community; `distanceKm` is null when no service in the province has a unit. */
export function distanceReason(distanceKm: number | null, flyIn: boolean, thresholds: CoverageThresholds): GapReason | null {
	if (distanceKm === null) return makeReason('no_ice_unit_in_province', 'gap', {});
	if (flyIn) return makeReason('fly_in_community', 'gap', { distance_km: distanceKm });
	if (!(distanceKm > thresholds.distance_km)) return null;
	return makeReason('far_from_ice_unit', 'gap', { distance_km: distanceKm, distance_threshold_km: thresholds.distance_km });
}
