/**
 * Numbers as planners type them into the scenario form, in either language: "5,000,000.00", "5 000 000,00 $", "0,5 %",
 * "75". Spaces (ordinary, no-break and narrow no-break, which fr-CA uses to group digits), "$" and "%" are ignored.
 * A lone comma is a decimal mark in French; in English it groups thousands when it is followed by groups of three
 * digits ("5,000"), else it is a decimal mark ("0,5"). With both marks, the last one is the decimal mark.
 */
import type { Locale } from '../locale';

const IGNORED = /[\s\u00a0\u202f$%]/g;
const PLAIN = /^-?\d+(\.\d+)?$|^-?\.\d+$/;
const ENGLISH_THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

function normalise(text: string, locale: Locale): string {
	const compact = text.replace(IGNORED, '');
	const comma = compact.lastIndexOf(',');
	const dot = compact.lastIndexOf('.');
	if (comma >= 0 && dot >= 0) {
		return comma > dot ? compact.replaceAll('.', '').replace(',', '.') : compact.replaceAll(',', '');
	}
	if (comma < 0) return compact;
	if (locale === 'en' && ENGLISH_THOUSANDS.test(compact)) return compact.replaceAll(',', '');
	return compact.replace(',', '.');
}

/** The number the text means, or null when it is not one (blank included). */
export function parseDecimal(text: string, locale: Locale): number | null {
	const plain = normalise(text, locale);
	if (!PLAIN.test(plain)) return null;
	const value = Number(plain);
	return Number.isFinite(value) ? value : null;
}

/** Dollars as typed → integer cents, or null when the text is not an amount to the cent. */
export function parseDollarsToCents(text: string, locale: Locale): number | null {
	const plain = normalise(text, locale);
	if (!PLAIN.test(plain)) return null;
	const [, decimals = ''] = plain.split('.');
	if (decimals.length > 2) return null;
	// Integer arithmetic on the digits: 0.1 + 0.2 style errors cannot creep into a budget.
	const negative = plain.startsWith('-');
	const [whole = '0', fraction = ''] = plain.replace('-', '').split('.');
	const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
	if (!Number.isSafeInteger(cents)) return null;
	return negative ? -cents : cents;
}
