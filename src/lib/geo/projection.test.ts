import { describe, expect, it } from 'vitest';
import { fixtureTopology, TORONTO_LONLAT } from '../../../tests/fixtures/map';
import { mapGeometry } from './map-geometry';
import { isZoomPresetId, MAP_WIDTH, ontarioLambert, presetTransform } from './projection';

describe('ontarioLambert', () => {
	it('is the MNR Lambert: parallels 44.5° N and 53.5° N, central meridian 85° W', () => {
		const projection = ontarioLambert();
		expect(projection.parallels()).toEqual([44.5, 53.5]);
		expect(projection.rotate()).toEqual([85, 0, 0]);
	});
});

describe('fitOntario', () => {
	const { projection, viewport } = mapGeometry(fixtureTopology);

	it('fits the width and picks a height from the shape', () => {
		expect(viewport.width).toBe(MAP_WIDTH);
		expect(viewport.height).toBeGreaterThan(100);
		expect(viewport.height).toBeLessThan(4 * MAP_WIDTH);
	});

	it("projects Toronto's centroid inside the viewport", () => {
		const [x, y] = projection(TORONTO_LONLAT) ?? [NaN, NaN];
		expect(x).toBeGreaterThan(0);
		expect(x).toBeLessThan(viewport.width);
		expect(y).toBeGreaterThan(0);
		expect(y).toBeLessThan(viewport.height);
	});

	it('puts north up: Moosonee is above Toronto', () => {
		const toronto = projection(TORONTO_LONLAT)!;
		const moosonee = projection([-80.65, 51.28])!;
		expect(moosonee[1]).toBeLessThan(toronto[1]);
	});

	it('never draws a community as the whole viewport (inversion guard)', () => {
		const viewportArea = viewport.width * viewport.height;
		for (const shape of mapGeometry(fixtureTopology).shapes) {
			expect(shape.area).toBeLessThan(viewportArea / 2);
		}
	});
});

describe('presetTransform', () => {
	const { projection, viewport } = mapGeometry(fixtureTopology);

	it('is the identity for Province', () => {
		expect(presetTransform('province', projection, viewport)).toEqual({ k: 1, x: 0, y: 0 });
	});

	it('zooms further into the GTA than into the South', () => {
		const south = presetTransform('south', projection, viewport);
		const gta = presetTransform('gta', projection, viewport);
		expect(south.k).toBeGreaterThan(1);
		expect(gta.k).toBeGreaterThan(south.k);
	});

	it('puts Toronto inside the view after the GTA preset', () => {
		const { k, x, y } = presetTransform('gta', projection, viewport);
		const [tx, ty] = projection(TORONTO_LONLAT)!;
		expect(k * tx + x).toBeGreaterThan(0);
		expect(k * tx + x).toBeLessThan(viewport.width);
		expect(k * ty + y).toBeGreaterThan(0);
		expect(k * ty + y).toBeLessThan(viewport.height);
	});

	it('knows its preset ids', () => {
		expect(isZoomPresetId('gta')).toBe(true);
		expect(isZoomPresetId('toString')).toBe(false);
	});
});
