import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3';
import type { Polygon, Position } from 'geojson';
import { rewindForD3, signedRingArea } from './ring-winding';

const clockwise: Position[] = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]];
const counterClockwise: Position[] = [...clockwise].reverse();
const holeClockwise: Position[] = [[0.25, 0.25], [0.25, 0.75], [0.75, 0.75], [0.75, 0.25], [0.25, 0.25]];

describe('signedRingArea()', () => {
	it('is negative for a clockwise ring (y pointing north)', () => {
		expect(signedRingArea(clockwise)).toBeLessThan(0);
		expect(signedRingArea(counterClockwise)).toBeGreaterThan(0);
	});
});

describe('rewindForD3()', () => {
	it('turns a counter-clockwise outer ring into a small polygon instead of the rest of the globe', () => {
		const inverted: Polygon = { type: 'Polygon', coordinates: [counterClockwise] };
		expect(geoArea(inverted)).toBeGreaterThan(2 * Math.PI);
		expect(geoArea(rewindForD3(inverted))).toBeCloseTo(geoArea({ type: 'Polygon', coordinates: [clockwise] }), 12);
	});

	it('winds holes counter-clockwise so they subtract area', () => {
		const rewound = rewindForD3({ type: 'Polygon', coordinates: [clockwise, holeClockwise] });
		const outerOnly = geoArea({ type: 'Polygon', coordinates: [clockwise] });
		expect(geoArea(rewound)).toBeLessThan(outerOnly);
		expect(geoArea(rewound)).toBeGreaterThan(0.7 * outerOnly);
	});

	it('drops zero-area rings and polygons whose outer ring is degenerate', () => {
		const flat: Position[] = [[0, 0], [1, 1], [2, 2], [0, 0]];
		const rewound = rewindForD3({ type: 'MultiPolygon', coordinates: [[flat], [clockwise, flat]] });
		expect(rewound.coordinates).toEqual([[clockwise]]);
	});
});
