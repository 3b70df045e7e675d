import { describe, expect, it } from 'vitest';
import { peerBasis } from './basis';
import { mostSimilar, rankBySimilarity } from './most-similar';
import type { ServiceProfile } from './types';

function profile(id: string, population: number | null, km: number, rate: number, overrides: Partial<ServiceProfile> = {}): ServiceProfile {
	return {
		police_service_id: id,
		kind: 'municipal',
		opp_region: 'West',
		population,
		land_area_km2: 100,
		children: population === null ? null : population / 5,
		children_imported: false,
		centre_distance_km: km,
		referrals_per_100k: rate,
		referrals_small: false,
		...overrides
	};
}

const services = [
	profile('a', 10_000, 10, 40),
	profile('b', 20_000, 30, 50),
	profile('c', 40_000, 80, 60),
	profile('d', 80_000, 5, 70),
	profile('e', 160_000, 200, 80)
];

describe('peerBasis', () => {
	it('uses population, density, remoteness and a referral rate published for every candidate', () => {
		const basis = peerBasis(services);
		expect(basis.features).toEqual([
			{ id: 'population', status: 'used' },
			{ id: 'density', status: 'used' },
			{ id: 'children_share', status: 'unknown' },
			{ id: 'remoteness', status: 'used' },
			{ id: 'referrals_per_100k', status: 'used' }
		]);
		expect(basis.left_out).toEqual([]);
	});

	it('drops the referral rate for everyone when it is withheld for one service, so that rate moves no distance', () => {
		const small = (rate: number) => services.map((s) => (s.police_service_id === 'c' ? { ...s, referrals_per_100k: rate, referrals_small: true } : s));
		expect(peerBasis(small(1)).features.find((f) => f.id === 'referrals_per_100k')?.status).toBe('unknown');
		expect(rankBySimilarity(small(1), 'a')).toEqual(rankBySimilarity(small(9_999), 'a'));
		expect(rankBySimilarity(small(1), 'c')).toEqual(rankBySimilarity(small(9_999), 'c'));
	});

	it('leaves out, with a note, a service with no population instead of placing it at the average', () => {
		const withUnknown = [...services, profile('akwesasne', null, 60, 50)];
		const basis = peerBasis(withUnknown);
		expect(basis.left_out).toEqual([{ police_service_id: 'akwesasne', missing: ['population', 'density'] }]);
		expect(mostSimilar(withUnknown, 'akwesasne')).toEqual([]);
		for (const s of services) expect(mostSimilar(withUnknown, s.police_service_id).map((m) => m.police_service_id)).not.toContain('akwesasne');
	});

	it('drops a feature equal for every candidate, and an estimated share of children', () => {
		const flat = services.map((s) => ({ ...s, centre_distance_km: 12 }));
		expect(peerBasis(flat).features.find((f) => f.id === 'remoteness')?.status).toBe('no_variance');
		const imported = services.map((s, i) => ({ ...s, children_imported: true, children: (s.population ?? 0) * (0.18 + i / 100) }));
		expect(peerBasis(imported).features.find((f) => f.id === 'children_share')?.status).toBe('used');
	});
});
