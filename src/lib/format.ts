/**
 * The only place where numbers become text. Every formatter takes the locale explicitly, caches its
 * Intl.NumberFormat (building one costs far more than using it), and renders null, NaN and infinities
 * as an em dash so a missing value never reads as zero.
 *
 * Canadian locales (en-CA, fr-CA) give the separators Ontario readers expect: "1,234.5" and
 * "1 234,5", "$1,234.50" and "1 234,50 $" (French Language Services Act: French of equal quality).
 */

import { LANGUAGE_TAGS, type Locale } from '$lib/i18n/locale';

/** Units a formatter knows. The metric registry (`metrics.ts`) names one per metric. */
export type NumberUnit =
	| 'per_100k'
	| 'per_10k_children'
	| 'ratio'
	| 'count'
	| 'fte'
	| 'km'
	| 'cents'
	| 'cents_per_capita'
	| 'share'
	| 'multiplier'
	| 'ordinal';

/** Disclosure-control markers (see domain/coverage/disclosure.ts), matched structurally. */
export type DisclosureMarker = { readonly suppressed: true } | { readonly withheld: true };

export const MISSING = '—';

const cache = new Map<string, Intl.NumberFormat>();

/** `style` names the options (e.g. `n1`, `km`): a short key keeps the cache lookup cheap on hot paths. */
function numberFormat(locale: Locale, style: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${style}`;
	let format = cache.get(key);
	if (!format) {
		format = new Intl.NumberFormat(LANGUAGE_TAGS[locale], options);
		cache.set(key, format);
	}
	return format;
}

function usable(value: number | null | undefined): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/** A plain number with at most `digits` decimals: 1234.56 → "1,234.6" / "1 234,6". */
export function formatNumber(value: number | null | undefined, locale: Locale, digits = 1): string {
	if (!usable(value)) return MISSING;
	return numberFormat(locale, `n${digits}`, { maximumFractionDigits: digits }).format(value);
}

/** A whole count: 1234 → "1,234". Fractions (annualised counts) are rounded to the unit. */
export function formatCount(value: number | null | undefined, locale: Locale): string {
	return formatNumber(value, locale, 0);
}

/** A share in [0, 1] as a percentage: 0.256 → "25.6%" / "25,6 %". */
export function formatPercent(share: number | null | undefined, locale: Locale, digits = 1): string {
	if (!usable(share)) return MISSING;
	return numberFormat(locale, `p${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** A distance: 412.3 → "412 km". */
export function formatKm(km: number | null | undefined, locale: Locale): string {
	if (!usable(km)) return MISSING;
	return numberFormat(locale, 'km', { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 }).format(km);
}

/** An area: 1234.5 → "1,234.5 km²" / "1 234,5 km²". */
export function formatKm2(km2: number | null | undefined, locale: Locale): string {
	if (!usable(km2)) return MISSING;
	return `${formatNumber(km2, locale, 1)} km²`;
}

/** Money held in integer cents: 123456 → "$1,234.56" / "1 234,56 $". */
export function formatCents(cents: number | null | undefined, locale: Locale): string {
	if (!usable(cents)) return MISSING;
	return numberFormat(locale, 'cad', { style: 'currency', currency: 'CAD' }).format(cents / 100);
}

/** Money in cents, rounded for a headline: 498765400 → "$4.99M" / "4,99 M$" (the exact sum stays in the tables). */
export function formatCentsCompact(cents: number | null | undefined, locale: Locale): string {
	if (!usable(cents)) return MISSING;
	return numberFormat(locale, 'cadc', {
		style: 'currency',
		currency: 'CAD',
		notation: 'compact',
		maximumFractionDigits: 2
	}).format(cents / 100);
}

/** Money per inhabitant, in cents: 35.2 → "$0.35 per capita" / "0,35 $ par habitant". */
export function formatCentsPerCapita(cents: number | null | undefined, locale: Locale): string {
	if (!usable(cents)) return MISSING;
	return `${formatCents(cents, locale)} ${locale === 'en' ? 'per capita' : 'par habitant'}`;
}

/** A multiplier: 1.5 → "1.5 ×" / "1,5 ×". */
export function formatMultiplier(value: number | null | undefined, locale: Locale): string {
	if (!usable(value)) return MISSING;
	return `${formatNumber(value, locale, 2)} ×`;
}

const ENGLISH_ORDINAL_SUFFIX: Record<Intl.LDMLPluralRule, string> = {
	zero: 'th',
	one: 'st',
	two: 'nd',
	few: 'rd',
	many: 'th',
	other: 'th'
};
const englishOrdinals = new Intl.PluralRules('en-CA', { type: 'ordinal' });

/** An ordinal: 25 → "25th" / "25e", 1 → "1st" / "1er" (Office québécois de la langue française). */
export function formatOrdinal(value: number | null | undefined, locale: Locale): string {
	if (!usable(value)) return MISSING;
	const digits = formatCount(value, locale);
	if (locale === 'fr') return `${digits}${Math.round(value) === 1 ? 'er' : 'e'}`;
	return `${digits}${ENGLISH_ORDINAL_SUFFIX[englishOrdinals.select(Math.round(value))]}`;
}

type Formatter = (value: number | null | undefined, locale: Locale) => string;

const oneDecimal: Formatter = (value, locale) => formatNumber(value, locale, 1);
const twoDecimals: Formatter = (value, locale) => formatNumber(value, locale, 2);

/** Each registry unit's formatter, with the number of decimals the unit shows. */
const UNIT_FORMATTERS: Readonly<Record<NumberUnit, Formatter>> = {
	count: formatCount,
	fte: oneDecimal,
	per_100k: oneDecimal,
	per_10k_children: twoDecimals,
	ratio: twoDecimals,
	km: formatKm,
	cents: formatCents,
	cents_per_capita: formatCentsPerCapita,
	share: formatPercent,
	multiplier: formatMultiplier,
	ordinal: formatOrdinal
};

/** Any value of a registry unit; the unit picks the formatter and the number of decimals. */
export function formatUnit(value: number | null | undefined, unit: NumberUnit, locale: Locale): string {
	return UNIT_FORMATTERS[unit](value, locale);
}

/** What a suppressed count (1–4) and a withheld rate read as (domain.md §9). */
const MARKER_TEXT = {
	suppressed: { en: '<5', fr: '<5' },
	withheld: { en: 'withheld', fr: 'confidentiel' }
} as const satisfies Record<string, Record<Locale, string>>;

export function isDisclosureMarker(value: unknown): value is DisclosureMarker {
	return typeof value === 'object' && value !== null && ('suppressed' in value || 'withheld' in value);
}

/** A value that may have passed through disclosure control. */
export function formatDisclosed(
	value: number | null | undefined | DisclosureMarker,
	unit: NumberUnit,
	locale: Locale
): string {
	if (isDisclosureMarker(value)) {
		return 'suppressed' in value ? MARKER_TEXT.suppressed[locale] : MARKER_TEXT.withheld[locale];
	}
	return formatUnit(value, unit, locale);
}

/** A fiscal quarter key (domain/period.ts) for people: "2025-Q2" → "FY2025-26 Q2" / "EF 2025-2026 T2". */
export function formatPeriod(key: string, locale: Locale): string {
	const match = /^(\d{4})-Q([1-4])$/.exec(key);
	if (!match) return key;
	const start = Number(match[1]);
	return locale === 'fr'
		? `EF ${start}-${start + 1} T${match[2]}`
		: `FY${start}-${String((start + 1) % 100).padStart(2, '0')} Q${match[2]}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, style: 'date' | 'datetime'): Intl.DateTimeFormat {
	const key = `${locale}|${style}`;
	let format = dateFormats.get(key);
	if (!format) {
		// Ontario's clock: the atlas's readers and the ministry's records are in Eastern time.
		format = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
			dateStyle: 'long',
			...(style === 'datetime' ? { timeStyle: 'short' } : {}),
			timeZone: 'America/Toronto'
		});
		dateFormats.set(key, format);
	}
	return format;
}

function asDate(value: Date | string | null | undefined): Date | null {
	if (value === null || value === undefined) return null;
	const date = typeof value === 'string' ? new Date(value) : value;
	return Number.isNaN(date.getTime()) ? null : date;
}

/** A calendar date in Toronto time: "November 29, 2026" / "29 novembre 2026". */
export function formatDate(value: Date | string | null | undefined, locale: Locale): string {
	const date = asDate(value);
	return date ? dateFormat(locale, 'date').format(date) : MISSING;
}

/** A date and time in Toronto time: "November 29, 2026 at 9:05 a.m." / "29 novembre 2026 à 09 h 05". */
export function formatDateTime(value: Date | string | null | undefined, locale: Locale): string {
	const date = asDate(value);
	return date ? dateFormat(locale, 'datetime').format(date) : MISSING;
}

/**
 * Timestamps of the audit trail, accounts and Project P requests: ISO 8601 in UTC to the minute
 * ("2026-11-29 04:37"), the same in both languages and unambiguous across time zones.
 */
export function formatUtcMinute(date: Date | null): string | null {
	return date ? date.toISOString().slice(0, 16).replace('T', ' ') : null;
}
