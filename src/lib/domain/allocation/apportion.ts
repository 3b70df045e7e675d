/**
 * Rounding real-valued amounts to the rounding unit so that they add up EXACTLY to the budget, in integer cents,
 * without leaving any service's [min, max] interval: the largest-remainder (Hamilton) method, bounded.
 *
 * - Every amount is a whole number of units, except one: when the unit does not divide the budget, the budget's
 *   remainder modulo the unit (fewer cents than one unit) goes to the service with the largest amount (first by id on
 *   ties) whose interval can hold it. So with $1,000 rounding and a budget of $5,000,000.50, one service's amount ends
 *   in ,000.50 and the total is still exact.
 * - Each amount starts at its quota rounded down, then the units still missing go one by one to the largest remainders
 *   (ties: first by id); amounts clamped up to a minimum give units back from the smallest remainders.
 * - No exact-sum rounding can be both within one unit of every quota and monotone in every input (Balinski & Young,
 *   "Fair Representation", 1982), so raising a service's inputs can, at worst, cost it one unit here; the real-valued
 *   amounts before rounding are monotone.
 * Integer arithmetic in Number is exact: budgets are capped at 10^14 cents, far below 2^53.
 */

export type ApportionItem = { amount: number; min_cents: number; max_cents: number };
export type Apportionment = { ok: true; cents: number[] } | { ok: false };

type Slot = { index: number; quota: number; units: number; minUnits: number; maxUnits: number; extraCents: number };

/** The item that takes the leftover cents, or -1 when none can; `items` are in id order, so the first wins ties. */
function remainderRecipient(items: readonly ApportionItem[], leftover: number, unit: number): number {
	let best = -1;
	items.forEach((item, index) => {
		const lowest = Math.max(0, Math.ceil((item.min_cents - leftover) / unit));
		const fits = lowest <= Math.floor((item.max_cents - leftover) / unit);
		if (fits && (best < 0 || item.amount > (items[best]?.amount ?? 0))) best = index;
	});
	return best;
}

/** Moves `missing` units (negative: surplus) to or from the slots with the largest (smallest) remainders. */
function settle(slots: Slot[], missing: number): void {
	let left = missing;
	while (left !== 0) {
		const giving = left > 0;
		const candidates = slots.filter((slot) => (giving ? slot.units < slot.maxUnits : slot.units > slot.minUnits));
		if (candidates.length === 0) return;
		candidates.sort((a, b) => {
			const byRemainder = giving ? b.quota - b.units - (a.quota - a.units) : a.quota - a.units - (b.quota - b.units);
			return byRemainder !== 0 ? byRemainder : a.index - b.index;
		});
		for (const slot of candidates) {
			if (left === 0) break;
			slot.units += giving ? 1 : -1;
			left += giving ? -1 : 1;
		}
	}
}

export function apportion(items: readonly ApportionItem[], totalCents: number, unit: number): Apportionment {
	const leftover = totalCents % unit;
	const units = (totalCents - leftover) / unit;
	const recipient = leftover === 0 ? -1 : remainderRecipient(items, leftover, unit);
	if (leftover !== 0 && recipient < 0) return { ok: false };

	const slots: Slot[] = items.map((item, index) => {
		const extraCents = index === recipient ? leftover : 0;
		const minUnits = Math.max(0, Math.ceil((item.min_cents - extraCents) / unit));
		const maxUnits = Math.floor((item.max_cents - extraCents) / unit);
		const quota = (item.amount - extraCents) / unit;
		const start = Math.min(Math.max(Math.floor(quota), minUnits), maxUnits);
		return { index, quota, units: start, minUnits, maxUnits, extraCents };
	});
	let minSum = 0;
	let maxSum = 0;
	let placed = 0;
	for (const slot of slots) {
		if (slot.minUnits > slot.maxUnits) return { ok: false };
		minSum += slot.minUnits;
		maxSum += slot.maxUnits;
		placed += slot.units;
	}
	if (minSum > units || maxSum < units) return { ok: false };
	// Amounts within their bounds put every start within one unit of its quota, so at most about one unit per
	// service is missing; anything more means the amounts did not add up to the total, a bug to surface, not to loop on.
	if (Math.abs(units - placed) > 2 * slots.length + 2) throw new Error('apportion: amounts do not add up to the total');
	settle(slots, units - placed);
	return { ok: true, cents: slots.map((slot) => slot.units * unit + slot.extraCents) };
}
