/**
 * The two axes of coverage and the level they give (domain.md §5). Written once here; the map legend
 * and /about/data quote LEVEL_MATRIX.
 *
 * Capacity — the load of the responder, the unit that takes a community's files, over EVERY community it
 * answers for (own and assisted):
 *
 * | rule            | code                                     | stretched                  | overloaded         |
 * |-----------------|------------------------------------------|----------------------------|--------------------|
 * | referral load   | responder_load                           | > stretched threshold      | > overloaded one   |
 * | no investigator | responder_without_investigators          |                            | any referral       |
 * | backlog growth  | responder_backlog_growth                 | N consecutive quarters     | 2N quarters        |
 * | forensic queue  | responder_forensic_backlog (> X/examiner)| yes                        |                    |
 * |                 | responder_forensic_without_examiner      | yes                        |                    |
 *
 * Access — from a point inside the community to the responder's nearest base: `fly_in` (no year-round
 * road), `far` (more than D km), else `road`.
 *
 * Monotone by construction (tested in coverage.property.test.ts): more investigators or examiners never
 * raise a capacity, more referrals never lower one, and each threshold moves communities one way.
 */
import { makeReason, type GapReason, type ReasonNames } from './reasons';
import type { ServiceFigures } from './service-metrics';
import type { CoverageThresholds } from './thresholds';
import type { Severity } from './types';
import type { Access, Capacity, Level } from '../vocabulary';

/**
 * The level of a community from its responder's capacity and its access. "Critical" means an overloaded
 * responder that cannot reach the community the same day: act now.
 */
export const LEVEL_MATRIX: { readonly [C in Capacity]: { readonly [A in Access]: Level } } = {
	ok: { road: 'none', far: 'watch', fly_in: 'watch' },
	stretched: { road: 'watch', far: 'gap', fly_in: 'gap' },
	overloaded: { road: 'gap', far: 'critical', fly_in: 'critical' }
};

export function levelFor(capacity: Capacity, access: Access): Level {
	return LEVEL_MATRIX[capacity][access];
}

const CAPACITY_RANK: Readonly<Record<Capacity, number>> = { ok: 0, stretched: 1, overloaded: 2 };
const SEVERITY_OF: Readonly<Record<Exclude<Capacity, 'ok'>, Severity>> = { stretched: 'watch', overloaded: 'gap' };

export interface ResponderLoad {
	figures: ServiceFigures;
	/** Referrals (annualised) of every community it answers for; null when none are reported. */
	referrals_answered: number | null;
}

export interface CapacityAssessment {
	capacity: Capacity;
	referrals_per_investigator: number | null;
	reasons: GapReason[];
}

/** The responder's capacity and the reasons for it, each naming the responder. */
export function assessCapacity(load: ResponderLoad, thresholds: CoverageThresholds, names: ReasonNames): CapacityAssessment {
	const { figures } = load;
	if (!figures.reported) {
		return { capacity: 'ok', referrals_per_investigator: null, reasons: [makeReason('responder_not_reported', 'watch', {}, names)] };
	}
	const found: { capacity: Exclude<Capacity, 'ok'>; reason: GapReason }[] = [];
	const add = (capacity: Exclude<Capacity, 'ok'>, make: (severity: Severity) => GapReason) =>
		found.push({ capacity, reason: make(SEVERITY_OF[capacity]) });

	const referrals = load.referrals_answered ?? 0;
	const fte = figures.investigators_fte;
	const perInvestigator = fte > 0 ? referrals / fte : null;
	if (fte <= 0 && referrals > 0) {
		add('overloaded', (severity) => makeReason('responder_without_investigators', severity, { referrals_answered: referrals }, names));
	} else if (perInvestigator !== null && perInvestigator > thresholds.referrals_stretched_per_investigator) {
		const overloaded = perInvestigator > thresholds.referrals_overloaded_per_investigator;
		add(overloaded ? 'overloaded' : 'stretched', (severity) =>
			makeReason(
				'responder_load',
				severity,
				{
					referrals_per_investigator: perInvestigator,
					threshold: overloaded ? thresholds.referrals_overloaded_per_investigator : thresholds.referrals_stretched_per_investigator
				},
				names
			)
		);
	}

	const run = figures.backlog_growth_quarters;
	const start = figures.counts.open_backlog_growth_start;
	const end = figures.counts.open_backlog;
	if (run >= thresholds.backlog_growth_quarters && start !== null && end !== null) {
		const overloaded = run >= 2 * thresholds.backlog_growth_quarters;
		add(overloaded ? 'overloaded' : 'stretched', (severity) =>
			makeReason(
				'responder_backlog_growth',
				severity,
				{
					quarters_growing: run,
					quarters_threshold: overloaded ? 2 * thresholds.backlog_growth_quarters : thresholds.backlog_growth_quarters,
					open_backlog_start: start,
					open_backlog: end
				},
				names
			)
		);
	}

	const devices = figures.forensic_backlog_devices;
	const examiners = figures.forensic_examiners_fte;
	if (devices > 0 && !(examiners > 0)) {
		add('stretched', (severity) =>
			makeReason('responder_forensic_without_examiner', severity, { forensic_backlog_devices: devices }, names)
		);
	} else if (examiners > 0 && devices / examiners > thresholds.forensic_devices_per_examiner) {
		add('stretched', (severity) =>
			makeReason(
				'responder_forensic_backlog',
				severity,
				{
					backlog_per_examiner: devices / examiners,
					forensic_backlog_devices: devices,
					forensic_examiners_fte: examiners,
					devices_threshold: thresholds.forensic_devices_per_examiner
				},
				names
			)
		);
	}

	let capacity: Capacity = 'ok';
	for (const entry of found) if (CAPACITY_RANK[entry.capacity] > CAPACITY_RANK[capacity]) capacity = entry.capacity;
	return { capacity, referrals_per_investigator: perInvestigator, reasons: found.map((entry) => entry.reason) };
}

export function accessOf(distanceKm: number, flyIn: boolean, thresholds: CoverageThresholds): Access {
	if (flyIn) return 'fly_in';
	return distanceKm > thresholds.distance_km ? 'far' : 'road';
}

/** The access reason of a community, naming the responder and its base; none for road access. */
export function accessReason(access: Access, distanceKm: number, thresholds: CoverageThresholds, names: ReasonNames): GapReason | null {
	if (access === 'fly_in') return makeReason('fly_in_community', 'watch', { distance_km: distanceKm }, names);
	if (access === 'far') {
		return makeReason('far_from_base', 'watch', { distance_km: distanceKm, distance_threshold_km: thresholds.distance_km }, names);
	}
	return null;
}
