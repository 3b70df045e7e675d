/**
 * The names people read beside a community's figures: its own, and its police service's name, kind
 * and OPP region. Coverage is computed on codes; the atlas rows and the gap list join names to it by
 * CSDUID, the same way, here.
 */
import type { ServiceKind } from './vocabulary';

export interface CommunityNames {
	csduid: string;
	name: string;
	service_name: string;
	service_kind: ServiceKind;
	opp_region: string | null;
}

/** A computed community's codes with its names, in the order rows show them. */
export function namedCommunity<N extends CommunityNames>(
	community: { csduid: string; police_service_id: string },
	named: N
): { csduid: string; service_id: string } & Pick<N, 'name' | 'service_name' | 'service_kind' | 'opp_region'> {
	return {
		csduid: community.csduid,
		name: named.name,
		service_id: community.police_service_id,
		service_name: named.service_name,
		service_kind: named.service_kind,
		opp_region: named.opp_region
	};
}
