/** numerator ÷ denominator × scale, or null when it is undefined or not finite (never NaN or Infinity). */
export function per(numerator: number | null, denominator: number | null, scale = 1): number | null {
	if (numerator === null || denominator === null || !(denominator > 0)) return null;
	const value = (numerator / denominator) * scale;
	return Number.isFinite(value) ? value : null;
}
