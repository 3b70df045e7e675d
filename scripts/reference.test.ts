/**
 * Checks the COMMITTED reference tables in data/reference/ against each other and against the
 * facts the product relies on (domain primer §3-4).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './lib/csv';

const read = (file: string) => readFileSync(new URL(`../data/reference/${file}`, import.meta.url), 'utf8');
const header = (file: string) => read(file).split('\n')[0];
const communities = parseCsv(read('communities.csv'));
const services = parseCsv(read('police-services.csv'));
const jurisdictions = parseCsv(read('jurisdictions.csv'));

describe('data/reference/', () => {
	it('uses exactly the agreed columns, LF line endings and no BOM', () => {
		expect(header('communities.csv')).toBe(
			'csduid,name,name_fr,csd_type,cduid,cd_name,population,land_area_km2,centroid_lon,centroid_lat,children_share,children_estimate,fly_in'
		);
		expect(header('police-services.csv')).toBe(
			'police_service_id,name,name_fr,service_kind,opp_region,ice_strategy_member,sworn_officers,sworn_year,sworn_source'
		);
		expect(header('jurisdictions.csv')).toBe('csduid,police_service_id,opp_region,confidence,note');
		for (const file of ['communities.csv', 'police-services.csv', 'jurisdictions.csv']) {
			expect(read(file)).not.toMatch(/\r|^\uFEFF/);
		}
	});

	it('lists 577 communities sorted by CSDUID, with Ontario\'s 2021 population', () => {
		const ids = communities.map((row) => row.csduid ?? '');
		expect(ids).toHaveLength(577);
		expect(ids).toEqual([...ids].sort());
		expect(new Set(ids).size).toBe(577);
		expect(communities.reduce((sum, row) => sum + Number(row.population || 0), 0)).toBe(14_223_942);
	});

	it('leaves 13 reserve populations empty and keeps the 10 real zeros', () => {
		const empty = communities.filter((row) => row.population === '');
		expect(empty).toHaveLength(13);
		expect(empty.every((row) => row.csd_type === 'IRI' && row.children_estimate === '')).toBe(true);
		expect(communities.filter((row) => row.population === '0')).toHaveLength(10);
	});

	it('gives Greater Sudbury its French name and every community a centroid in Ontario', () => {
		expect(communities.find((row) => row.csduid === '3553005')?.name_fr).toBe('Grand Sudbury');
		for (const row of communities) {
			expect(Number(row.centroid_lon)).toBeGreaterThan(-96);
			expect(Number(row.centroid_lon)).toBeLessThan(-74);
			expect(Number(row.land_area_km2)).toBeGreaterThan(0);
		}
	});

	it('assigns exactly one known service to every community, and every service polices one', () => {
		const serviceIds = new Set(services.map((row) => row.police_service_id));
		expect(services).toHaveLength(94);
		expect(jurisdictions.map((row) => row.csduid)).toEqual(communities.map((row) => row.csduid));
		for (const row of jurisdictions) expect(serviceIds.has(row.police_service_id)).toBe(true);
		expect(new Set(jurisdictions.map((row) => row.police_service_id))).toEqual(serviceIds);
	});
});
