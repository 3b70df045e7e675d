/**
 * Fitting amounts inside per-service intervals while keeping the total.
 *
 * The classic procedure (ICAC caps, UK damping) takes the excess from services above their maximum, hands it to the
 * others in proportion to what they earned, and repeats until nothing moves; services pushed below their minimum are
 * lifted the same way. Its fixed point is amount_i = clamp(base_i + μ·slope_i, min_i, max_i) for the one level μ ≥ 0
 * at which the amounts add up to the total. Rather than iterate, we find μ exactly: the sum is piecewise linear and
 * non-decreasing in μ, with a breakpoint where each service enters or leaves its interval, so a binary search over
 * the sorted breakpoints finds the segment where it reaches the total. O(n log n), no convergence tolerance to tune.
 */

export type BoundedItem = {
	/** Amount at μ = 0; must not exceed `min` (here: the floor). */
	base: number;
	/** How fast the amount grows with μ (here: what the service earned above the floor). */
	slope: number;
	min: number;
	max: number;
};

export type Fit = { ok: true; amounts: number[] } | { ok: false; reason: 'minimums_exceed_total' | 'maximums_below_total' };

function clamp(value: number, min: number, max: number): number {
	return Math.min(Math.max(value, min), max);
}

function sumAt(items: readonly BoundedItem[], level: number): number {
	let sum = 0;
	for (const item of items) sum += clamp(item.base + level * item.slope, item.min, item.max);
	return sum;
}

/**
 * The level μ ≥ 0 at which Σ clamp(base + μ·slope, min, max) = total, or null when even μ → ∞ falls short.
 * Slopes can span thirty orders of magnitude (a formula share of 1e-30 is valid input), so the sum is never updated
 * incrementally: a binary search over the sorted breakpoints evaluates it directly, then, inside the segment found,
 * the services still between their bounds are solved for μ in one division.
 */
function solveLevel(items: readonly BoundedItem[], total: number): number | null {
	if (sumAt(items, 0) >= total) return 0;
	const breakpoints: number[] = [];
	for (const item of items) {
		if (item.slope > 0) breakpoints.push((item.min - item.base) / item.slope, (item.max - item.base) / item.slope);
	}
	breakpoints.sort((a, b) => a - b);
	let low = 0;
	let high = breakpoints.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sumAt(items, breakpoints[middle] ?? 0) >= total) high = middle;
		else low = middle + 1;
	}
	if (low === breakpoints.length) return null;
	const from = low > 0 ? (breakpoints[low - 1] ?? 0) : 0;
	const to = breakpoints[low] ?? 0;

	let fixed = 0;
	let linearBase = 0;
	let linearSlope = 0;
	for (const item of items) {
		const enters = item.slope > 0 ? (item.min - item.base) / item.slope : Number.POSITIVE_INFINITY;
		const leaves = item.slope > 0 ? (item.max - item.base) / item.slope : Number.POSITIVE_INFINITY;
		if (enters >= to) fixed += item.min;
		else if (leaves <= from) fixed += item.max;
		else {
			linearBase += item.base;
			linearSlope += item.slope;
		}
	}
	if (linearSlope <= 0) return to;
	return clamp((total - fixed - linearBase) / linearSlope, from, to);
}

/** Below this fraction of the largest slope, a slope is noise (under 0.1 ¢ of any budget the schema accepts). */
const NEGLIGIBLE_SLOPE = 1e-15;

/**
 * Slopes divided by the largest one, and negligible ones set to zero: μ scales by the same factor, so the amounts are
 * unchanged, but a ratio of 1e-300 between two slopes (valid, if absurd, input) would otherwise overflow μ.
 */
function rescaled(items: readonly BoundedItem[]): BoundedItem[] {
	let largest = 0;
	for (const item of items) largest = Math.max(largest, item.slope);
	if (largest <= 0) return items.map((item) => ({ ...item, slope: 0 }));
	return items.map((item) => {
		const slope = item.slope / largest;
		return { ...item, slope: slope >= NEGLIGIBLE_SLOPE ? slope : 0 };
	});
}

/**
 * Amounts within [min, max] that add up to `total` (up to floating-point noise; the apportionment makes it exact).
 * Services that earned nothing (slope 0) stay at their minimum while others can still absorb money; only when every
 * earning service is at its maximum is the rest spread evenly over them (water-filling from a common level).
 */
export function fitWithinBounds(items: readonly BoundedItem[], total: number): Fit {
	let minimums = 0;
	let maximums = 0;
	for (const item of items) {
		minimums += item.min;
		maximums += item.max;
	}
	if (minimums > total) return { ok: false, reason: 'minimums_exceed_total' };
	if (maximums < total) return { ok: false, reason: 'maximums_below_total' };

	const scaled = rescaled(items);
	const level = solveLevel(scaled, total);
	if (level !== null) {
		return { ok: true, amounts: scaled.map((item) => clamp(item.base + level * item.slope, item.min, item.max)) };
	}
	// Every earning service is full: the non-earners share the rest from a common level.
	let earnersFull = 0;
	const idle: BoundedItem[] = [];
	for (const item of scaled) {
		if (item.slope > 0) earnersFull += item.max;
		else idle.push({ base: 0, slope: 1, min: item.min, max: item.max });
	}
	const idleLevel = solveLevel(idle, total - earnersFull) ?? Number.POSITIVE_INFINITY;
	return {
		ok: true,
		amounts: scaled.map((item) => (item.slope > 0 ? item.max : clamp(idleLevel, item.min, item.max)))
	};
}
