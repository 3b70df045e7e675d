/**
 * Builds the atlas rows (one per community, every map metric already disclosed for the viewer)
 * from a coverage view and the communities' names. Pure: the server calls it; tests feed fixtures.
 */
import type { CoverageView } from './coverage';
import { MAP_METRICS, type AtlasRow, type AtlasValue, type MapMetricId } from './atlas-view';

export interface CommunityNames {
	csduid: string;
	name: string;
	service_name: string;
	service_kind: AtlasRow['service_kind'];
	opp_region: string | null;
}

export function toAtlasRows(coverage: CoverageView, names: readonly CommunityNames[]): AtlasRow[] {
	const byCsduid = new Map(names.map((entry) => [entry.csduid, entry]));
	return coverage.communities.flatMap((community) => {
		const named = byCsduid.get(community.csduid);
		if (!named) return [];
		const values = {} as Record<MapMetricId, AtlasValue>;
		for (const metric of MAP_METRICS) values[metric] = community.metrics[metric] as AtlasValue;
		return [
			{
				csduid: community.csduid,
				name: named.name,
				service_id: community.police_service_id,
				service_name: named.service_name,
				service_kind: named.service_kind,
				opp_region: named.opp_region,
				population: community.population,
				children: community.children,
				level: community.level,
				project_p: community.project_p_recommended,
				values
			}
		];
	});
}
