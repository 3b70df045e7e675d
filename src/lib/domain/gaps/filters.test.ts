import { describe, expect, it } from 'vitest';
import { gapFilterParams, matchesGapFilters, readGapFilters } from './filters';

const row = { level: 'gap' as const, opp_region: 'North West', service_kind: 'first_nations' as const, project_p: true };

describe('gap filters in the URL', () => {
	it('reads levels, region, kind, Project P and page', () => {
		const filters = readGapFilters(new URLSearchParams('level=critical&level=gap&region=North+West&kind=opp&projectp=1&page=3'));
		expect(filters).toEqual({ levels: ['gap', 'critical'], region: 'North West', kind: 'opp', projectP: true, page: 3 });
	});

	it('ignores unknown values instead of failing, so a stale link still opens a list', () => {
		const filters = readGapFilters(new URLSearchParams('level=none&level=severe&region=Mars&kind=rcmp&projectp=yes&page=-2'));
		expect(filters).toEqual({ levels: [], region: null, kind: null, projectP: false, page: 1 });
	});

	it('writes back the same parameters, defaults left out', () => {
		const filters = readGapFilters(new URLSearchParams('level=watch&region=East'));
		expect(gapFilterParams(filters, '2025-Q2').toString()).toBe('period=2025-Q2&level=watch&region=East');
		expect(gapFilterParams(filters, '2025-Q2', 2).toString()).toBe('period=2025-Q2&level=watch&region=East&page=2');
		expect(gapFilterParams(filters, null, 1).toString()).toBe('level=watch&region=East');
	});

	it('matches rows on every filter at once', () => {
		const all = readGapFilters(new URLSearchParams());
		expect(matchesGapFilters(row, all)).toBe(true);
		expect(matchesGapFilters(row, { ...all, levels: ['critical'] })).toBe(false);
		expect(matchesGapFilters(row, { ...all, levels: ['gap'], region: 'North West', kind: 'first_nations', projectP: true })).toBe(true);
		expect(matchesGapFilters(row, { ...all, region: 'East' })).toBe(false);
		expect(matchesGapFilters({ ...row, project_p: false }, { ...all, projectP: true })).toBe(false);
	});
});
