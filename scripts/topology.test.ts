/**
 * Checks the COMMITTED map file, data/geo/ontario-csd-2021.topo.json, as the browser will decode
 * it: topojson-client feature() then d3-geo.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoArea, geoBounds } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const topology = JSON.parse(
	readFileSync(new URL('../data/geo/ontario-csd-2021.topo.json', import.meta.url), 'utf8')
) as Topology<{ communities: GeometryCollection }>;
const communities = feature(topology, topology.objects.communities).features;
const ids = communities.map((community) => String(community.id));

describe('data/geo/ontario-csd-2021.topo.json', () => {
	it('holds the 577 Ontario census subdivisions of 2021', () => {
		expect(communities).toHaveLength(577);
	});

	it('identifies each geometry by a unique CSDUID', () => {
		for (const id of ids) expect(id).toMatch(/^35\d{5}$/);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('has no inverted geometry: every spherical area is below 2π', () => {
		const inverted = communities.filter((community) => !(geoArea(community) < 2 * Math.PI)).map((c) => c.id);
		expect(inverted).toEqual([]);
	});

	it('lies inside Ontario (lon -96..-74, lat 41..57.5)', () => {
		const [[west, south], [east, north]] = geoBounds({ type: 'FeatureCollection', features: communities });
		expect(west).toBeGreaterThanOrEqual(-96);
		expect(east).toBeLessThanOrEqual(-74);
		expect(south).toBeGreaterThanOrEqual(41);
		expect(north).toBeLessThanOrEqual(57.5);
	});

	it('keeps the smallest CSD, Christian Island 30A (3543070), with its geometry', () => {
		const christianIsland = communities.find((community) => community.id === '3543070');
		if (!christianIsland?.geometry) throw new Error('Christian Island 30A (3543070) is missing or has no geometry');
		expect(geoArea(christianIsland)).toBeGreaterThan(0);
	});
});
