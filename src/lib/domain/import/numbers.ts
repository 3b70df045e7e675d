/**
 * Numbers as written in spreadsheets: thousands separated by spaces (French practice, also the
 * narrow no-break space U+202F), a decimal comma in semicolon-separated files (Excel's French
 * Canadian list separator), and money in dollars and cents turned into integer cents with
 * string arithmetic only, never through a float (project rule: money is integer cents).
 */

const GROUP_SPACES = /[\s\u00a0\u202f]/g;

export interface NumberStyle {
	/** True when `12,5` means twelve and a half (files separated by semicolons). */
	decimalComma: boolean;
}

/** Thousands grouped by commas, as Excel writes currency cells in English ("380,858.08"). */
const COMMA_GROUPS = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Removes thousands separators (spaces; commas in strict groups of three when the decimal mark is
 * a point) and turns a decimal comma into a point when the style allows it.
 */
export function canonicalNumber(text: string, style: NumberStyle): string {
	const compact = text.replace(GROUP_SPACES, '');
	if (style.decimalComma) return compact.replace(',', '.');
	return COMMA_GROUPS.test(compact) ? compact.replace(/,/g, '') : compact;
}

/** Digits, an optional sign and decimals: the syntax of a number before ranges are checked. */
export const DECIMAL_SYNTAX = /^[-+]?\d+(?:\.\d+)?$/;
export const WHOLE_SYNTAX = /^[-+]?\d+$/;

export function decimalPlaces(canonical: string): number {
	const point = canonical.indexOf('.');
	return point === -1 ? 0 : canonical.length - point - 1;
}

/** Dollars: `1234.5`, `$1,234.50`, `1 234,50 $` (decimal comma files) → canonical `1234.50` text, or null. */
export function canonicalDollars(text: string, style: NumberStyle): string | null {
	// The trailing sign is cut by hand: /\s*\$$/ retries every space of a long run (quadratic time).
	const trimmed = text.trim().replace(/^\$\s*/, '');
	const withoutSign = trimmed.endsWith('$') ? trimmed.slice(0, -1).trimEnd() : trimmed;
	const canonical = canonicalNumber(withoutSign, style);
	return DECIMAL_SYNTAX.test(canonical) ? canonical : null;
}

/** Canonical dollars with at most two decimals → integer cents, exactly (no float arithmetic). */
export function dollarsToCents(canonical: string): number {
	const negative = canonical.startsWith('-');
	const unsigned = canonical.replace(/^[-+]/, '');
	const [whole = '0', fraction = ''] = unsigned.split('.');
	const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2) || '0');
	return Number(negative ? -cents : cents);
}
