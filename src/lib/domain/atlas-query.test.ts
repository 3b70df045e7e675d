import { describe, expect, it } from 'vitest';
import { atlasSearchParams, findCommunity, readAtlasQuery } from './atlas-query';

const rows = [
	{ csduid: '3560095', name: 'Attawapiskat 91A' },
	{ csduid: '3560093', name: 'Attawapiskat 91' },
	{ csduid: '3557061', name: 'Sault Ste. Marie' }
];

describe('atlas query', () => {
	it('falls back to defaults for unknown values', () => {
		const query = readAtlasQuery(new URLSearchParams('metric=evil&method=x&region=Mars&level=bad&selected=3599999'), rows);
		expect(query.metric).toBe('gap_level');
		expect(query.method).toBeNull();
		expect(query.filters).toEqual({ region: null, kind: null, level: null });
		expect(query.selected).toBeNull();
	});

	it('round-trips a view through the URL', () => {
		const params = new URLSearchParams('metric=referrals_per_investigator&method=ckmeans&region=North+West&kind=first_nations&level=gap&zoom=north&selected=3557061&outlines=services');
		const query = readAtlasQuery(params, rows);
		expect(atlasSearchParams(query, '2025-Q2').toString()).toBe(
			'metric=referrals_per_investigator&period=2025-Q2&method=ckmeans&region=North+West&kind=first_nations&level=gap&zoom=north&selected=3557061&outlines=services'
		);
	});

	it('accepts the prevention reach metric of the streams registry (issue 10) from the URL', () => {
		expect(readAtlasQuery(new URLSearchParams('metric=prevention_reach_share'), rows).metric).toBe('prevention_reach_share');
		expect(readAtlasQuery(new URLSearchParams('metric=teachers_trained_per_1k_students'), rows).metric).toBe('gap_level');
	});

	it('find selects the best name match, accents and case ignored', () => {
		expect(findCommunity(rows, 'attawapiskat')).toBe('3560093');
		expect(findCommunity(rows, 'SAULT STE MARIE')).toBe('3557061');
		expect(findCommunity(rows, 'nowhere')).toBeNull();
		expect(readAtlasQuery(new URLSearchParams('find=sault'), rows).selected).toBe('3557061');
	});
});
