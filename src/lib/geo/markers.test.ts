import { describe, expect, it } from 'vitest';
import { fixtureTopology, TINY_RESERVE } from '../../../tests/fixtures/map';
import { mapGeometry } from './map-geometry';
import { markerRadius, MIN_VISIBLE_AREA, pointMarkers, shapeIsReadable } from './markers';

describe('pointMarkers', () => {
	it('marks the sub-pixel reserve and no other fixture community', () => {
		const { markers, byId } = mapGeometry(fixtureTopology);
		expect(markers.map((m) => m.csduid)).toEqual([TINY_RESERVE]);
		const reserve = byId.get(TINY_RESERVE)!;
		expect(reserve.area).toBeLessThan(MIN_VISIBLE_AREA);
		expect(markers[0]).toEqual({ csduid: TINY_RESERVE, x: reserve.centroid[0], y: reserve.centroid[1] });
	});

	it('marks a community whose area could not be computed', () => {
		expect(pointMarkers([{ csduid: 'x', area: NaN, centroid: [NaN, NaN] }])).toHaveLength(1);
	});
});

describe('marker size', () => {
	it('keeps the same on-screen radius at any zoom', () => {
		expect(markerRadius(4) * 4).toBeCloseTo(markerRadius(1));
	});

	it('lets the shape take over once it is readable', () => {
		expect(shapeIsReadable(0.5, 1)).toBe(false);
		expect(shapeIsReadable(0.5, 20)).toBe(true);
	});
});
