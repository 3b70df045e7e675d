/**
 * The coverage engine (issue 3): pure functions from stored inputs to metrics, gap reasons, levels,
 * Project P flags, baselines and rankings. Server code and the browser (live what-if) both import it.
 */
export { computeCoverage } from './compute-coverage';
export { discloseCoverage, NOBODY_CLEARED, SUPPRESSED, WITHHELD } from './disclosure';
export { publishCoverage, narrowPublished, STAND_IN, CASELOAD_FIELDS, type PublishedCoverage } from './public-data';
export type {
	Clearance,
	CommunityCoverageView,
	CoverageView,
	DisclosedNumber,
	ServiceCoverageView
} from './disclosure';
export { levelRank } from './levels';
/** The gap levels in order (vocabulary.ts), under the name the map controls use. */
export { GAP_LEVELS as LEVELS } from '../vocabulary';
export { latestPeriod } from './quarter-history';
export { REASONS, type GapReason, type ReasonCode, type ReasonValue } from './reasons';
export {
	DEFAULT_THRESHOLDS,
	THRESHOLD_FIELDS,
	parseThresholds,
	type CoverageThresholds,
	type ThresholdField
} from './thresholds';
export type * from './types';
export { LEVEL_MATRIX } from './gap-rules';
