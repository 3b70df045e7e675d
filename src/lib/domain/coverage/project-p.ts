/**
 * OPP Project P assistance (domain.md §1, §5). Project P enforces in OPP jurisdictions and assists police
 * services that lack the means, so the Project P list holds the communities that rely on that assistance
 * (their service has no ICE unit) and whose responder is overloaded or cannot reach them the same day.
 *
 * Ranking, for the OPP coordinator's "which requests come first?" (domain.md §2): level (critical first),
 * then access (fly-in, far, road), then the responder's referral load (heavier first), then id so the order
 * never depends on input order. Population is not a key: 13 reserves have none on record, and sorting by
 * it would put Pikangikum or Kashechewan last.
 */
import { levelRank } from './levels';
import type { CommunityCoverage, RankedCommunity, RankedService, ServiceCoverage } from './types';
import type { Access, Capacity, Level, ProjectPBasis, Relationship } from '../vocabulary';

export function projectPBasis(relationship: Relationship, capacity: Capacity, access: Access): ProjectPBasis | null {
	if (relationship !== 'assisted') return null;
	if (capacity === 'overloaded') return 'assisted_overloaded';
	if (access === 'fly_in') return 'assisted_fly_in';
	if (access === 'far') return 'assisted_far';
	return null;
}

const ACCESS_RANK: Readonly<Record<Access, number>> = { road: 0, far: 1, fly_in: 2 };

interface Rankable {
	id: string;
	level: Level;
	access: number;
	load: number;
	distance_km: number | null;
}

function byPriority(a: Rankable, b: Rankable): number {
	return (
		levelRank(b.level) - levelRank(a.level) ||
		b.access - a.access ||
		b.load - a.load ||
		(b.distance_km ?? -1) - (a.distance_km ?? -1) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** Communities with a level above none, most urgent first. */
export function rankCommunities(communities: readonly CommunityCoverage[]): RankedCommunity[] {
	return communities
		.filter((community) => community.level !== 'none')
		.map((community) => ({
			id: community.csduid,
			level: community.level,
			access: ACCESS_RANK[community.access],
			load: community.metrics.referrals_per_investigator ?? 0,
			distance_km: community.distance_km,
			row: community
		}))
		.sort(byPriority)
		.map(({ row, level, distance_km }) => ({
			csduid: row.csduid,
			police_service_id: row.police_service_id,
			level,
			children: row.children,
			distance_km,
			project_p_recommended: row.project_p_recommended
		}));
}

/** Services with a level above none, most urgent first; a service's distance is its remotest community's. */
export function rankServices(
	services: readonly ServiceCoverage[],
	communities: readonly CommunityCoverage[]
): RankedService[] {
	const remotest = new Map<string, number>();
	const access = new Map<string, number>();
	const flagged = new Map<string, number>();
	for (const community of communities) {
		const id = community.police_service_id;
		remotest.set(id, Math.max(remotest.get(id) ?? 0, community.distance_km));
		access.set(id, Math.max(access.get(id) ?? 0, ACCESS_RANK[community.access]));
		if (community.level !== 'none') flagged.set(id, (flagged.get(id) ?? 0) + 1);
	}
	return services
		.filter((service) => service.level !== 'none')
		.map((service) => ({
			id: service.police_service_id,
			level: service.level,
			access: access.get(service.police_service_id) ?? 0,
			load: flagged.get(service.police_service_id) ?? 0,
			distance_km: remotest.get(service.police_service_id) ?? null,
			row: service
		}))
		.sort(byPriority)
		.map(({ row, level, distance_km }) => ({
			police_service_id: row.police_service_id,
			level,
			children: row.children,
			distance_km,
			communities_flagged: flagged.get(row.police_service_id) ?? 0,
			project_p_recommended: row.project_p_recommended
		}));
}
