/**
 * OPP Project P assistance (issue 3, deliverable 4). Project P "assists police services that lack the
 * resources or expertise" for child exploitation investigations (domain.md §1), so it is recommended
 * where the level is critical, or where it is gap and the service has no ICE unit of its own.
 *
 * Ranking, for the OPP coordinator's "which requests come first?" (domain.md §2): level (critical first),
 * then children affected (more first), then distance to the nearest ICE unit (farther first), then id so
 * the order never depends on input order. Unknown children or distance rank after known ones.
 */
import { levelRank } from './levels';
import type { CommunityCoverage, Level, ProjectPBasis, RankedCommunity, RankedService, ServiceCoverage } from './types';

export function projectPBasis(level: Level, hasIceUnit: boolean): ProjectPBasis | null {
	if (level === 'critical') return 'critical_level';
	if (level === 'gap' && !hasIceUnit) return 'gap_without_ice_unit';
	return null;
}

interface Rankable {
	id: string;
	level: Level;
	children: number | null;
	distance_km: number | null;
}

function byPriority(a: Rankable, b: Rankable): number {
	return (
		levelRank(b.level) - levelRank(a.level) ||
		(b.children ?? -1) - (a.children ?? -1) ||
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
			children: community.children,
			distance_km: community.metrics.distance_to_ice_unit_km,
			row: community
		}))
		.sort(byPriority)
		.map(({ row, level, children, distance_km }) => ({
			csduid: row.csduid,
			police_service_id: row.police_service_id,
			level,
			children,
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
	const flagged = new Map<string, number>();
	for (const community of communities) {
		const id = community.police_service_id;
		const km = community.metrics.distance_to_ice_unit_km;
		if (km !== null) remotest.set(id, Math.max(remotest.get(id) ?? 0, km));
		if (community.level !== 'none') flagged.set(id, (flagged.get(id) ?? 0) + 1);
	}
	return services
		.filter((service) => service.level !== 'none')
		.map((service) => ({
			id: service.police_service_id,
			level: service.level,
			children: service.children,
			distance_km: remotest.get(service.police_service_id) ?? null,
			row: service
		}))
		.sort(byPriority)
		.map(({ row, level, children, distance_km }) => ({
			police_service_id: row.police_service_id,
			level,
			children,
			distance_km,
			communities_flagged: flagged.get(row.police_service_id) ?? 0,
			project_p_recommended: row.project_p_recommended
		}));
}
