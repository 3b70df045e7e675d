import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { outputFeatureProblems, sizeProblems, sourceIdProblems } from './geo-checks';

/** A 0.1° square near Toronto wound clockwise, as d3-geo expects for an exterior ring. */
const CLOCKWISE_SQUARE: Polygon = {
	type: 'Polygon',
	coordinates: [[[-79.4, 43.6], [-79.4, 43.7], [-79.3, 43.7], [-79.3, 43.6], [-79.4, 43.6]]]
};

function sourceFeature(csduid: unknown) {
	return { properties: csduid === undefined ? {} : { CSDUID: csduid } };
}

function outputFeature(id: string, geometry: Polygon | null = CLOCKWISE_SQUARE): Feature {
	return { type: 'Feature', id, properties: {}, geometry: geometry as Polygon };
}

describe('sourceIdProblems()', () => {
	it('accepts unique Ontario CSDUIDs', () => {
		expect(sourceIdProblems([sourceFeature('3520005'), sourceFeature('3543070')])).toEqual([]);
	});

	it('names a duplicate CSDUID and the index of both features', () => {
		const problems = sourceIdProblems([sourceFeature('3520005'), sourceFeature('3543070'), sourceFeature('3520005')]);
		expect(problems).toEqual(['feature 2: duplicate CSDUID 3520005 (first at feature 0)']);
	});

	it('names the index of a feature without a CSDUID', () => {
		expect(sourceIdProblems([sourceFeature('3520005'), sourceFeature(undefined)])).toEqual(['feature 1: missing CSDUID']);
		expect(sourceIdProblems([{ properties: null }])).toEqual(['feature 0: missing CSDUID']);
	});

	it('rejects codes outside Ontario or of the wrong length', () => {
		const problems = sourceIdProblems([sourceFeature('2466023'), sourceFeature('352000'), sourceFeature(3520005)]);
		expect(problems).toHaveLength(3);
		expect(problems[0]).toContain('"2466023"');
	});
});

describe('outputFeatureProblems()', () => {
	it('passes clockwise features with unique ids inside Ontario', () => {
		expect(outputFeatureProblems([outputFeature('3520005')], 1)).toEqual([]);
	});

	it('detects an inverted (counter-clockwise) ring, which d3-geo reads as covering the globe', () => {
		const ring = CLOCKWISE_SQUARE.coordinates[0] ?? [];
		const inverted: Polygon = { type: 'Polygon', coordinates: [[...ring].reverse()] };
		const problems = outputFeatureProblems([outputFeature('3543070', inverted)], 1);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^3543070: spherical area .* ≥ 2π/);
	});

	it('names a duplicate id and reports the wrong feature count', () => {
		const problems = outputFeatureProblems([outputFeature('3520005'), outputFeature('3520005')], 3);
		expect(problems).toEqual(['expected 3 features, found 2', '3520005: duplicate id']);
	});

	it('reports a feature that lost its geometry', () => {
		expect(outputFeatureProblems([outputFeature('3543070', null)], 1)).toEqual(['3543070: no geometry left']);
	});

	it('reports a feature outside Ontario', () => {
		const montreal: Polygon = {
			type: 'Polygon',
			coordinates: [[[-73.7, 45.5], [-73.7, 45.6], [-73.6, 45.6], [-73.6, 45.5], [-73.7, 45.5]]]
		};
		expect(outputFeatureProblems([outputFeature('3501005', montreal)], 1)[0]).toMatch(/falls? outside Ontario/);
	});
});

describe('sizeProblems()', () => {
	it('accepts a file at the budget and rejects one above it', () => {
		expect(sizeProblems(1000, 1000)).toEqual([]);
		expect(sizeProblems(1001, 1000)).toHaveLength(1);
	});
});
