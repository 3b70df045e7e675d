/**
 * Checks the COMMITTED reference tables in data/reference/ against each other and against the
 * facts the product relies on (domain primer §3-4).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAll } from '../tests/support/expect-all';
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
		expect(header('jurisdictions.csv')).toBe('csduid,police_service_id,opp_region,opp_area_id,confidence,note');
		expect(header('reporting-units.csv')).toBe('unit_id,police_service_id,opp_region,name,name_fr,base_csduid');
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
		expectAll(empty, (row) => row.csd_type === 'IRI' && row.children_estimate === '');
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
		// 43 municipal, 10 First Nations and the OPP as one service (domain.md §4).
		expect(services).toHaveLength(54);
		const kinds = services.map((row) => row.service_kind);
		expect([kinds.filter((k) => k === 'municipal').length, kinds.filter((k) => k === 'first_nations').length, kinds.filter((k) => k === 'opp').length]).toEqual([43, 10, 1]);
		expect(jurisdictions.map((row) => row.csduid)).toEqual(communities.map((row) => row.csduid));
		for (const row of jurisdictions) expect(serviceIds.has(row.police_service_id)).toBe(true);
		expect(new Set(jurisdictions.map((row) => row.police_service_id))).toEqual(serviceIds);
	});

	it('gives every service a reporting unit and the OPP one team per region, based at its headquarters', () => {
		const units = parseCsv(read('reporting-units.csv'));
		const opp = units.filter((row) => row.police_service_id === 'opp');
		expect(opp.map((row) => [row.unit_id, row.base_csduid])).toEqual([
			['opp-central', '3543052'],
			['opp-east', '3509004'],
			['opp-north-east', '3548044'],
			['opp-north-west', '3558004'],
			['opp-west', '3539036']
		]);
		expect(units).toHaveLength(58);
		const communityIds = new Set(communities.map((row) => row.csduid));
		for (const row of units) expect(communityIds.has(row.base_csduid ?? '')).toBe(true);
	});
});
