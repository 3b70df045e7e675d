/**
 * The one configuration of gap-rule thresholds (issue 3, deliverable 3). Plain numbers, so it is stored as
 * JSON in PostgreSQL and edited by planners; `parseThresholds` checks an edit and names the field of every
 * error in English and French. The defaults are policy choices, not findings: no public standard sets
 * ICE caseloads or staffing (domain.md §6), so each default says why it was picked.
 */
import * as v from 'valibot';
import { formatNumber, type Locale } from '../../format';
import type { MetricId } from '../../metrics';

export interface CoverageThresholds {
	/** A service with more children (0–17) than this and no ICE unit is a gap. */
	no_unit_children: number;
	/** k: referrals per investigator above k × the provincial median is `watch`. */
	referral_watch_multiplier: number;
	/** m: above m × the provincial median is `gap` (m ≥ k). */
	referral_gap_multiplier: number;
	/** N: open backlog growing N consecutive quarters is `watch`; 2N quarters is `gap`. */
	backlog_growth_quarters: number;
	/** X: devices awaiting examination per forensic examiner above X is `gap`. */
	forensic_devices_per_examiner: number;
	/** D: nearest ICE unit farther than D km is `gap` (fly-in communities always are). */
	distance_km: number;
	/** p: investigators per 10,000 children below the p-th percentile of services with a unit is `watch`. */
	capacity_percentile: number;
}
export type ThresholdField = keyof CoverageThresholds;

export const DEFAULT_THRESHOLDS: Readonly<CoverageThresholds> = Object.freeze({
	// ≈ 10,000 children is a population of about 50,000 (children ≈ 19–20 %, domain.md §3): the size of the
	// smaller municipal services that run specialised units.
	no_unit_children: 10_000,
	// 1.5 × and 2 × the median: the usual "well above" and "double" marks of caseload comparisons.
	referral_watch_multiplier: 1.5,
	referral_gap_multiplier: 2,
	// Four quarters: a full year of growth is a trend, not a seasonal swing.
	backlog_growth_quarters: 4,
	// 50 devices: several months of work for one examiner at a few devices a week.
	forensic_devices_per_examiner: 50,
	// 150 km: the remoteness class boundary for "remote" (metrics.ts REMOTENESS_KM).
	distance_km: 150,
	// Bottom quartile of services with a unit.
	capacity_percentile: 25
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
	no_unit_children: {
		label: { en: 'Children above which a service needs its own ICE unit', fr: 'Nombre d’enfants au-delà duquel un service a besoin de sa propre unité EEI' },
		min: 0,
		max: 10_000_000,
		integer: true,
		metric: null
	},
	referral_watch_multiplier: {
		label: { en: 'Referral load: watch above (× provincial median)', fr: 'Charge de renvois : surveillance au-delà de (× médiane provinciale)' },
		min: 1,
		max: 20,
		integer: false,
		metric: 'referrals_per_investigator'
	},
	referral_gap_multiplier: {
		label: { en: 'Referral load: gap above (× provincial median)', fr: 'Charge de renvois : lacune au-delà de (× médiane provinciale)' },
		min: 1,
		max: 20,
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
		label: { en: 'Distance to the nearest ICE unit (km)', fr: 'Distance jusqu’à l’unité EEI la plus proche (km)' },
		min: 0,
		max: 5_000,
		integer: false,
		metric: 'distance_to_ice_unit_km'
	},
	capacity_percentile: {
		label: { en: 'Percentile of investigators per 10,000 children', fr: 'Centile des enquêteurs pour 10 000 enfants' },
		min: 1,
		max: 99,
		integer: false,
		metric: 'investigators_per_10k_children'
	}
};

function fieldSchema(spec: FieldSpec) {
	const number = v.pipe(v.number(), v.finite());
	const whole = spec.integer ? v.pipe(number, v.integer()) : number;
	return v.pipe(whole, v.minValue(spec.min), v.maxValue(spec.max));
}

export const thresholdsSchema = v.pipe(
	v.strictObject({
		no_unit_children: fieldSchema(THRESHOLD_FIELDS.no_unit_children),
		referral_watch_multiplier: fieldSchema(THRESHOLD_FIELDS.referral_watch_multiplier),
		referral_gap_multiplier: fieldSchema(THRESHOLD_FIELDS.referral_gap_multiplier),
		backlog_growth_quarters: fieldSchema(THRESHOLD_FIELDS.backlog_growth_quarters),
		forensic_devices_per_examiner: fieldSchema(THRESHOLD_FIELDS.forensic_devices_per_examiner),
		distance_km: fieldSchema(THRESHOLD_FIELDS.distance_km),
		capacity_percentile: fieldSchema(THRESHOLD_FIELDS.capacity_percentile)
	}),
	v.forward(
		v.check((t) => t.referral_gap_multiplier >= t.referral_watch_multiplier, 'gap_below_watch'),
		['referral_gap_multiplier']
	)
);

/** `field` is a threshold name, an unknown key the edit contained, or '' for the edit as a whole. */
export interface ThresholdError {
	field: string;
	message: string;
	message_fr: string;
}
export type ThresholdValidation = { ok: true; value: CoverageThresholds } | { ok: false; errors: ThresholdError[] };

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
				? `${name} : doit être supérieur ou égal au seuil de surveillance.`
				: `${name}: must be at least the watch multiplier.`;
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
