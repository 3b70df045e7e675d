/**
 * The one configuration of gap-rule thresholds (issue 3, deliverable 3). Plain numbers, so it is stored as
 * JSON in PostgreSQL and edited by planners; `parseThresholds` checks an edit and names the field of every
 * error in English and French. The defaults are policy choices, not findings: no public standard sets
 * ICE caseloads or staffing (domain.md §6), so each default says why it was picked.
 */
import * as v from 'valibot';
import { formatNumber } from '../../format';
import type { MetricId } from '../../metrics';
import type { FieldError, Validation } from '../result';
import type { Locale } from '../locale';

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
	label: Record<Locale, string>;
	min: number;
	max: number;
	integer: boolean;
	/** The metric the threshold is compared with, for drawing it on charts; null when none. */
	metric: MetricId | null;
}

/** Labels and bounds of each field: what the planner's form shows and what the schema enforces. */
export const THRESHOLD_FIELDS: { readonly [F in ThresholdField]: FieldSpec } = {
	referrals_stretched_per_investigator: {
		label: {
			en: 'Responder stretched above (referrals per investigator a year)',
			fr: 'Répondant sous tension au-delà de (renvois par enquêteur par année)'
		},
		min: 1,
		max: 100_000,
		integer: false,
		metric: 'referrals_per_investigator'
	},
	referrals_overloaded_per_investigator: {
		label: {
			en: 'Responder overloaded above (referrals per investigator a year)',
			fr: 'Répondant surchargé au-delà de (renvois par enquêteur par année)'
		},
		min: 1,
		max: 100_000,
		integer: false,
		metric: 'referrals_per_investigator'
	},
	backlog_growth_quarters: {
		label: { en: 'Consecutive quarters of backlog growth', fr: 'Trimestres consécutifs de hausse de l’arriéré' },
		min: 1,
		max: 20,
		integer: true,
		metric: 'open_backlog'
	},
	forensic_devices_per_examiner: {
		label: { en: 'Devices awaiting examination per examiner', fr: 'Appareils en attente d’examen par examinateur' },
		min: 0,
		max: 100_000,
		integer: false,
		metric: 'forensic_backlog_per_examiner'
	},
	distance_km: {
		label: { en: 'Distance to the responder’s nearest base (km)', fr: 'Distance jusqu’à la base la plus proche du répondant (km)' },
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

/** `field` is a threshold name, an unknown key the edit contained, or '' for the edit as a whole; always in both languages. */
export type ThresholdError = Required<FieldError>;
export type ThresholdValidation = Validation<CoverageThresholds, ThresholdError>;

function isThresholdField(key: string): key is ThresholdField {
	return Object.hasOwn(THRESHOLD_FIELDS, key);
}

function describe(issue: v.BaseIssue<unknown>, field: string, locale: Locale): string {
	const fr = locale === 'fr';
	const name = isThresholdField(field) ? THRESHOLD_FIELDS[field].label[locale] : field;
	const limit = typeof issue.requirement === 'number' ? formatNumber(issue.requirement, locale, 6) : '';
	if (field === '') return fr ? 'Les seuils doivent former un objet.' : 'The thresholds must be an object.';
	if (!isThresholdField(field)) return fr ? `« ${field} » n’est pas un seuil.` : `“${field}” is not a threshold.`;
	if (issue.input === undefined) return fr ? `${name} : valeur obligatoire.` : `${name}: a value is required.`;
	switch (issue.type) {
		case 'integer':
			return fr ? `${name} : un nombre entier est attendu.` : `${name}: must be a whole number.`;
		case 'min_value':
			return fr ? `${name} : au moins ${limit}.` : `${name}: must be at least ${limit}.`;
		case 'max_value':
			return fr ? `${name} : au plus ${limit}.` : `${name}: must be at most ${limit}.`;
		case 'check':
			return fr
				? `${name} : doit être supérieur ou égal au seuil « sous tension ».`
				: `${name}: must be at least the “stretched” threshold.`;
		default:
			return fr ? `${name} : un nombre est attendu.` : `${name}: must be a number.`;
	}
}

/** Checks a planner's edit (a whole configuration, e.g. parsed from JSON). */
export function parseThresholds(input: unknown): ThresholdValidation {
	const result = v.safeParse(thresholdsSchema, input);
	if (result.success) return { ok: true, value: result.output };
	const errors = result.issues.map((issue) => {
		const key = issue.path?.[0]?.key;
		const field = typeof key === 'string' ? key : '';
		return { field, message: describe(issue, field, 'en'), message_fr: describe(issue, field, 'fr') };
	});
	return { ok: false, errors };
}
