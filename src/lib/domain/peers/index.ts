/**
 * Peer comparison (issue 8): most similar groups, groupings by kind and OPP region, weighted group
 * averages, rankings and percentiles. Pure; server code and components import it.
 */
export { AVERAGE_WEIGHTS, MIN_AVERAGE_MEMBERS, weightedAverage, type WeightBasis } from './averages';
export { COMPARED_METRICS, compareMetric, hasNoUnit, isRankedMetric, NOT_AVERAGED, compareMetrics, metricTrends, type QuarterSnapshots } from './comparison';
export { comparisonCsv, type ComparisonCsvInput } from './comparison-csv';
export {
	discloseFeatures,
	featureVector,
	PEER_FEATURES,
	type DisclosedFeatures,
	type FeatureWeights,
	type PeerFeature,
	type PeerFeatureId,
	type PeerFeatureUnit
} from './features';
export { peerBasis, type FeatureStatus, type FeatureUse, type LeftOut, type PeerBasis } from './basis';
export { groupsByKind, groupsByRegion, peerGroup } from './groupings';
export { DEFAULT_K, mostSimilar, rankBySimilarity } from './most-similar';
export { buildProfiles, centreDistances, LARGE_CENTRE_POPULATION, type ProfileCommunity, type ProfileService } from './profiles';
export { percentileOf, rankValues } from './ranking';
export {
	differenceTone,
	MAX_SIDE_BY_SIDE,
	NOTABLE_DIFFERENCE,
	parseServiceIds,
	relativeTo,
	sideBySide,
	type DifferenceTone,
	type IdsProblem,
	type SideBySideCell,
	type SideBySideRow
} from './side-by-side';
export { buildSnapshots } from './snapshots';
export { ASSISTING_SUFFIX, oppTeams, splitOppIntoTeams, withoutTeamFunding } from './regional-teams';
export { standardise } from './standardise';
export type * from './types';
export { GROUP_BASES } from './types';
export { readGroupParams, type GroupParams } from './params';
export { serviceComparison, type PeerView, type ServiceComparisonInput, type ServiceComparisonView } from './view';
