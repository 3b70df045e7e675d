/**
 * 0/1 knapsack: which items to take for the most value within a capacity, all in whole steps. Exact dynamic
 * programming (O(items × capacity)); above a size limit, a value-per-step greedy, which is fast but not always optimal.
 * Ties: the lighter choice, then earlier items, so the answer is the same on every run.
 */

export type KnapsackItem = { weight: number; value: number };

/** Past this many table cells (~4 MB) the exact method would be slow in a browser; the greedy takes over. */
const EXACT_CELL_LIMIT = 4_000_000;

function greedy(items: readonly KnapsackItem[], capacity: number): number[] {
	const order = items
		.map((item, index) => ({ index, density: item.value / item.weight }))
		.sort((a, b) => b.density - a.density || a.index - b.index);
	const chosen: number[] = [];
	let left = capacity;
	for (const { index } of order) {
		const weight = items[index]?.weight ?? Number.POSITIVE_INFINITY;
		if (weight <= left) {
			chosen.push(index);
			left -= weight;
		}
	}
	return chosen.sort((a, b) => a - b);
}

/** Indices (ascending) of the items chosen. Weights are positive integers; items heavier than the capacity are skipped. */
export function chooseItems(items: readonly KnapsackItem[], capacity: number): number[] {
	const width = Math.max(0, Math.floor(capacity)) + 1;
	if (items.length * width > EXACT_CELL_LIMIT) return greedy(items, capacity);

	const best = new Float64Array(width);
	const taken = new Uint8Array(items.length * width);
	items.forEach((item, index) => {
		for (let room = width - 1; room >= item.weight; room -= 1) {
			const withItem = (best[room - item.weight] ?? 0) + item.value;
			if (withItem > (best[room] ?? 0)) {
				best[room] = withItem;
				taken[index * width + room] = 1;
			}
		}
	});
	// The lightest room that reaches the best value.
	const top = best[width - 1] ?? 0;
	let room = best.findIndex((value) => value === top);
	const chosen: number[] = [];
	for (let index = items.length - 1; index >= 0; index -= 1) {
		if (taken[index * width + room] === 1) {
			chosen.push(index);
			room -= items[index]?.weight ?? 0;
		}
	}
	return chosen.reverse();
}
