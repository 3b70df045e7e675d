import { describe, expect, it } from 'vitest';
import { classifiable, classifyRows, displayValue, isMapMetricId, matchesFilters, summarise, type AtlasRow } from './atlas-view';
import { SUPPRESSED, WITHHELD } from './coverage';
import { atlasRow } from '../../../tests/support/atlas-row';

/**
 * A hand-made province of seven communities: two municipal, three OPP, two First Nations; one
 * without a census population (E), one with a suppressed count (F), one with nothing reported (G).
 */
const A = atlasRow('A', { population: 1000, children: 200 }, { investigators_per_100k: 1 });
const B = atlasRow('B', { population: 500, children: 100, level: 'watch' }, { investigators_per_100k: 1 });
const C = atlasRow('C', { service_kind: 'opp', opp_region: 'North West', population: 300, children: 90, level: 'critical', project_p: true }, { investigators_per_100k: 10 });
const D = atlasRow('D', { service_kind: 'opp', opp_region: 'North West', population: 200, children: 60, level: 'gap', project_p: true }, { investigators_per_100k: 10 });
const E = atlasRow(
	'E',
	{ service_kind: 'first_nations', opp_region: 'North East', population: null, children: null, level: 'gap', project_p: true },
	{ investigators_per_100k: 10, distance_to_ice_unit_km: 420 }
);
const F = atlasRow('F', { service_kind: 'first_nations', opp_region: 'North East', population: 150, children: 45, level: 'gap' }, { investigators_per_100k: SUPPRESSED });
const G = atlasRow('G', { service_kind: 'opp', opp_region: 'East', population: 80, children: 16 }, { investigators_per_100k: null });
const PROVINCE = [A, B, C, D, E, F, G];

const ids = (rows: readonly AtlasRow[]) => rows.map((row) => row.csduid);

describe('matchesFilters', () => {
	const keep = (filters: Parameters<typeof matchesFilters>[1]) => ids(PROVINCE.filter((row) => matchesFilters(row, filters)));

	it('keeps every community when no filter is set', () => {
		expect(keep({ region: null, kind: null, level: null })).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
	});

	it('filters by OPP region, kind of service and level, and by all of them at once', () => {
		expect(keep({ region: 'North West', kind: null, level: null })).toEqual(['C', 'D']);
		expect(keep({ region: null, kind: 'first_nations', level: null })).toEqual(['E', 'F']);
		expect(keep({ region: null, kind: null, level: 'gap' })).toEqual(['D', 'E', 'F']);
		expect(keep({ region: 'North East', kind: 'first_nations', level: 'gap' })).toEqual(['E', 'F']);
		expect(keep({ region: 'East', kind: 'municipal', level: null })).toEqual([]);
	});
});

describe('classifiable', () => {
	it('passes a number through', () => {
		expect(classifiable(C, 'investigators_per_100k')).toEqual({ csduid: 'C', value: 10, special: null });
	});

	it('puts a suppressed or withheld value in the "<5" class, never its number', () => {
		expect(classifiable(F, 'investigators_per_100k')).toEqual({ csduid: 'F', value: null, special: 'suppressed' });
		const withheld = atlasRow('W', {}, { investigators_per_100k: WITHHELD });
		expect(classifiable(withheld, 'investigators_per_100k')).toEqual({ csduid: 'W', value: null, special: 'suppressed' });
	});

	it('withholds a per-capita rate from a community without a census population, but not its distance', () => {
		expect(classifiable(E, 'investigators_per_100k')).toEqual({ csduid: 'E', value: null, special: 'no_population' });
		expect(classifiable(E, 'distance_to_ice_unit_km')).toEqual({ csduid: 'E', value: 420, special: null });
	});

	it('marks a missing value as no data', () => {
		expect(classifiable(G, 'investigators_per_100k')).toEqual({ csduid: 'G', value: null, special: 'no_data' });
	});

	it('passes levels and flags through as categories', () => {
		expect(classifiable(C, 'gap_level')).toEqual({ csduid: 'C', value: 'critical', special: null });
		expect(classifiable(A, 'project_p_recommended')).toEqual({ csduid: 'A', value: false, special: null });
	});
});

describe('displayValue', () => {
	it('words categories and flags with the caller’s labels, falling back to the code', () => {
		expect(displayValue('critical', 'gap_level', 'en', { critical: 'Critical' })).toBe('Critical');
		expect(displayValue('watch', 'gap_level', 'en', {})).toBe('watch');
		expect(displayValue(true, 'project_p_recommended', 'fr', { yes: 'Oui', no: 'Non' })).toBe('Oui');
		expect(displayValue(false, 'project_p_recommended', 'en', {})).toBe('false');
	});

	it('shows markers, not numbers, for suppressed and withheld values, and a dash for none', () => {
		expect(displayValue(SUPPRESSED, 'investigators_per_100k', 'en', {})).toBe('<5');
		expect(displayValue(WITHHELD, 'investigators_per_100k', 'fr', {})).toBe('confidentiel');
		expect(displayValue(null, 'investigators_per_100k', 'en', {})).toBe('—');
	});

	it('formats a number in the metric’s unit and the reader’s language', () => {
		expect(displayValue(12.345, 'investigators_per_100k', 'en', {})).toBe('12.3');
		expect(displayValue(12.345, 'investigators_per_100k', 'fr', {})).toBe('12,3');
	});
});

describe('classifyRows', () => {
	it('cuts a numeric metric at a round number and puts the special cases in their own classes', () => {
		// Values 1, 1, 10, 10: two distinct values, so two quantile classes; the median cut (5.5) moves down
		// to the roundest number above 1, which is 2. E, F and G are not numbers the map may show.
		const view = classifyRows(PROVINCE, 'investigators_per_100k', 'quantile');
		expect(view.method).toBe('quantile');
		expect(view.classes.map(({ id, min, max, upperExclusive, count }) => ({ id, min, max, upperExclusive, count }))).toEqual([
			{ id: 'range-0', min: 1, max: 2, upperExclusive: true, count: 2 },
			{ id: 'range-1', min: 2, max: 10, upperExclusive: false, count: 2 },
			{ id: 'suppressed', min: null, max: null, upperExclusive: false, count: 1 },
			{ id: 'no_population', min: null, max: null, upperExclusive: false, count: 1 },
			{ id: 'no_data', min: null, max: null, upperExclusive: false, count: 1 }
		]);
		expect(view.assignment).toEqual({ A: 'range-0', B: 'range-0', C: 'range-1', D: 'range-1', E: 'no_population', F: 'suppressed', G: 'no_data' });
	});

	it('classifies gap levels into their own categories, in order from none to critical', () => {
		const view = classifyRows(PROVINCE, 'gap_level');
		expect(view.method).toBe('thresholds');
		expect(view.classes.map(({ id, count }) => [id, count])).toEqual([
			['category-none', 2],
			['category-watch', 1],
			['category-gap', 3],
			['category-critical', 1]
		]);
		expect(view.assignment.C).toBe('category-critical');
	});

	it('classifies a flag as no and yes', () => {
		const view = classifyRows(PROVINCE, 'project_p_recommended');
		expect(view.classes.map(({ id, count }) => [id, count])).toEqual([
			['category-no', 4],
			['category-yes', 3]
		]);
	});
});

describe('summarise', () => {
	it('counts communities at gap or critical level, names the region with most of them, and the Project P children', () => {
		// At gap or critical: C, D (North West), E, F (North East): a tie, broken alphabetically.
		// Project P: C, D, E; children 90 + 60 + (E has no estimate) = 150.
		expect(summarise(PROVINCE)).toEqual({ atGap: 4, topRegion: 'North East', projectP: 3, projectPChildren: 150 });
	});

	it('names the region with the most gaps when there is no tie', () => {
		expect(summarise([C, D, F]).topRegion).toBe('North West');
	});

	it('names no region when the gaps are in communities outside OPP regions, or when there are none', () => {
		const municipalGap = atlasRow('M', { level: 'gap' }, {});
		expect(summarise([municipalGap, A])).toEqual({ atGap: 1, topRegion: null, projectP: 0, projectPChildren: 0 });
		expect(summarise([])).toEqual({ atGap: 0, topRegion: null, projectP: 0, projectPChildren: 0 });
	});
});

describe('isMapMetricId', () => {
	it('accepts a map metric and refuses anything else', () => {
		expect(isMapMetricId('gap_level')).toBe(true);
		expect(isMapMetricId('not_a_metric')).toBe(false);
		expect(isMapMetricId(7)).toBe(false);
	});
});
