import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, haversineKm, nearestIceUnits, type DistancePoint } from './distance';

describe('haversineKm', () => {
	it('is 0 from a point to itself and symmetric', () => {
		const toronto = { lon: -79.3832, lat: 43.6532 };
		const ottawa = { lon: -75.6972, lat: 45.4215 };
		expect(haversineKm(toronto, toronto)).toBe(0);
		expect(haversineKm(toronto, ottawa)).toBeCloseTo(haversineKm(ottawa, toronto), 9);
		expect(haversineKm(toronto, ottawa)).toBeGreaterThan(350); // about 352 km as the crow flies
		expect(haversineKm(toronto, ottawa)).toBeLessThan(355);
	});

	it('gives R × Δφ along a meridian and π R between antipodes', () => {
		expect(haversineKm({ lon: -85, lat: 49 }, { lon: -85, lat: 50 })).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 180, 9);
		expect(haversineKm({ lon: 0, lat: 0 }, { lon: 180, lat: 0 })).toBeCloseTo(EARTH_RADIUS_KM * Math.PI, 6);
	});
});

// Spread over Ontario, packed in a 1 km cluster, or stacked on one spot: the grid must be exact for all.
const pointArb = fc.oneof(
	fc.record({
		service: fc.integer({ min: 0, max: 5 }),
		lat: fc.double({ min: 41.7, max: 56.9, noNaN: true }),
		lon: fc.double({ min: -95.2, max: -74.3, noNaN: true })
	}),
	fc.record({
		service: fc.integer({ min: 0, max: 5 }),
		lat: fc.double({ min: 44, max: 44.01, noNaN: true }),
		lon: fc.double({ min: -80, max: -79.99, noNaN: true })
	}),
	fc.record({ service: fc.integer({ min: 0, max: 5 }), lat: fc.constant(50), lon: fc.constant(-90) })
);

describe('nearestIceUnits', () => {
	it('finds the same nearest unit as checking every pair', () => {
		fc.assert(
			fc.property(fc.array(pointArb, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 63 }), (raw, mask) => {
				const points: DistancePoint[] = raw.map((p, i) => ({
					csduid: String(3500000 + i),
					police_service_id: `s${p.service}`,
					centroid: { lon: p.lon, lat: p.lat }
				}));
				const hasUnit = (id: string) => ((mask >> Number(id.slice(1))) & 1) === 1;
				const found = nearestIceUnits(points, hasUnit);
				const units = points.filter((p) => hasUnit(p.police_service_id));
				points.forEach((point, i) => {
					const result = found[i];
					if (units.length === 0) return expect(result).toBeNull();
					const expected = hasUnit(point.police_service_id)
						? 0
						: Math.min(...units.map((u) => haversineKm(point.centroid, u.centroid)));
					expect(result?.distance_km).toBeCloseTo(expected, 9);
				});
			}),
			{ numRuns: 500 }
		);
	});

	it('puts a community whose own service has a unit at 0 km from it', () => {
		const points: DistancePoint[] = [
			{ csduid: '1', police_service_id: 'a', centroid: { lon: -80, lat: 44 } },
			{ csduid: '2', police_service_id: 'b', centroid: { lon: -80, lat: 44.001 } }
		];
		expect(nearestIceUnits(points, (id) => id !== '')).toEqual([
			{ distance_km: 0, police_service_id: 'a', csduid: '1' },
			{ distance_km: 0, police_service_id: 'b', csduid: '2' }
		]);
	});

	it('breaks ties by CSDUID, whatever the input order', () => {
		const from = { csduid: '9', police_service_id: 'none', centroid: { lon: -80, lat: 45 } };
		const north = { csduid: '2', police_service_id: 'unit', centroid: { lon: -80, lat: 46 } };
		const south = { csduid: '1', police_service_id: 'unit', centroid: { lon: -80, lat: 44 } };
		const hasUnit = (id: string) => id === 'unit';
		expect(nearestIceUnits([from, north, south], hasUnit)[0]?.csduid).toBe('1');
		expect(nearestIceUnits([from, south, north], hasUnit)[0]?.csduid).toBe('1');
	});
});
