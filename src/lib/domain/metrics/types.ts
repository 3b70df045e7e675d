/**
 * The shape of a metric registry entry: what a metric means (unit, direction, formula; its label and
 * definition are words, in the dictionary's metrics section, keyed by id), what it is computed from and how, which suppressed counts it rests on (disclosure control),
 * how a group average weighs it, and where it appears. Sources: domain.md §5 (measures), §8 (weighted
 * averages), §9 (disclosure control); the entries themselves are in coverage.ts and streams.ts beside
 * this file.
 */
import type { CountKey, ServiceCounts } from '../coverage/types';
import type { AverageWeights } from '../peers/types';
import type { Level, RemotenessClass } from '../vocabulary';

/**
 * per_100k: per 100,000 population · per_10k_children: per 10,000 children aged 0–17 · ratio: a quotient
 * of two quantities · count: a number of things (or of full-time equivalents) · km: great-circle distance ·
 * cents: money in integer cents · cents_per_capita: cents per inhabitant · share: a fraction in [0, 1] ·
 * level: a gap level · boolean: yes/no · class: one of a documented set of categories.
 */
export type MetricUnit =
	| 'per_100k'
	| 'per_10k_children'
	| 'ratio'
	| 'count'
	| 'km'
	| 'cents'
	| 'cents_per_capita'
	| 'share'
	| 'level'
	| 'boolean'
	| 'class';

export type MetricDirection = 'higher_is_better' | 'higher_is_worse' | 'neutral';

/** service: computed per police service (its communities inherit it) · community: per census subdivision. */
export type MetricScope = 'service' | 'community';

/**
 * count: a caseload count under disclosure control (1–4 shown as "<5") · rate_on_counts: withheld when a
 * count it is built on is suppressed · none: not a caseload count (staffing, money, geography).
 */
export type MetricDisclosure = 'count' | 'rate_on_counts' | 'none';

/** Input fields, named as in the engine's input types (domain/coverage/types.ts, domain/streams/types.ts). */
export type MetricInput =
	| 'investigators_fte'
	| 'forensic_examiners_fte'
	| 'forensic_backlog_devices'
	| 'referrals_received'
	| 'investigations_opened'
	| 'investigations_concluded'
	| 'charges_laid'
	| 'victims_identified'
	| 'open_backlog'
	| 'files_referred_project_p'
	| 'amount_cents'
	| 'population'
	| 'children'
	| 'centroid'
	| 'fly_in'
	| 'gap_thresholds'
	// Strategy streams (domain/streams/types.ts).
	| 'grade_7_8_students'
	| 'students_reached'
	| 'teachers_trained'
	| 'ice_staff'
	| 'trained_current'
	| 'registrants'
	| 'verifications_done';

/**
 * A fixed boundary that belongs to the metric's definition (planner-editable gap thresholds live elsewhere).
 * Its name is in the dictionary (`metrics[id].thresholds`, in the same order).
 */
export interface MetricThreshold {
	readonly value: number;
}

/**
 * What the registry publishes about a metric (`GET /api/metrics`, with its words from the dictionary):
 * its meaning, not its machinery.
 */
export interface MetricDefinition {
	readonly id: string;
	readonly unit: MetricUnit;
	readonly direction: MetricDirection;
	/** Plain-text formula, in the input field names. */
	readonly formula: string;
	readonly inputs: readonly MetricInput[];
	readonly scope: MetricScope;
	readonly disclosure: MetricDisclosure;
	/** True when its inputs include figures that may be illustrative (domain.md §11). */
	readonly illustrative_inputs: boolean;
	readonly thresholds?: readonly MetricThreshold[];
}

/** The fields of a definition that are published; the rest of an entry is how the atlas computes and shows it. */
export const PUBLISHED_FIELDS = [
	'id',
	'unit',
	'direction',
	'formula',
	'inputs',
	'scope',
	'disclosure',
	'illustrative_inputs',
	'thresholds'
] as const satisfies readonly (keyof MetricDefinition)[];

/**
 * Where a metric is offered. `map`: its place in the map's metric picker (absent: not a map metric) ·
 * `trend`: a quarterly chart with the provincial quartiles · `compare`: a row of the peer comparison.
 */
export interface MetricAppearance {
	readonly map?: number;
	readonly trend: boolean;
	readonly compare: boolean;
}

/**
 * The weight of a service's value in a group average: the metric's own denominator, so the average is
 * the pooled ratio (peers/averages.ts), or 'equal' for counts (a plain mean).
 */
export type WeightBasis = keyof AverageWeights | 'equal';

/**
 * What a service metric is computed from, for one service and period. Every caseload count is in
 * `counts` (disclosure control judges the metric by the ones it declares in `discloses`); staffing,
 * population and money are not counts of cases and are never suppressed.
 */
export interface ServiceMetricInputs {
	counts: ServiceCounts;
	/** Quarters reported among the four ending with the period (annualisation). */
	trailing_quarters: number;
	investigators_fte: number;
	forensic_examiners_fte: number;
	forensic_backlog_devices: number;
	population: number | null;
	children: number | null;
	/** Strategy funding for the period's fiscal year; null when none is recorded. */
	funding_cents: number | null;
}

/** What a community metric is computed from (the coverage engine works these out; compute-coverage.ts). */
export interface CommunityMetricInputs {
	/** Great-circle distance to the responder's base; null when no unit exists in the province. */
	distance_km: number | null;
	fly_in: boolean;
	level: Level;
	project_p: boolean;
}

interface EntryCommon extends MetricDefinition {
	readonly appears: MetricAppearance;
}

/** A police service's metric: one value per service and period, inherited by its communities. */
export interface ServiceMetricEntry extends EntryCommon {
	readonly scope: 'service';
	/** The caseload counts the value is built on: withheld ("<5" for a count itself) when one is hidden. */
	readonly discloses: readonly CountKey[];
	readonly weight: WeightBasis;
	readonly compute: (inputs: ServiceMetricInputs) => number | null;
}

/** A community's own metric (geography, gap level): no caseload count behind it. */
export interface CommunityMetricEntry extends EntryCommon {
	readonly scope: 'community';
	readonly discloses: readonly [];
	readonly compute: (inputs: CommunityMetricInputs) => number | null | RemotenessClass | Level | boolean;
}

/**
 * A metric of the strategy's other arms (prevention, training, registry): computed from one record of
 * its stream. `discloses` names the record's counts it rests on; none is under small-count suppression
 * today except where the stream's own views say so (streams/views.ts).
 */
export interface StreamMetricEntry<R = never> extends EntryCommon {
	readonly discloses: readonly MetricInput[];
	readonly compute: (record: R) => number | null;
}
