/**
 * `expect(list.every(p)).toBe(true)` passes on an empty list, so a query that returns nothing would
 * pass every such test. This asserts that the list has items and names the ones that fail `p`.
 */
import { expect } from 'vitest';

export function expectAll<T>(items: readonly T[] | null | undefined, predicate: (item: T) => unknown, label = 'list'): void {
	expect(items, `${label}: expected a list`).toBeDefined();
	expect(items, `${label}: expected a list`).not.toBeNull();
	const list = items ?? [];
	expect(list.length, `${label}: expected at least one item`).toBeGreaterThan(0);
	expect(
		list.filter((item) => !predicate(item)),
		`${label}: items that fail the predicate`
	).toEqual([]);
}
