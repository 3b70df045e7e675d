/**
 * The catalogue of gap reasons: each code's values (with their unit and the caseload counts they rest
 * on) and its English and French sentence. A sentence quotes every value it is given, formatted by
 * format.ts, so "why is this community flagged?" is answered with the numbers that triggered it.
 * Which rule emits which code, and at what severity, is in gap-rules.ts.
 */
import { formatDisclosed, type DisclosureMarker, type Locale, type NumberUnit } from '../../format';
import type { CountKey, Severity } from './types';

/**
 * How disclosure control treats a value (domain.md §9): `count` is suppressed ("<5") when that caseload
 * count is 1–4; `rate_on` is withheld when any of those counts is 1–4; absent: never controlled.
 */
export type ValueDisclosure = { count: CountKey } | { rate_on: readonly CountKey[] };

export interface ValueSpec {
	unit: NumberUnit;
	disclosure?: ValueDisclosure;
}

/** The values each reason code carries. */
export interface ReasonValueKeys {
	no_local_ice_unit: 'service_children' | 'children_threshold' | 'referrals_annualised';
	referral_load: 'referrals_per_investigator' | 'threshold_multiplier' | 'provincial_median';
	referrals_without_investigator: 'referrals_annualised';
	backlog_growth: 'quarters_growing' | 'quarters_threshold' | 'open_backlog_start' | 'open_backlog';
	forensic_backlog: 'backlog_per_examiner' | 'forensic_backlog_devices' | 'forensic_examiners_fte' | 'devices_threshold';
	forensic_backlog_without_examiner: 'forensic_backlog_devices';
	far_from_ice_unit: 'distance_km' | 'distance_threshold_km';
	fly_in_community: 'distance_km';
	no_ice_unit_in_province: never;
	low_investigator_capacity: 'investigators_per_10k_children' | 'percentile' | 'percentile_value';
}
export type ReasonCode = keyof ReasonValueKeys;

type Texts<K extends string> = (text: Readonly<Record<K, string>>) => string;

interface ReasonSpec<K extends string> {
	title: { en: string; fr: string };
	values: Readonly<Record<K, ValueSpec>>;
	en: Texts<K>;
	fr: Texts<K>;
}

const REFERRAL_RATE: ValueSpec = { unit: 'ratio', disclosure: { rate_on: ['referrals_trailing'] } };
const ANNUAL_REFERRALS: ValueSpec = { unit: 'count', disclosure: { count: 'referrals_trailing' } };

export const REASONS: { readonly [C in ReasonCode]: ReasonSpec<ReasonValueKeys[C]> } = {
	no_local_ice_unit: {
		title: { en: 'No local ICE unit', fr: 'Aucune unité EEI locale' },
		values: {
			service_children: { unit: 'count' },
			children_threshold: { unit: 'count' },
			referrals_annualised: ANNUAL_REFERRALS
		},
		en: (v) =>
			`No local ICE unit, while the police service covers an estimated ${v.service_children} children (threshold: ${v.children_threshold}); referrals over the last four quarters (annualised): ${v.referrals_annualised}.`,
		fr: (v) =>
			`Aucune unité EEI locale, alors que le service de police dessert environ ${v.service_children} enfants (seuil : ${v.children_threshold}); renvois au cours des quatre derniers trimestres (en rythme annuel) : ${v.referrals_annualised}.`
	},
	referral_load: {
		title: { en: 'High referral load', fr: 'Charge de renvois élevée' },
		values: {
			referrals_per_investigator: REFERRAL_RATE,
			threshold_multiplier: { unit: 'multiplier' },
			provincial_median: { unit: 'ratio' }
		},
		en: (v) =>
			`${v.referrals_per_investigator} referrals per ICE investigator over the last four quarters (annualised), more than ${v.threshold_multiplier} the provincial median of ${v.provincial_median}.`,
		fr: (v) =>
			`${v.referrals_per_investigator} renvois par enquêteur EEI au cours des quatre derniers trimestres (en rythme annuel), soit plus de ${v.threshold_multiplier} la médiane provinciale de ${v.provincial_median}.`
	},
	referrals_without_investigator: {
		title: { en: 'Referrals and no investigator', fr: 'Renvois sans enquêteur' },
		values: { referrals_annualised: ANNUAL_REFERRALS },
		en: (v) =>
			`Referrals over the last four quarters (annualised): ${v.referrals_annualised}, and no ICE investigator to take them.`,
		fr: (v) =>
			`Renvois au cours des quatre derniers trimestres (en rythme annuel) : ${v.referrals_annualised}, et aucun enquêteur EEI pour les traiter.`
	},
	backlog_growth: {
		title: { en: 'Growing open backlog', fr: 'Arriéré en hausse' },
		values: {
			quarters_growing: { unit: 'count' },
			quarters_threshold: { unit: 'count' },
			open_backlog_start: { unit: 'count', disclosure: { count: 'open_backlog_growth_start' } },
			open_backlog: { unit: 'count', disclosure: { count: 'open_backlog' } }
		},
		en: (v) =>
			`The open backlog grew for ${v.quarters_growing} consecutive quarters (threshold: ${v.quarters_threshold}), from ${v.open_backlog_start} to ${v.open_backlog} files.`,
		fr: (v) =>
			`L’arriéré de dossiers ouverts a augmenté pendant ${v.quarters_growing} trimestres consécutifs (seuil : ${v.quarters_threshold}), passant de ${v.open_backlog_start} à ${v.open_backlog} dossiers.`
	},
	forensic_backlog: {
		title: { en: 'Forensic backlog', fr: 'Arriéré en criminalistique' },
		values: {
			backlog_per_examiner: { unit: 'ratio' },
			forensic_backlog_devices: { unit: 'count' },
			forensic_examiners_fte: { unit: 'fte' },
			devices_threshold: { unit: 'count' }
		},
		en: (v) =>
			`${v.backlog_per_examiner} devices awaiting forensic examination per examiner (${v.forensic_backlog_devices} devices, ${v.forensic_examiners_fte} examiner FTE), more than the threshold of ${v.devices_threshold}.`,
		fr: (v) =>
			`${v.backlog_per_examiner} appareils en attente d’examen judiciaire par examinateur (${v.forensic_backlog_devices} appareils, ${v.forensic_examiners_fte} ETP d’examinateur), soit plus que le seuil de ${v.devices_threshold}.`
	},
	forensic_backlog_without_examiner: {
		title: { en: 'Forensic backlog and no examiner', fr: 'Arriéré sans examinateur' },
		values: { forensic_backlog_devices: { unit: 'count' } },
		en: (v) =>
			`Devices awaiting forensic examination: ${v.forensic_backlog_devices}, and the service has no digital forensic examiner of its own.`,
		fr: (v) =>
			`Appareils en attente d’examen judiciaire : ${v.forensic_backlog_devices}, et le service n’a aucun examinateur en criminalistique numérique.`
	},
	far_from_ice_unit: {
		title: { en: 'Far from an ICE unit', fr: 'Loin d’une unité EEI' },
		values: { distance_km: { unit: 'km' }, distance_threshold_km: { unit: 'km' } },
		en: (v) => `The nearest ICE unit is ${v.distance_km} away, farther than the threshold of ${v.distance_threshold_km}.`,
		fr: (v) => `L’unité EEI la plus proche se trouve à ${v.distance_km}, au-delà du seuil de ${v.distance_threshold_km}.`
	},
	fly_in_community: {
		title: { en: 'Fly-in community', fr: 'Collectivité accessible par avion' },
		values: { distance_km: { unit: 'km' } },
		en: (v) => `Fly-in community with no year-round road access; the nearest ICE unit is ${v.distance_km} away.`,
		fr: (v) =>
			`Collectivité accessible seulement par avion, sans route praticable toute l’année; l’unité EEI la plus proche se trouve à ${v.distance_km}.`
	},
	no_ice_unit_in_province: {
		title: { en: 'No ICE unit in the province', fr: 'Aucune unité EEI dans la province' },
		values: {},
		en: () => 'No police service in the province reports an ICE unit this quarter.',
		fr: () => 'Aucun service de police de la province ne déclare d’unité EEI pour ce trimestre.'
	},
	low_investigator_capacity: {
		title: { en: 'Low ICE capacity for children', fr: 'Faible capacité EEI pour les enfants' },
		values: {
			investigators_per_10k_children: { unit: 'per_10k_children' },
			percentile: { unit: 'ordinal' },
			percentile_value: { unit: 'per_10k_children' }
		},
		en: (v) =>
			`ICE capacity of ${v.investigators_per_10k_children} investigators per 10,000 children, below the ${v.percentile} provincial percentile (${v.percentile_value}).`,
		fr: (v) =>
			`Capacité EEI de ${v.investigators_per_10k_children} ETP d’enquêteur pour 10 000 enfants, sous le ${v.percentile} centile provincial (${v.percentile_value}).`
	}
};

/** A value as quoted: a number, or after disclosure control a "<5" or "withheld" marker. */
export type ReasonValue = number | DisclosureMarker;

/** One reason a community or service is flagged. `values` holds exactly the numbers its messages quote. */
export type GapReason<V extends ReasonValue = number> = {
	[C in ReasonCode]: {
		code: C;
		severity: Severity;
		values: Readonly<Record<ReasonValueKeys[C], V>>;
		message_en: string;
		message_fr: string;
	};
}[ReasonCode];

/** The text a value takes in a message (also what a test looks for in it). */
export function quotedValue(code: ReasonCode, key: string, value: ReasonValue, locale: Locale): string {
	const specs: Readonly<Record<string, ValueSpec>> = REASONS[code].values;
	const spec = specs[key];
	if (!spec) throw new Error(`Reason ${code} has no value ${key}`);
	return formatDisclosed(value, spec.unit, locale);
}

function build(code: ReasonCode, severity: Severity, values: Readonly<Record<string, ReasonValue>>) {
	const specs: Readonly<Record<string, ValueSpec>> = REASONS[code].values;
	const text = (locale: Locale) => {
		const quoted: Record<string, string> = {};
		for (const [key, spec] of Object.entries(specs)) quoted[key] = formatDisclosed(values[key], spec.unit, locale);
		return quoted;
	};
	const messages: { en: Texts<string>; fr: Texts<string> } = REASONS[code];
	return { code, severity, values, message_en: messages.en(text('en')), message_fr: messages.fr(text('fr')) };
}

/** Builds a reason with both messages from its values. */
export function makeReason<C extends ReasonCode, V extends ReasonValue>(
	code: C,
	severity: Severity,
	values: Readonly<Record<ReasonValueKeys[C], V>>
): GapReason<V> {
	return build(code, severity, values) as GapReason<V>;
}

/** The same reason with some values replaced (disclosure markers) and its messages rebuilt to match. */
export function mapReasonValues(
	reason: GapReason,
	map: (value: number, spec: ValueSpec) => ReasonValue
): GapReason<ReasonValue> {
	const specs: Readonly<Record<string, ValueSpec>> = REASONS[reason.code].values;
	const values: Record<string, ReasonValue> = {};
	let changed = false;
	for (const [key, value] of Object.entries(reason.values)) {
		const spec = specs[key];
		values[key] = spec ? map(value, spec) : value;
		changed ||= values[key] !== value;
	}
	return changed ? (build(reason.code, reason.severity, values) as GapReason<ReasonValue>) : reason;
}
