/**
 * How a service's communities summarise into the allocation inputs `gap_severity`, `children_in_gap`, `has_gap` and
 * `remoteness`. Community levels come from the coverage engine (issue 3: none, watch, gap, critical).
 */

export type CommunityGapLevel = 'none' | 'watch' | 'gap' | 'critical';

export type CommunityForAllocation = {
	level: CommunityGapLevel;
	/** Children 0–17 (imported or estimated); 0 when the population is not available. */
	children: number;
	/** Great-circle km from the community's centroid to the nearest community served by an ICE unit. */
	distance_to_ice_unit_km: number;
	fly_in: boolean;
};

export type CommunitySummary = {
	gap_severity: number;
	children_in_gap: number;
	has_gap: boolean;
	remoteness: number;
};

/**
 * Level scores: an ordinal scale with equal steps, so a `critical` child counts three times a `watch` child.
 * Equal steps are an assumption a planner can see and argue with; they keep the score readable ("2.1 ≈ gap on average").
 */
export const GAP_LEVEL_SCORE: Record<CommunityGapLevel, number> = { none: 0, watch: 1, gap: 2, critical: 3 };

/**
 * Distance at which a community counts as fully remote (score 1). 500 km is about Thunder Bay to Kenora by road: beyond
 * it an investigator cannot attend and return in a working day. An assumption, to revisit with OPP travel data.
 */
export const FULLY_REMOTE_KM = 500;

export function communityRemoteness(distanceKm: number, flyIn: boolean): number {
	if (flyIn) return 1;
	return Math.min(Math.max(distanceKm, 0) / FULLY_REMOTE_KM, 1);
}

/**
 * Children-weighted means, so a service's score reflects where its children live; when no community has children
 * (all populations unavailable) every community counts equally instead of the score collapsing to 0.
 */
export function summariseCommunities(communities: readonly CommunityForAllocation[]): CommunitySummary {
	let totalChildren = 0;
	for (const community of communities) totalChildren += Math.max(community.children, 0);
	const weightOf = (children: number) =>
		totalChildren > 0 ? Math.max(children, 0) / totalChildren : 1 / communities.length;

	let gapSeverity = 0;
	let remoteness = 0;
	let childrenInGap = 0;
	let hasGap = false;
	for (const community of communities) {
		const weight = weightOf(community.children);
		gapSeverity += weight * GAP_LEVEL_SCORE[community.level];
		remoteness += weight * communityRemoteness(community.distance_to_ice_unit_km, community.fly_in);
		if (community.level === 'gap' || community.level === 'critical') {
			hasGap = true;
			childrenInGap += Math.max(community.children, 0);
		}
	}
	return { gap_severity: gapSeverity, children_in_gap: childrenInGap, has_gap: hasGap, remoteness };
}
