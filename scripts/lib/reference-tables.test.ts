import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { buildCommunities, type SourceCommunity } from './communities-table';
import { buildJurisdictions } from './jurisdictions-table';
import { buildPoliceServices } from './police-services-table';

const square: Polygon = {
	type: 'Polygon',
	coordinates: [[[-80, 44], [-80, 44.1], [-79.9, 44.1], [-79.9, 44], [-80, 44]]]
};

function community(csduid: string, name: string, csdType = 'TP'): SourceCommunity {
	return { csduid, name, csdType, cduid: csduid.slice(0, 4), cdName: 'Simcoe', geometry: square };
}

const communities = [community('3543070', 'Christian Island 30A', 'IRI'), community('3543005', 'Bradford West Gwillimbury')];

describe('buildCommunities()', () => {
	it('leaves population and children empty (not 0) when the census has no count, and keeps real zeros', () => {
		const { rows, problems } = buildCommunities({
			communities: [...communities, community('3543071', 'Chimnissing 32', 'IRI')],
			population: [
				{ csduid: '3543005', name: 'Bradford West Gwillimbury', population: '42880' },
				{ csduid: '3543071', name: 'Chimnissing 32', population: '0' }
			],
			frenchNames: [],
			flyIn: []
		});
		expect(problems).toEqual([]);
		expect(rows.map((row) => [row.csduid, row.population, row.children_estimate, row.children_share])).toEqual([
			['3543005', 42880, 8362, 0.195],
			['3543070', null, null, 0.3],
			['3543071', 0, 0, 0.3]
		]);
	});

	it('takes French names and the fly-in flag from the curated lists, defaulting to the English name', () => {
		const { rows } = buildCommunities({
			communities,
			population: [],
			frenchNames: [{ csduid: '3543005', name_fr: 'Bradford-Gwillimbury-Ouest', source: 'test' }],
			flyIn: [{ csduid: '3543070', name: 'Christian Island 30A', source: 'test', confidence: 'low' }]
		});
		expect(rows.map((row) => [row.name_fr, row.fly_in])).toEqual([
			['Bradford-Gwillimbury-Ouest', false],
			['Christian Island 30A', true]
		]);
	});

	it('names duplicate and unknown CSDUIDs and mismatched names in the inputs', () => {
		const { problems } = buildCommunities({
			communities,
			population: [
				{ csduid: '3543005', name: 'Bradford West Gwillimbury', population: '1' },
				{ csduid: '3543005', name: 'Bradford West Gwillimbury', population: '2' }
			],
			frenchNames: [{ csduid: '3599999', name_fr: 'Nulle part', source: 'test' }],
			flyIn: [{ csduid: '3543070', name: 'Christian Island', source: 'test', confidence: 'low' }]
		});
		expect(problems).toEqual([
			'population row 2: duplicate csduid 3543005 (first at row 1)',
			'french-names: CSDUID 3599999 is not in the boundary file',
			'fly-in-communities: CSDUID 3543070 is named "Christian Island", the boundary file says "Christian Island 30A"'
		]);
	});
});

describe('buildJurisdictions()', () => {
	const base = {
		communityNames: new Map([['3543070', 'Christian Island 30A'], ['3543005', 'Bradford West Gwillimbury']]),
		serviceIds: new Set(['opp', 'south-simcoe']),
		claimedCsdCounts: new Map([['opp', 1], ['south-simcoe', 1]])
	};

	it('assigns exactly one service per CSD', () => {
		const { rows, problems } = buildJurisdictions({
			...base,
			records: [
				{ csduid: '3543070', police_service_id: 'opp', opp_area_id: 'opp-3543', opp_region: 'Central', confidence: 'high', note: '' },
				{ csduid: '3543005', police_service_id: 'south-simcoe', opp_area_id: '', opp_region: 'Central', confidence: 'high', note: 'shared' }
			]
		});
		expect(problems).toEqual([]);
		expect(rows).toEqual([
			{ csduid: '3543005', police_service_id: 'south-simcoe', opp_region: 'Central', opp_area_id: null, confidence: 'high', note: 'shared' },
			{ csduid: '3543070', police_service_id: 'opp', opp_region: 'Central', opp_area_id: 'opp-3543', confidence: 'high', note: null }
		]);
	});

	it('keeps the OPP area a display grouping of OPP communities only', () => {
		const { problems } = buildJurisdictions({
			...base,
			records: [
				{ csduid: '3543070', police_service_id: 'opp', opp_area_id: '', opp_region: 'Central', confidence: 'high', note: '' },
				{ csduid: '3543005', police_service_id: 'south-simcoe', opp_area_id: 'opp-3543', opp_region: 'Central', confidence: 'high', note: '' }
			]
		});
		expect(problems).toEqual([
			'police-jurisdictions 3543005: opp_area_id "opp-3543" on a community the OPP does not police',
			'police-jurisdictions 3543070: an OPP community needs opp_area_id opp-<cduid>'
		]);
	});

	it('names an unknown service, a CSD without a service and a service without a CSD', () => {
		const { problems } = buildJurisdictions({
			...base,
			records: [{ csduid: '3543070', police_service_id: 'simcoe-county', opp_region: 'Central', confidence: 'high', note: '' }]
		});
		expect(problems).toEqual([
			'police-jurisdictions 3543070: unknown police_service_id "simcoe-county"',
			'police-jurisdictions: CSD 3543005 (Bradford West Gwillimbury) has no police service',
			'police-services opp: polices no CSD',
			'police-services south-simcoe: polices no CSD'
		]);
	});
});

describe('buildPoliceServices()', () => {
	it('renames the membership column, adds the French name and names a bad row', () => {
		const { rows, problems } = buildPoliceServices([
			{ police_service_id: 'barrie', name: 'Barrie Police Service', service_kind: 'municipal', opp_region: 'Central', csd_count: '1', ice_strategy_member_2022: 'true', sworn_officers: '212', sworn_year: '2009', sworn_source: 'StatCan' },
			{ police_service_id: 'nowhere', name: 'Nowhere Police Service', service_kind: 'sheriff', opp_region: '', csd_count: '1', ice_strategy_member_2022: 'yes', sworn_officers: '', sworn_year: '', sworn_source: '' }
		]);
		expect(rows[0]).toMatchObject({ police_service_id: 'barrie', name_fr: 'Service de police de Barrie', ice_strategy_member: true, sworn_officers: 212 });
		expect(problems).toEqual([
			'police-services nowhere: unknown service_kind "sheriff"',
			'police-services nowhere: ice_strategy_member_2022: "yes" is not true/false'
		]);
	});
});
