import { describe, expect, it } from 'vitest';
import * as vocabulary from './vocabulary';
import { isOneOf, SERVICE_KINDS } from './vocabulary';

const lists = Object.entries(vocabulary as Record<string, unknown>).flatMap(([name, value]) => (Array.isArray(value) ? [{ name, list: value as unknown[] }] : []));

describe('vocabulary', () => {
	it('declares each code once per list', () => {
		expect(lists.length).toBeGreaterThanOrEqual(10);
		for (const { name, list } of lists) expect(new Set(list).size, name).toBe(list.length);
	});

	it('isOneOf() accepts a listed code and refuses anything else', () => {
		expect(isOneOf(SERVICE_KINDS, 'first_nations')).toBe(true);
		expect(isOneOf(SERVICE_KINDS, 'First_Nations')).toBe(false);
		expect(isOneOf(SERVICE_KINDS, '')).toBe(false);
		expect(isOneOf(SERVICE_KINDS, null)).toBe(false);
		expect(isOneOf(SERVICE_KINDS, ['opp'])).toBe(false);
	});
});
