/**
 * Table tests for functions of one text: each input of the table is checked against its expected
 * result, and a failure names the input. An empty table fails rather than passing unread.
 */
import { expect } from 'vitest';

export function expectEach<T>(f: (input: string) => T, table: Readonly<Record<string, T>>): void {
	const entries = Object.entries(table);
	expect(entries.length).toBeGreaterThan(0);
	for (const [input, expected] of entries) expect(f(input), JSON.stringify(input)).toEqual(expected);
}
