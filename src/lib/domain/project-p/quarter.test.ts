import { describe, expect, it } from 'vitest';
import { assignableQuarters, quarterContaining } from './quarter';

describe('quarterContaining', () => {
	it.each([
		['2026-04-01T12:00:00Z', '2026-Q1'],
		['2026-06-30T12:00:00Z', '2026-Q1'],
		['2026-07-01T12:00:00Z', '2026-Q2'],
		['2026-11-29T12:00:00Z', '2026-Q3'],
		['2027-01-15T12:00:00Z', '2026-Q4'],
		['2027-03-31T12:00:00Z', '2026-Q4']
	])('%s falls in %s', (iso, key) => {
		expect(quarterContaining(new Date(iso))).toBe(key);
	});

	it('reads the date in Toronto: 02:00 UTC on April 1 is still March 31 there', () => {
		expect(quarterContaining(new Date('2027-04-01T02:00:00Z'))).toBe('2026-Q4');
	});
});

describe('assignableQuarters', () => {
	it('lists the current quarter and the next three, across a fiscal year', () => {
		expect(assignableQuarters(new Date('2026-11-29T12:00:00Z'))).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
	});
});
