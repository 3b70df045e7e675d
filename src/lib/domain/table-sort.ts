/**
 * Sorting for the atlas's tables, driven by the URL (`?sort=population&dir=desc`) so a sorted
 * view can be shared and works without JavaScript. Missing values always sort last, whichever
 * the direction, so "population not available" never pretends to be the smallest population.
 */
export type SortDirection = 'asc' | 'desc';

export interface SortSpec<K extends string> {
	key: K;
	direction: SortDirection;
}

/** Reads a sort spec from URL parameters, falling back to the default for unknown keys. */
export function parseSort<K extends string>(
	params: URLSearchParams,
	allowed: readonly K[],
	fallback: SortSpec<K>
): SortSpec<K> {
	const key = params.get('sort');
	const dir = params.get('dir');
	return {
		key: (allowed as readonly string[]).includes(key ?? '') ? (key as K) : fallback.key,
		direction: dir === 'asc' || dir === 'desc' ? dir : fallback.direction
	};
}

const collator = new Intl.Collator('en-CA', { sensitivity: 'base', numeric: true });

export function sortRows<T, K extends string>(
	rows: readonly T[],
	spec: SortSpec<K>,
	value: (row: T, key: K) => string | number | null,
	tieBreak: (row: T) => string
): T[] {
	const sign = spec.direction === 'asc' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const va = value(a, spec.key);
		const vb = value(b, spec.key);
		if (va === null || vb === null) {
			if (va !== vb) return va === null ? 1 : -1;
		} else {
			const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
			if (order !== 0) return sign * order;
		}
		return collator.compare(tieBreak(a), tieBreak(b));
	});
}
