/**
 * The ranked list of flagged communities: the engine's order (severity, then
 * access, then the responder's load), joined to names for people. Pure: the
 * page and the CSV export build the same rows from the same disclosed view.
 */
import type { CoverageView } from '$lib/domain/coverage';
import { GAP_LEVELS as LEVELS, type Level, type ProjectPBasis, type ServiceKind } from '$lib/domain/vocabulary';
import { shownReasons, type ShownReason } from '$lib/domain/coverage/shown-reason';
import type { Locale } from '$lib/domain/locale';
import { namedCommunity, type CommunityNames } from '$lib/domain/community-names';

/** Every community lies in an OPP region (the coverage inputs refuse one that does not). */
export interface GapNames extends CommunityNames {
	opp_region: string;
}

export interface GapRow {
	/** Position among all flagged communities, before any filter. */
	rank: number;
	csduid: string;
	name: string;
	service_id: string;
	service_name: string;
	service_kind: ServiceKind;
	opp_region: string;
	level: Level;
	children: number | null;
	distance_km: number | null;
	project_p: boolean;
	project_p_basis: ProjectPBasis | null;
	/** In the reader's language; codes stay for machines. */
	reasons: ShownReason[];
}

export function rankedGapRows(view: CoverageView, names: readonly GapNames[], locale: Locale): GapRow[] {
	const coverageOf = new Map(view.communities.map((community) => [community.csduid, community]));
	const nameOf = new Map(names.map((entry) => [entry.csduid, entry]));
	return view.ranked.communities.flatMap((ranked, index) => {
		const community = coverageOf.get(ranked.csduid);
		const named = nameOf.get(ranked.csduid);
		if (!community || !named) return [];
		return [
			{
				rank: index + 1,
				...namedCommunity(community, named),
				level: community.level,
				children: community.children,
				distance_km: ranked.distance_km,
				project_p: community.project_p_recommended,
				project_p_basis: community.project_p_basis,
				reasons: shownReasons(community.reasons, locale)
			}
		];
	});
}

/** How many rows reach each level. */
export function levelCounts(rows: readonly Pick<GapRow, 'level'>[]): Record<Level, number> {
	const counts = Object.fromEntries(LEVELS.map((level) => [level, 0])) as Record<Level, number>;
	for (const row of rows) counts[row.level] += 1;
	return counts;
}
