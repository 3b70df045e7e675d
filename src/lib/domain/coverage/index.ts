/**
 * The coverage engine (issue 3): pure functions from stored inputs to metrics, gap reasons, levels,
 * Project P flags, baselines and rankings. Server code and the browser (live what-if) both import it.
 */
export { computeCoverage } from './compute-coverage';
export { discloseCoverage, NOBODY_CLEARED, SUPPRESSED, WITHHELD, isSmallCount } from './disclosure';
export { publishCoverage, narrowPublished, publicQuarters, STAND_IN, CASELOAD_FIELDS, type PublishedCoverage } from './public-data';
export type {
	Clearance,
	CommunityCoverageView,
	CoverageView,
	DisclosedNumber,
	ServiceCoverageView,
	Suppressed,
	Withheld
} from './disclosure';
export { haversineKm, nearestIceUnits, EARTH_RADIUS_KM } from './distance';
export { LEVEL_LABELS, LEVELS, levelOf, levelRank } from './levels';
export { latestPeriod } from './quarter-history';
export { projectPBasis } from './project-p';
export { REASONS, type GapReason, type ReasonCode, type ReasonValue } from './reasons';
export { REMOTENESS_CLASSES, REMOTENESS_LABELS, remotenessClass } from './remoteness';
export {
	DEFAULT_THRESHOLDS,
	THRESHOLD_FIELDS,
	parseThresholds,
	thresholdsSchema,
	type CoverageThresholds,
	type ThresholdError,
	type ThresholdField
} from './thresholds';
export type * from './types';
export { LEVEL_MATRIX, levelFor } from './gap-rules';
