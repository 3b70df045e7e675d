import { describe, expect, it } from 'vitest';
import { featureVector } from './features';
import { mostSimilar, rankBySimilarity } from './most-similar';
import { standardise } from './standardise';
import type { ServiceProfile } from './types';

/**
 * Eight services A–H. On the distance scale (after each feature's transform) every feature takes the
 * values 2, 4, 4, 4, 5, 5, 7, 9 in some order: mean 5, population SD 2 (√(32/8)), so z = (v − 5) / 2
 * and a squared distance is Σ Δv² / 4. Raw values are built from v so the transforms give v back:
 *   population 10^v1 · density 10^v2 (land area = population / 10^v2) · children share v3 / 10 ·
 *   distance to a large centre 10^v4 − 1 km · referrals per 100,000 10 × v5 (a linear change keeps z).
 *
 *        v1 pop  v2 dens  v3 child  v4 remote  v5 refs
 *   A      4       5        4          7          5     ← the chosen service
 *   B      4       4        5          5          4
 *   C      5       4        4          4          7
 *   D      2       9        4          4          4
 *   E      9       2        7          2          4
 *   F      4       7        9          4          2
 *   G      5       4        2          9          5
 *   H      7       5        5          5          9
 *
 * By hand, from A (Δv per feature → Σ Δv² → d = √(Σ/4)):
 *   B 0,1,1,2,1 →  7 → 1.3229      C 1,1,0,3,2 → 15 → 1.9365      D 2,4,0,3,1 → 30 → 2.7386
 *   E 5,3,3,5,1 → 69 → 4.1533      F 0,2,5,3,3 → 47 → 3.4278      G 1,1,2,2,0 → 10 → 1.5811
 *   H 3,0,1,2,4 → 30 → 2.7386  (ties with D: the id decides, D first)
 * Nearest first: B, G, C, D, H, F, E.
 * With referrals weighted 0 (drop v5's term): B 6, G 10, C 11, H 14, D 29, F 38, E 68 → B, G, C, H, D, F, E.
 */
const V: Record<string, [number, number, number, number, number]> = {
	A: [4, 5, 4, 7, 5],
	B: [4, 4, 5, 5, 4],
	C: [5, 4, 4, 4, 7],
	D: [2, 9, 4, 4, 4],
	E: [9, 2, 7, 2, 4],
	F: [4, 7, 9, 4, 2],
	G: [5, 4, 2, 9, 5],
	H: [7, 5, 5, 5, 9]
};

function profile(id: string, [v1, v2, v3, v4, v5]: [number, number, number, number, number]): ServiceProfile {
	const population = 10 ** v1;
	return {
		police_service_id: id,
		kind: 'municipal',
		opp_region: 'West',
		population,
		land_area_km2: population / 10 ** v2,
		children: (population * v3) / 10,
		centre_distance_km: 10 ** v4 - 1,
		referrals_per_100k: 10 * v5,
		referrals_small: false,
		children_imported: true
	};
}

const fixture = Object.entries(V).map(([id, v]) => profile(id, v));

describe('peer features', () => {
	it('featureVector() gives back the values on the distance scale', () => {
		const a = featureVector(fixture[0]!);
		expect(a.map((value, i) => value! / (i === 2 ? 0.1 : i === 4 ? 10 : 1))).toEqual(
			V.A!.map((v) => expect.closeTo(v, 9))
		);
	});

	it('standardise() gives z = (v − 5) / 2 on the fixture', () => {
		const z = standardise(Object.values(V));
		expect(z[0]).toEqual([-0.5, 0, -0.5, 1, 0]);
		expect(z[4]).toEqual([2, -1.5, 1, -1.5, -0.5]);
	});

	it('standardise() gives an unknown value the mean (z = 0) and a constant feature z = 0', () => {
		expect(standardise([[1, 3], [3, 3], [null, 3]])).toEqual([[-1, 0], [1, 0], [0, 0]]);
	});
});

describe('most similar group', () => {
	it('ranks every other service by the distances worked out by hand', () => {
		const ranked = rankBySimilarity(fixture, 'A');
		expect(ranked.map((match) => match.police_service_id)).toEqual(['B', 'G', 'C', 'D', 'H', 'F', 'E']);
		const distance = Object.fromEntries(ranked.map((match) => [match.police_service_id, match.distance]));
		expect(distance.B).toBeCloseTo(Math.sqrt(7 / 4), 9);
		expect(distance.G).toBeCloseTo(Math.sqrt(10 / 4), 9);
		expect(distance.C).toBeCloseTo(Math.sqrt(15 / 4), 9);
		expect(distance.D).toBeCloseTo(Math.sqrt(30 / 4), 9);
		expect(distance.H).toBeCloseTo(Math.sqrt(30 / 4), 9);
		expect(distance.F).toBeCloseTo(Math.sqrt(47 / 4), 9);
		expect(distance.E).toBeCloseTo(Math.sqrt(69 / 4), 9);
		expect(ranked.map((match) => match.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('takes the k nearest, breaking the D–H tie by id', () => {
		expect(mostSimilar(fixture, 'A', { k: 3 }).map((m) => m.police_service_id)).toEqual(['B', 'G', 'C']);
		expect(mostSimilar(fixture, 'A', { k: 4 }).map((m) => m.police_service_id)).toEqual(['B', 'G', 'C', 'D']);
	});

	it('defaults to k = 7 and never includes the chosen service', () => {
		const group = mostSimilar(fixture, 'A');
		expect(group).toHaveLength(7);
		expect(group.map((m) => m.police_service_id)).not.toContain('A');
	});

	it('follows the weights: without referrals, H moves ahead of D', () => {
		const ranked = rankBySimilarity(fixture, 'A', { referrals_per_100k: 0 });
		expect(ranked.map((m) => m.police_service_id)).toEqual(['B', 'G', 'C', 'H', 'D', 'F', 'E']);
		expect(ranked[3]?.distance).toBeCloseTo(Math.sqrt(14 / 4), 9);
	});

	it('gives the same group whatever the order of the input', () => {
		const reversed = [...fixture].reverse();
		expect(mostSimilar(reversed, 'A', { k: 5 })).toEqual(mostSimilar(fixture, 'A', { k: 5 }));
	});

	it('refuses a k that is not a positive whole number, and an unknown service', () => {
		expect(() => mostSimilar(fixture, 'A', { k: 0 })).toThrow(/k must be/);
		expect(() => mostSimilar(fixture, 'A', { k: 2.5 })).toThrow(/k must be/);
		expect(() => mostSimilar(fixture, 'Z')).toThrow(/No profile/);
	});
});
