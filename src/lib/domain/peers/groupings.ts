/**
 * A service's comparison group, by one of three bases:
 * - `similar`: its k most similar services (most-similar.ts), the default, as in HMICFRS profiles;
 * - `kind`: every other service of its kind (municipal, OPP, First Nations; domain.md §4);
 * - `region`: every other service in its OPP region (West, Central, East, North East, North West). A
 *   service spanning several regions (NAPS, Anishinabek…) has none, so its region group is empty.
 * The chosen service is never in its own group: a group average is what it is compared WITH. A service compared
 * through its parts (the OPP, through its regional teams; regional-teams.ts) is in no group, and its own group is
 * its parts, whatever the basis.
 */
import { peerBasis } from './basis';
import { DEFAULT_K, mostSimilar, type SimilarityOptions } from './most-similar';
import type { GroupBasis, PeerGroup, ServiceProfile } from './types';

/** Services grouped by a key (kind, region), each group sorted by id; null keys are left out. */
export function groupBy(profiles: readonly ServiceProfile[], key: (profile: ServiceProfile) => string | null): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	for (const profile of profiles) {
		if (profile.comparable === false) continue;
		const value = key(profile);
		if (value === null) continue;
		const ids = groups.get(value) ?? [];
		ids.push(profile.police_service_id);
		groups.set(value, ids);
	}
	for (const ids of groups.values()) ids.sort();
	return groups;
}

export function groupsByKind(profiles: readonly ServiceProfile[]): Map<string, string[]> {
	return groupBy(profiles, (profile) => profile.kind);
}

export function groupsByRegion(profiles: readonly ServiceProfile[]): Map<string, string[]> {
	return groupBy(profiles, (profile) => profile.opp_region);
}

export function peerGroup(
	profiles: readonly ServiceProfile[],
	serviceId: string,
	basis: GroupBasis,
	options: SimilarityOptions = {}
): PeerGroup {
	const self = profiles.find((profile) => profile.police_service_id === serviceId);
	if (!self) throw new Error(`No profile for service ${serviceId}`);
	if (self.comparable === false) {
		// Compared through its parts (the OPP, through its regional teams), on every basis: its group is its parts.
		const parts = profiles.filter((profile) => profile.parent_service_id === serviceId).map((profile) => profile.police_service_id).sort();
		const members = parts.map((id, i) => ({ police_service_id: id, distance: null, rank: i + 1 }));
		return { basis, police_service_id: serviceId, members, k: null, similarity: null };
	}
	if (basis === 'similar') {
		const k = options.k ?? DEFAULT_K;
		const similarity = options.basis ?? peerBasis(profiles);
		const members = mostSimilar(profiles, serviceId, { ...options, k, basis: similarity });
		return { basis, police_service_id: serviceId, members, k, similarity: { features: similarity.features, left_out: similarity.left_out } };
	}
	const key = basis === 'kind' ? self.kind : self.opp_region;
	const ids = key === null ? [] : ((basis === 'kind' ? groupsByKind(profiles) : groupsByRegion(profiles)).get(key) ?? []);
	const members = ids.filter((id) => id !== serviceId).map((id, i) => ({ police_service_id: id, distance: null, rank: i + 1 }));
	return { basis, police_service_id: serviceId, members, k: null, similarity: null };
}
