import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3';
import type { MultiPolygon, Position } from 'geojson';
import { areaKm2, representativePoint } from './community-measures';

function square(west: number, south: number, size: number): Position[] {
	return [[west, south], [west, south + size], [west + size, south + size], [west + size, south], [west, south]];
}

describe('areaKm2()', () => {
	it('measures a 1° × 1° cell at the equator as about 12,364 km²', () => {
		const cell: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)]] };
		expect(areaKm2(cell)).toBeCloseTo(12364, -1);
	});
});

describe('representativePoint()', () => {
	it('uses the centroid when it lies inside the shape', () => {
		const point = representativePoint({ type: 'MultiPolygon', coordinates: [[square(-80, 44, 1)]] });
		expect(point.method).toBe('centroid');
		expect(point.lon).toBeCloseTo(-79.5, 2);
	});

	it('falls back to the largest polygon when the centroid falls between islands', () => {
		const islands: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [[square(-80, 44, 0.2)], [square(-79, 44, 0.3)]]
		};
		const point = representativePoint(islands);
		expect(point.method).toBe('largest-polygon-centroid');
		expect(geoContains(islands, [point.lon, point.lat])).toBe(true);
		expect(point.lon).toBeGreaterThan(-79);
	});

	it('finds an interior point of a crescent whose centroid lies in its notch', () => {
		// A U shape open to the north: its centroid falls in the empty middle.
		const crescent: Position[] = [[-80, 44], [-80, 45], [-79.8, 45], [-79.8, 44.2], [-79.2, 44.2], [-79.2, 45], [-79, 45], [-79, 44], [-80, 44]];
		const shape: MultiPolygon = { type: 'MultiPolygon', coordinates: [[crescent]] };
		const point = representativePoint(shape);
		expect(point.method).toBe('largest-polygon-interior');
		expect(geoContains(shape, [point.lon, point.lat])).toBe(true);
	});
});
