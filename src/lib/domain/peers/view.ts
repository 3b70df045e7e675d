/**
 * The comparison of one service as a page, an export or the API shows it: its group with each member's
 * context, and every metric against the group and the province, now and over recent quarters. Built
 * from disclosed snapshots only; the group from published features only (basis.ts), the same for every
 * viewer; profiles' raw referral rates are disclosed here per member for display.
 */
import type { Clearance } from '../coverage';
import { compareMetrics, metricTrends, type QuarterSnapshots } from './comparison';
import { discloseFeatures, type DisclosedFeatures } from './features';
import { peerGroup } from './groupings';
import type { GroupBasis, MetricComparison, MetricTrend, PeerGroup, PeerMatch, ServiceProfile } from './types';

export interface PeerView extends PeerMatch {
	kind: ServiceProfile['kind'];
	opp_region: string | null;
	features: DisclosedFeatures;
}

export interface ServiceComparisonView {
	police_service_id: string;
	kind: ServiceProfile['kind'];
	opp_region: string | null;
	basis: GroupBasis;
	/** Compared through its parts (the OPP, through its regional teams): its group is its parts, and it is ranked nowhere. */
	compared_through_parts: boolean;
	k: number | null;
	/** `similar` only: the features used and the services left out (PeerGroup). */
	similarity: PeerGroup['similarity'];
	features: DisclosedFeatures;
	peers: PeerView[];
	comparisons: MetricComparison[];
	trends: MetricTrend[];
}

export interface ServiceComparisonInput {
	profiles: readonly ServiceProfile[];
	/** Oldest first; the last is the quarter compared (comparison.ts: published and shown snapshots). */
	quarters: readonly QuarterSnapshots[];
	serviceId: string;
	basis: GroupBasis;
	k: number;
	cleared: Clearance;
}

export function serviceComparison(input: ServiceComparisonInput): ServiceComparisonView {
	const { profiles, quarters, serviceId, cleared } = input;
	const current = quarters.at(-1);
	const self = profiles.find((profile) => profile.police_service_id === serviceId);
	if (!current || !self) throw new Error(`Nothing to compare for service ${serviceId}`);
	const group = peerGroup(profiles, serviceId, input.basis, { k: input.k });
	const byId = new Map(profiles.map((profile) => [profile.police_service_id, profile]));
	const peers = group.members.flatMap((member) => {
		const profile = byId.get(member.police_service_id);
		if (!profile) return [];
		return [{ ...member, kind: profile.kind, opp_region: profile.opp_region, features: discloseFeatures(profile, cleared(profile.police_service_id)) }];
	});
	const memberIds = peers.map((peer) => peer.police_service_id);
	return {
		police_service_id: serviceId,
		kind: self.kind,
		opp_region: self.opp_region,
		basis: group.basis,
		compared_through_parts: self.comparable === false,
		k: group.k,
		similarity: group.similarity,
		features: discloseFeatures(self, cleared(serviceId)),
		peers,
		comparisons: compareMetrics(current.snapshots, serviceId, memberIds, current.shown ?? current.snapshots),
		trends: metricTrends(quarters, serviceId, memberIds)
	};
}
