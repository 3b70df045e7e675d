/**
 * Numbers typed in forms or sent as JSON: a JSON number, or text with a decimal point or a decimal comma
 * ("6,5" is how French readers write 6.5). Anything else is null, and the caller names the field.
 */
export function readDecimal(value: unknown): number | null {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value !== 'string') return null;
	const text = value.trim().replace(',', '.');
	if (!/^\d+(?:\.\d+)?$/.test(text)) return null;
	return Number(text);
}

/** True when `value` has at most `digits` decimals (numeric(p, digits) columns store no more). */
export function hasAtMostDecimals(value: number, digits: number): boolean {
	const scaled = value * 10 ** digits;
	return Math.abs(scaled - Math.round(scaled)) < 1e-9;
}
