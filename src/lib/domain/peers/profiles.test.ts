import { describe, expect, it } from 'vitest';
import { haversineKm } from '../coverage/distance';
import { discloseFeatures } from './features';
import { buildProfiles, centreDistances, type ProfileCommunity, type ProfileService } from './profiles';

const CITY = { lon: -79.4, lat: 43.7 };
const TOWN = { lon: -79.4, lat: 44.7 };
const FAR = { lon: -89.0, lat: 52.0 };

const communities: ProfileCommunity[] = [
	{ csduid: '3500001', police_service_id: 'city', population: 200_000, children: 40_000, land_area_km2: 100, centroid: CITY },
	{ csduid: '3500002', police_service_id: 'county', population: 30_000, children: 6_000, land_area_km2: 1_000, centroid: TOWN },
	{ csduid: '3500003', police_service_id: 'county', population: 10_000, children: 2_000, land_area_km2: 1_000, centroid: FAR },
	{ csduid: '3500004', police_service_id: 'county', population: null, children: null, land_area_km2: 5_000, centroid: FAR }
];

const service = (id: string, referrals: number | null, quarters: number): ProfileService => ({
	police_service_id: id,
	kind: 'municipal',
	opp_region: 'Central',
	trailing_quarters: quarters,
	counts: { referrals_trailing: referrals }
});

describe('service profiles', () => {
	it('measures remoteness from the nearest community of 100,000 or more (0 for the centre itself)', () => {
		const distances = centreDistances(communities);
		expect(distances.get('3500001')).toBe(0);
		expect(distances.get('3500002')).toBeCloseTo(haversineKm(TOWN, CITY), 9);
	});

	it('weights remoteness by population and keeps unenumerated communities out of density', () => {
		const [, county] = buildProfiles([service('city', 400, 4), service('county', 3, 2)], communities);
		const expected = (30_000 * haversineKm(TOWN, CITY) + 10_000 * haversineKm(FAR, CITY)) / 40_000;
		expect(county?.centre_distance_km).toBeCloseTo(expected, 9);
		expect(county).toMatchObject({ population: 40_000, children: 8_000, land_area_km2: 2_000 });
	});

	it('annualises referrals per 100,000: 3 in 2 quarters → 6 a year → 15 per 100,000 of 40,000', () => {
		const [city, county] = buildProfiles([service('city', 400, 4), service('county', 3, 2)], communities);
		expect(city?.referrals_per_100k).toBe(200);
		expect(county?.referrals_per_100k).toBeCloseTo(15, 9);
		expect(county?.referrals_small).toBe(true);
	});

	it('withholds a referral rate built on 1–4 referrals from viewers not cleared for the service', () => {
		const [, county] = buildProfiles([service('city', 400, 4), service('county', 3, 2)], communities);
		expect(discloseFeatures(county!, false).referrals_per_100k).toEqual({ withheld: true });
		expect(discloseFeatures(county!, true).referrals_per_100k).toBeCloseTo(15, 9);
		expect(discloseFeatures(county!, false).population).toBe(40_000);
	});
});
