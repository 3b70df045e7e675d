/**
 * The thresholds form as typed: one text per field, read back into numbers the way the reader wrote
 * them ("1.5" or "10,000" in English; "1,5" or "10 000" in French, where the comma is the decimal sign).
 * Anything else becomes NaN, which parseThresholds rejects naming the field; an empty field stays
 * missing, which it rejects as required. What the reader typed is kept to show it again on error.
 */
import { THRESHOLD_FIELDS, type ThresholdField } from '$lib/domain/coverage';
import type { Locale } from '$lib/domain/locale';

export type ThresholdInput = Record<ThresholdField, string>;

export const THRESHOLD_FIELD_NAMES = Object.keys(THRESHOLD_FIELDS) as ThresholdField[];

/** Long enough for any bound (10,000,000 with separators), short enough to keep junk out of the page. */
const MAX_LENGTH = 32;

export function readThresholdForm(form: FormData): ThresholdInput {
	const input = {} as ThresholdInput;
	for (const field of THRESHOLD_FIELD_NAMES) {
		const value = form.get(field);
		input[field] = typeof value === 'string' ? value.trim().slice(0, MAX_LENGTH) : '';
	}
	return input;
}

/** A number as typed in the locale; undefined when empty, NaN when not a plain number. */
export function parseTypedNumber(text: string, locale: Locale): number | undefined {
	const compact = text.replace(/\s/g, '');
	if (compact === '') return undefined;
	const normalized = locale === 'fr' ? compact.replace(',', '.') : compact.replace(/,/g, '');
	return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
}

/** The candidate configuration for parseThresholds (missing fields left out, so it names them). */
export function typedThresholds(input: ThresholdInput, locale: Locale): Partial<Record<ThresholdField, number>> {
	const candidate: Partial<Record<ThresholdField, number>> = {};
	for (const field of THRESHOLD_FIELD_NAMES) {
		const value = parseTypedNumber(input[field], locale);
		if (value !== undefined) candidate[field] = value;
	}
	return candidate;
}
