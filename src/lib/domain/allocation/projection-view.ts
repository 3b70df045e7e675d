/**
 * A scenario's projection (coverage-projection.ts) joined to community and service names, ready for the map of
 * changes and the list beside it: every community with its level before and after, and the changes in order.
 */
import type { CoverageProjection } from './coverage-projection';
import type { Level } from '../vocabulary';

export type ProjectedCommunity = {
	csduid: string;
	name: string;
	service_id: string;
	service_name: string;
	before: Level;
	after: Level;
	children: number | null;
};

export type ProjectionView = {
	/** Every community, in the order given. */
	communities: ProjectedCommunity[];
	/** The communities whose level changes, in the projection's order (improvements, most children first). */
	changes: ProjectedCommunity[];
	improved: number;
	worse: number;
	gaps_closed: number;
	children_in_closed_gaps: number;
	/** Names of funded services that could not be projected (no report for the quarter). */
	not_projected: string[];
};

export type CommunityName = { csduid: string; name: string; service_id: string; service_name: string };

export function projectionView(
	projection: CoverageProjection,
	levelsBefore: ReadonlyMap<string, { level: Level; children: number | null }>,
	names: readonly CommunityName[],
	serviceNames: Readonly<Record<string, string>>
): ProjectionView {
	const communities = names.flatMap((community): ProjectedCommunity[] => {
		const before = levelsBefore.get(community.csduid);
		if (!before) return [];
		const after = projection.levels_after[community.csduid] ?? before.level;
		return [{ ...community, before: before.level, after, children: before.children }];
	});
	const byId = new Map(communities.map((community) => [community.csduid, community]));
	return {
		communities,
		changes: projection.changes.flatMap((change) => byId.get(change.csduid) ?? []),
		improved: projection.improved,
		worse: projection.worse,
		gaps_closed: projection.gaps_closed,
		children_in_closed_gaps: projection.children_in_closed_gaps,
		not_projected: projection.not_projected.map((id) => serviceNames[id] ?? id)
	};
}
