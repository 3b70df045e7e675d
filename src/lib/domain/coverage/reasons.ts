/**
 * The catalogue of gap reasons: each code's values (with their unit and the caseload counts they rest
 * on) and its English and French sentence. A sentence quotes every value it is given, formatted by
 * format.ts, so "why is this community flagged?" is answered with the numbers that triggered it.
 * Which rule emits which code, and at what severity, is in gap-rules.ts. Each code's title is in the
 * dictionary (i18n/sections/vocabulary.ts, `reasons`).
 */
import { formatDisclosed, type DisclosureMarker, type NumberUnit } from '../../format';
import type { CountKey, LocalizedName, Severity } from './types';
import type { Locale } from '../locale';

/**
 * How disclosure control treats a value (domain.md §9): `count` is suppressed ("<5") when that caseload
 * count is 1–4; `rate_on` is withheld when any of those counts is 1–4; absent: never controlled. `of`
 * says whose counts: the community's police service (default) or its responder (the unit taking its files).
 */
export type ValueDisclosure = ({ count: CountKey } | { rate_on: readonly CountKey[] }) & { of?: 'service' | 'responder' };

export interface ValueSpec {
	unit: NumberUnit;
	disclosure?: ValueDisclosure;
}

/** The values each reason code carries. */
export interface ReasonValueKeys {
	responder_load: 'referrals_per_investigator' | 'threshold';
	responder_without_investigators: 'referrals_answered';
	responder_backlog_growth: 'quarters_growing' | 'quarters_threshold' | 'open_backlog_start' | 'open_backlog';
	responder_forensic_backlog: 'backlog_per_examiner' | 'forensic_backlog_devices' | 'forensic_examiners_fte' | 'devices_threshold';
	responder_forensic_without_examiner: 'forensic_backlog_devices';
	responder_not_reported: never;
	assisted_by_opp: 'service_referrals';
	far_from_base: 'distance_km' | 'distance_threshold_km';
	fly_in_community: 'distance_km';
}
export type ReasonCode = keyof ReasonValueKeys;

/** The names a reason's sentences quote: the responder, its base, and the community's service. */
export type ReasonNameKey = 'responder' | 'base' | 'service';
export type ReasonNames = Partial<Readonly<Record<ReasonNameKey, LocalizedName>>>;

type Texts<K extends string> = (text: Readonly<Record<K, string>>, names: Readonly<Record<ReasonNameKey, string>>) => string;

interface ReasonSpec<K extends string> {
	values: Readonly<Record<K, ValueSpec>>;
	en: Texts<K>;
	fr: Texts<K>;
}

const RESPONDER_RATE: ValueSpec = { unit: 'ratio', disclosure: { rate_on: ['referrals_trailing'], of: 'responder' } };

export const REASONS: { readonly [C in ReasonCode]: ReasonSpec<ReasonValueKeys[C]> } = {
	responder_load: {
		values: { referrals_per_investigator: RESPONDER_RATE, threshold: { unit: 'ratio' } },
		en: (v, n) =>
			`${n.responder}: ${v.referrals_per_investigator} referrals per ICE investigator over the last four quarters (annualised), for every community it answers for; threshold ${v.threshold}.`,
		fr: (v, n) =>
			`${n.responder} : ${v.referrals_per_investigator} renvois par enquêteur EEI au cours des quatre derniers trimestres (en rythme annuel), pour toutes les collectivités qu’elle dessert; seuil : ${v.threshold}.`
	},
	responder_without_investigators: {
		values: { referrals_answered: { unit: 'count', disclosure: { count: 'referrals_trailing', of: 'responder' } } },
		en: (v, n) =>
			`${n.responder}: no ICE investigator this quarter; referrals over the last four quarters (annualised): ${v.referrals_answered}.`,
		fr: (v, n) =>
			`${n.responder} : aucun enquêteur EEI ce trimestre; renvois au cours des quatre derniers trimestres (en rythme annuel) : ${v.referrals_answered}.`
	},
	responder_backlog_growth: {
		values: {
			quarters_growing: { unit: 'count' },
			quarters_threshold: { unit: 'count' },
			open_backlog_start: { unit: 'count', disclosure: { count: 'open_backlog_growth_start', of: 'responder' } },
			open_backlog: { unit: 'count', disclosure: { count: 'open_backlog', of: 'responder' } }
		},
		en: (v, n) =>
			`${n.responder}: the open backlog grew for ${v.quarters_growing} consecutive quarters (threshold: ${v.quarters_threshold}), from ${v.open_backlog_start} to ${v.open_backlog} files.`,
		fr: (v, n) =>
			`${n.responder} : l’arriéré de dossiers ouverts a augmenté pendant ${v.quarters_growing} trimestres consécutifs (seuil : ${v.quarters_threshold}), passant de ${v.open_backlog_start} à ${v.open_backlog} dossiers.`
	},
	responder_forensic_backlog: {
		values: {
			backlog_per_examiner: { unit: 'ratio' },
			forensic_backlog_devices: { unit: 'count' },
			forensic_examiners_fte: { unit: 'fte' },
			devices_threshold: { unit: 'count' }
		},
		en: (v, n) =>
			`${n.responder}: ${v.backlog_per_examiner} devices awaiting forensic examination per examiner (${v.forensic_backlog_devices} devices, ${v.forensic_examiners_fte} examiner FTE), more than the threshold of ${v.devices_threshold}.`,
		fr: (v, n) =>
			`${n.responder} : ${v.backlog_per_examiner} appareils en attente d’examen judiciaire par examinateur (${v.forensic_backlog_devices} appareils, ${v.forensic_examiners_fte} ETP d’examinateur), soit plus que le seuil de ${v.devices_threshold}.`
	},
	responder_forensic_without_examiner: {
		values: { forensic_backlog_devices: { unit: 'count' } },
		en: (v, n) => `${n.responder}: devices awaiting forensic examination: ${v.forensic_backlog_devices}, and no examiner of its own.`,
		fr: (v, n) => `${n.responder} : appareils en attente d’examen judiciaire : ${v.forensic_backlog_devices}, et aucun examinateur.`
	},
	responder_not_reported: {
		values: {},
		en: (_v, n) => `${n.responder}: no capacity or caseload reported for this quarter, so its load is unknown.`,
		fr: (_v, n) => `${n.responder} : aucune capacité ni charge déclarée pour ce trimestre; sa charge est inconnue.`
	},
	assisted_by_opp: {
		values: { service_referrals: { unit: 'count', disclosure: { count: 'referrals_trailing' } } },
		en: (v, n) =>
			`${n.service}: no ICE unit of its own, referrals over the last four quarters (annualised): ${v.service_referrals}; its files are answered by the ${n.responder} (Project P assistance).`,
		fr: (v, n) =>
			`${n.service} : aucune unité EEI propre, renvois au cours des quatre derniers trimestres (en rythme annuel) : ${v.service_referrals}; ses dossiers sont traités par l’${n.responder} (aide du projet P).`
	},
	far_from_base: {
		values: { distance_km: { unit: 'km' }, distance_threshold_km: { unit: 'km' } },
		en: (v, n) =>
			`The ${n.responder}’s nearest base (${n.base}) is ${v.distance_km} away in a straight line, farther than the threshold of ${v.distance_threshold_km}.`,
		fr: (v, n) =>
			`La base la plus proche de l’${n.responder} (${n.base}) se trouve à ${v.distance_km} à vol d’oiseau, au-delà du seuil de ${v.distance_threshold_km}.`
	},
	fly_in_community: {
		values: { distance_km: { unit: 'km' } },
		en: (v, n) =>
			`Fly-in community with no year-round road access; the ${n.responder}’s nearest base (${n.base}) is ${v.distance_km} away.`,
		fr: (v, n) =>
			`Collectivité accessible seulement par avion, sans route praticable toute l’année; la base la plus proche de l’${n.responder} (${n.base}) se trouve à ${v.distance_km}.`
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
		names: ReasonNames;
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

function nameTexts(names: ReasonNames, locale: Locale): Readonly<Record<ReasonNameKey, string>> {
	return { responder: names.responder?.[locale] ?? '', base: names.base?.[locale] ?? '', service: names.service?.[locale] ?? '' };
}

function build(code: ReasonCode, severity: Severity, values: Readonly<Record<string, ReasonValue>>, names: ReasonNames) {
	const specs: Readonly<Record<string, ValueSpec>> = REASONS[code].values;
	const text = (locale: Locale) => {
		const quoted: Record<string, string> = {};
		for (const [key, spec] of Object.entries(specs)) quoted[key] = formatDisclosed(values[key], spec.unit, locale);
		return quoted;
	};
	const messages: { en: Texts<string>; fr: Texts<string> } = REASONS[code];
	return {
		code,
		severity,
		values,
		names,
		message_en: messages.en(text('en'), nameTexts(names, 'en')),
		message_fr: messages.fr(text('fr'), nameTexts(names, 'fr'))
	};
}

/** Builds a reason with both messages from its values. */
export function makeReason<C extends ReasonCode, V extends ReasonValue>(
	code: C,
	severity: Severity,
	values: Readonly<Record<ReasonValueKeys[C], V>>,
	names: ReasonNames = {}
): GapReason<V> {
	return build(code, severity, values, names) as GapReason<V>;
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
	return changed ? (build(reason.code, reason.severity, values, reason.names) as GapReason<ReasonValue>) : reason;
}
