import { geoArea } from 'd3';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CSDUIDS, fixtureServiceOf, fixtureTopology } from '../../../tests/fixtures/map';
import * as topology from './topology';

describe('communityFeatures', () => {
	it('keys every community by its CSDUID, in topology order', () => {
		expect([...topology.communityFeatures(fixtureTopology).keys()]).toEqual([...FIXTURE_CSDUIDS]);
	});

	it('rewinds a counter-clockwise community instead of returning the rest of the globe', () => {
		const ottawa = topology.communityFeatures(fixtureTopology).get('3506008');
		expect(ottawa).toBeDefined();
		expect(geoArea(ottawa!)).toBeLessThan(0.001);
	});
});

describe('rewindIfInverted', () => {
	it('leaves a clockwise ring alone', () => {
		const square = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[0, 0],
					[0, 1],
					[1, 1],
					[1, 0],
					[0, 0]
				]
			]
		};
		expect(topology.rewindIfInverted(square)).toBe(square);
	});
});

describe('censusDivisionOf', () => {
	it('is the first four digits of the CSDUID', () => {
		expect(topology.censusDivisionOf('3520005')).toBe('3520');
	});
});

describe('serviceOutlines', () => {
	it('merges the communities of each service into one outline per service', () => {
		const outlines = topology.serviceOutlines(fixtureTopology, fixtureServiceOf);
		expect(outlines.map((o) => o.serviceId)).toEqual(['naps', 'opp', 'ottawa', 'peel', 'toronto']);
		const peel = outlines.find((o) => o.serviceId === 'peel');
		// Mississauga and Brampton share an edge: one polygon with one ring, no internal boundary.
		expect(peel?.outline.coordinates).toHaveLength(1);
		expect(peel?.outline.coordinates[0]).toHaveLength(1);
		for (const { outline } of outlines) expect(geoArea(outline)).toBeLessThan(2 * Math.PI);
	});

	it('leaves out communities with no service', () => {
		const outlines = topology.serviceOutlines(fixtureTopology, new Map([['3520005', 'toronto']]));
		expect(outlines).toHaveLength(1);
	});
});

describe('censusDivisionBoundaries', () => {
	const lines = topology.censusDivisionBoundaries(fixtureTopology).coordinates;

	it('keeps the Toronto (3520) / Mississauga (3521) boundary', () => {
		expect(lines).toHaveLength(1);
		for (const [lon] of lines[0]!) expect(lon).toBeCloseTo(-79.64, 3);
	});

	it('drops the Mississauga / Brampton boundary inside census division 3521', () => {
		const onBramptonEdge = lines.flat().filter(([, lat]) => Math.abs(lat! - 44.0) < 1e-3);
		expect(onBramptonEdge).toHaveLength(0);
	});
});

describe('provinceOutline', () => {
	it('contains only arcs used by a single community', () => {
		const outline = topology.provinceOutline(fixtureTopology).coordinates.flat();
		const onSharedEdge = outline.filter(([lon, lat]) => Math.abs(lon! + 79.64) < 1e-3 && lat! > 43.6 && lat! < 43.85);
		expect(onSharedEdge).toHaveLength(0);
		expect(outline.length).toBeGreaterThan(0);
	});
});
