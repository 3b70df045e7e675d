/**
 * Peer comparison (issue 8): most similar groups, groupings by kind and OPP region, weighted group
 * averages, rankings and percentiles. Pure; server code and components import it.
 */
export { AVERAGE_WEIGHTS } from './averages';
export { COMPARED_METRICS, type QuarterSnapshots } from './comparison';
export { comparisonCsv } from './comparison-csv';
export { discloseFeatures, PEER_FEATURES, type DisclosedFeatures, type PeerFeatureId, type PeerFeatureUnit } from './features';
export { DEFAULT_K } from './most-similar';
export { buildProfiles, type ProfileCommunity } from './profiles';
export {
	differenceTone,
	MAX_SIDE_BY_SIDE,
	parseServiceIds,
	relativeTo,
	sideBySide,
	type IdsProblem,
	type SideBySideRow
} from './side-by-side';
export { buildSnapshots } from './snapshots';
export { oppTeams, splitOppIntoTeams, withoutTeamFunding } from './regional-teams';
export type * from './types';
export { GROUP_BASES } from './types';
export { readGroupParams } from './params';
export { serviceComparison, type ServiceComparisonView } from './view';
