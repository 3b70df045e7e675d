/**
 * Builds the atlas rows (one per community, every map metric already disclosed for the viewer)
 * from a coverage view, the communities' names and the prevention stream's reach shares (issue 10).
 * Pure: the server calls it; tests feed fixtures.
 */
import type { CoverageView } from './coverage';
import { isCoverageMapMetricId, MAP_METRICS, type AtlasRow, type AtlasValue } from './atlas-view';
import type { MapMetricId } from '../metrics';
import { namedCommunity, type CommunityNames } from './community-names';

/**
 * Share of Grade 7–8 students reached per CSDUID in the latest school year (server/streams/prevention.ts
 * `latestReach`). A community without a prevention row has no value: the map's "no data" class.
 * Not under disclosure control (streamMetrics: disclosure 'none').
 */
export type PreventionReach = ReadonlyMap<string, number | null>;

export function toAtlasRows(coverage: CoverageView, names: readonly CommunityNames[], prevention: PreventionReach): AtlasRow[] {
	const byCsduid = new Map(names.map((entry) => [entry.csduid, entry]));
	return coverage.communities.flatMap((community) => {
		const named = byCsduid.get(community.csduid);
		if (!named) return [];
		const values = {} as Record<MapMetricId, AtlasValue>;
		for (const metric of MAP_METRICS) {
			values[metric] = isCoverageMapMetricId(metric) ? (community.metrics[metric] as AtlasValue) : (prevention.get(community.csduid) ?? null);
		}
		return [
			{
				...namedCommunity(community, named),
				population: community.population,
				children: community.children,
				level: community.level,
				project_p: community.project_p_recommended,
				values
			}
		];
	});
}
