/**
 * The one configuration of gap-rule thresholds (issue 3, deliverable 3). Plain numbers, so it is stored as
 * JSON in PostgreSQL and edited by planners; `parseThresholds` checks an edit and names the field and the
 * problem of every error as codes (i18n/threshold-errors.ts writes them in English and French). The defaults are policy choices, not findings: no public standard sets
 * ICE caseloads or staffing (domain.md §6), so each default says why it was picked.
 */
import * as v from 'valibot';
import type { MetricId } from '../../metrics';
import type { Result } from '../result';

export interface CoverageThresholds {
	/** A responder answering more referrals per investigator than this (last four quarters, annualised) is stretched. */
	referrals_stretched_per_investigator: number;
	/** … and above this, overloaded (≥ the stretched threshold). */
	referrals_overloaded_per_investigator: number;
	/** N: a responder whose open backlog grew N consecutive quarters is stretched; 2N quarters, overloaded. */
	backlog_growth_quarters: number;
	/** X: a responder with more devices awaiting examination per forensic examiner than X is stretched. */
	forensic_devices_per_examiner: number;
	/** D: a community farther than D km by road from its responder's nearest base has `far` access. */
	distance_km: number;
}
export type ThresholdField = keyof CoverageThresholds;

export const DEFAULT_THRESHOLDS: Readonly<CoverageThresholds> = Object.freeze({
	// About 1.3 × and 1.7 × the median load of Ontario's units (≈ 90 referrals per investigator a year in the
	// illustrative data). The only public anchors: Peel's ten-person unit with 920 reports in 2024 and
	// Niagara's three detectives with 324 referrals in 2021 (domain.md §6), both above 100.
	referrals_stretched_per_investigator: 120,
	referrals_overloaded_per_investigator: 150,
	// Four quarters: a full year of growth is a trend, not a seasonal swing.
	backlog_growth_quarters: 4,
	// 50 devices: several months of work for one examiner at a few devices a week.
	forensic_devices_per_examiner: 50,
	// 250 km in a straight line is about 325 km of road: a responder leaving its base cannot attend and return
	// the same working day. Regional OPP teams are measured from their headquarters, the only base on record.
	distance_km: 250
});

interface FieldSpec {
	min: number;
	max: number;
	integer: boolean;
	/** The metric the threshold is compared with, for drawing it on charts; null when none. */
	metric: MetricId | null;
}

/** Bounds of each field: what the planner's form shows and what the schema enforces (labels: the dictionary's `coverage.thresholds.fields`). */
export const THRESHOLD_FIELDS: { readonly [F in ThresholdField]: FieldSpec } = {
	referrals_stretched_per_investigator: {
		min: 1,
		max: 100_000,
		integer: false,
		metric: 'referrals_per_investigator'
	},
	referrals_overloaded_per_investigator: {
		min: 1,
		max: 100_000,
		integer: false,
		metric: 'referrals_per_investigator'
	},
	backlog_growth_quarters: {
		min: 1,
		max: 20,
		integer: true,
		metric: 'open_backlog'
	},
	forensic_devices_per_examiner: {
		min: 0,
		max: 100_000,
		integer: false,
		metric: 'forensic_backlog_per_examiner'
	},
	distance_km: {
		min: 0,
		max: 5_000,
		integer: false,
		metric: 'distance_to_ice_unit_km'
	}
};

function fieldSchema(spec: FieldSpec) {
	const number = v.pipe(v.number(), v.finite());
	const whole = spec.integer ? v.pipe(number, v.integer()) : number;
	return v.pipe(whole, v.minValue(spec.min), v.maxValue(spec.max));
}

export const thresholdsSchema = v.pipe(
	v.strictObject({
		referrals_stretched_per_investigator: fieldSchema(THRESHOLD_FIELDS.referrals_stretched_per_investigator),
		referrals_overloaded_per_investigator: fieldSchema(THRESHOLD_FIELDS.referrals_overloaded_per_investigator),
		backlog_growth_quarters: fieldSchema(THRESHOLD_FIELDS.backlog_growth_quarters),
		forensic_devices_per_examiner: fieldSchema(THRESHOLD_FIELDS.forensic_devices_per_examiner),
		distance_km: fieldSchema(THRESHOLD_FIELDS.distance_km)
	}),
	v.forward(
		v.check((t) => t.referrals_overloaded_per_investigator >= t.referrals_stretched_per_investigator, 'overloaded_below_stretched'),
		['referrals_overloaded_per_investigator']
	)
);

/** What is wrong with a field (or, for `not_object`, with the edit as a whole). */
export type ThresholdProblem = 'not_object' | 'unknown_field' | 'required' | 'integer' | 'min_value' | 'max_value' | 'below_stretched' | 'not_number';

/** `field` is a threshold name, an unknown key the edit contained, or '' for the edit as a whole; `limit` the bound a min/max problem broke. */
export interface ThresholdIssue {
	field: string;
	problem: ThresholdProblem;
	limit?: number;
}
type ThresholdValidation = Result<CoverageThresholds, ThresholdIssue[]>;

function isThresholdField(key: string): key is ThresholdField {
	return Object.hasOwn(THRESHOLD_FIELDS, key);
}

function problemOf(issue: v.BaseIssue<unknown>, field: string): ThresholdProblem {
	if (field === '') return 'not_object';
	if (!isThresholdField(field)) return 'unknown_field';
	if (issue.input === undefined) return 'required';
	switch (issue.type) {
		case 'integer':
		case 'min_value':
		case 'max_value':
			return issue.type;
		case 'check':
			return 'below_stretched';
		default:
			return 'not_number';
	}
}

/** Checks a planner's edit (a whole configuration, e.g. parsed from JSON). */
export function parseThresholds(input: unknown): ThresholdValidation {
	const result = v.safeParse(thresholdsSchema, input);
	if (result.success) return { ok: true, value: result.output };
	const errors = result.issues.map((issue): ThresholdIssue => {
		const key = issue.path?.[0]?.key;
		const field = typeof key === 'string' ? key : '';
		const problem = problemOf(issue, field);
		return typeof issue.requirement === 'number' && (problem === 'min_value' || problem === 'max_value')
			? { field, problem, limit: issue.requirement }
			: { field, problem };
	});
	return { ok: false, errors };
}
