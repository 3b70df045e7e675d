/**
 * Largest-remainder (Hamilton) apportionment: splits an integer total in proportion to weights so
 * the parts are integers that add up to the total exactly. Ties in the remainder go to the
 * earlier key in sort order, so the result does not depend on input order.
 */
export function apportion(total: number, weights: ReadonlyMap<string, number>): Map<string, number> {
	if (!Number.isInteger(total) || total < 0) throw new Error(`total must be a non-negative integer, got ${total}`);
	const keys = [...weights.keys()].sort();
	const sum = keys.reduce((acc, key) => acc + (weights.get(key) ?? 0), 0);
	if (keys.length === 0 || !(sum > 0)) throw new Error('apportion needs at least one positive weight');
	const parts = keys.map((key) => {
		const weight = weights.get(key) ?? 0;
		if (!(weight >= 0)) throw new Error(`weight for ${key} must be non-negative, got ${weight}`);
		const exact = (total * weight) / sum;
		return { key, floor: Math.floor(exact), remainder: exact - Math.floor(exact) };
	});
	let left = total - parts.reduce((acc, part) => acc + part.floor, 0);
	const byRemainder = [...parts].sort((a, b) => b.remainder - a.remainder || a.key.localeCompare(b.key));
	for (const part of byRemainder) {
		if (left <= 0) break;
		part.floor += 1;
		left -= 1;
	}
	return new Map(parts.map((part) => [part.key, part.floor]));
}
