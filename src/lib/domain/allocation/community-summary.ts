/**
 * How a service's communities summarise into the allocation inputs `remoteness`, `remote_children`,
 * `children_in_gap` and `has_gap`. The first two are formula inputs and are community-intrinsic: they read where a
 * community is and whether a road reaches it, never who staffs the unit that serves it, so a service that hires does
 * not lose them (domain primer § 7). The last two describe coverage (levels from the coverage engine) and feed only the
 * optimiser and the pages; no amount of the formula reads them, since a gap closes when a service hires.
 */
import type { Level } from '../vocabulary';
import type { AllocationServiceInput } from './types';

export type CommunityForAllocation = {
	level: Level;
	/** Children 0–17 (imported or estimated); 0 when the population is not available. */
	children: number;
	/** Great-circle km from the community's centroid to the nearest OPP regional headquarters. */
	distance_to_opp_headquarters_km: number;
	fly_in: boolean;
};

/** The service inputs this module sums up; types.ts says what each means. */
export type CommunitySummary = Pick<AllocationServiceInput, 'remoteness' | 'remote_children' | 'children_in_gap' | 'has_gap'>;

/**
 * Distance at which a community counts as fully remote (score 1). 500 km is about Thunder Bay to Kenora by road: beyond
 * it an investigator cannot attend and return in a working day. An assumption, to revisit with OPP travel data.
 */
export const FULLY_REMOTE_KM = 500;

/**
 * A community's remoteness between 0 and 1: 1 when no year-round road reaches it, else its distance to the nearest OPP
 * regional headquarters (London, Orillia, Smiths Falls, North Bay, Thunder Bay: domain primer § 4) over FULLY_REMOTE_KM,
 * capped at 1. The headquarters are fixed points, so the score does not change when any service hires or opens a unit
 * (a distance to the nearest ICE unit would, and would pay a service for having none).
 */
export function communityRemoteness(distanceKm: number, flyIn: boolean): number {
	if (flyIn) return 1;
	if (!Number.isFinite(distanceKm)) return 1;
	return Math.min(Math.max(distanceKm, 0) / FULLY_REMOTE_KM, 1);
}

/**
 * Sums, not means, so that the values add up across services: a community moved from one service to another takes
 * its remoteness (and its remote children) with it. A community whose population is not available still counts in
 * `remoteness` (a fly-in reserve without a census count is no less remote).
 */
export function summariseCommunities(communities: readonly CommunityForAllocation[]): CommunitySummary {
	let remoteness = 0;
	let remoteChildren = 0;
	let childrenInGap = 0;
	let hasGap = false;
	for (const community of communities) {
		const children = Math.max(community.children, 0);
		const score = communityRemoteness(community.distance_to_opp_headquarters_km, community.fly_in);
		remoteness += score;
		remoteChildren += children * score;
		if (community.level === 'gap' || community.level === 'critical') {
			hasGap = true;
			childrenInGap += children;
		}
	}
	return { remoteness, remote_children: remoteChildren, children_in_gap: childrenInGap, has_gap: hasGap };
}
