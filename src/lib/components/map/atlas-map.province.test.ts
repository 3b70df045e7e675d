/**
 * The whole province through AtlasMap, when the real topology is present: every one of the 577
 * communities drawn exactly once, and the server render time (target for the whole page: ≤ 150 ms).
 */
import { existsSync, readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { classify } from '$lib/domain/classify';
import { mapGeometry } from '$lib/geo/map-geometry';
import { presetTransform } from '$lib/geo/projection';
import { communityFeatures, type CommunitiesTopology } from '$lib/geo/topology';
import { textContext } from '$lib/i18n/context';
import { mapEn } from '$lib/i18n/sections/map';
import AtlasMap from './AtlasMap.svelte';
import type { MapCommunity, MapViewModel } from './types';

/** The map reads its words from the dictionary in context, as under the root layout. */
const context = textContext({ map: mapEn }, 'en');

const TOPOLOGY_FILE = new URL('../../../../data/geo/ontario-csd-2021.topo.json', import.meta.url);
const ONTARIO_CSDS = 577;

function provinceModel(topology: CommunitiesTopology): MapViewModel {
	const ids = [...communityFeatures(topology).keys()];
	// Deterministic stand-in values: a spread from the CSDUID digits, a few missing and suppressed.
	const values = ids.map((csduid, i) => ({
		csduid,
		value: i % 41 === 0 ? null : (Number(csduid.slice(-3)) % 97) / 10,
		special: i % 53 === 0 ? ('suppressed' as const) : null
	}));
	const classification = classify(values, { method: 'quantile', direction: 'higher_is_worse' });
	const communities: MapCommunity[] = values.map(({ csduid, value }) => ({
		csduid,
		name: `Community ${csduid}`,
		service_id: `cd-${csduid.slice(0, 4)}`,
		service_name: `Service ${csduid.slice(0, 4)}`,
		value,
		display: value === null ? '—' : value.toFixed(1),
		class_id: classification.assignment[csduid] ?? 'no_data',
		level: null
	}));
	return {
		topology,
		communities,
		classes: classification.classes,
		metric: 'open_backlog',
		locale: 'en',
		selected: null,
		overlays: { services: true, divisions: true, requests: ids.slice(0, 10) },
		zoom: null,
		caption: { title: 'Open backlog', period: '2026 Q3', source: 'Test', valueLabel: 'Open backlog' }
	};
}

function median(numbers: number[]): number {
	const sorted = [...numbers].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

describe.skipIf(!existsSync(TOPOLOGY_FILE))('AtlasMap with the real province', () => {
	const topology = existsSync(TOPOLOGY_FILE)
		? (JSON.parse(readFileSync(TOPOLOGY_FILE, 'utf8')) as CommunitiesTopology)
		: null;

	it('draws each of the 577 communities exactly once, as a shape or a marker', () => {
		// The first render pays for projecting the topology (cached afterwards, per topology object).
		const start = performance.now();
		const html = render(AtlasMap, { props: provinceModel(topology!), context }).body;
		console.info(`AtlasMap province first render, geometry included: ${(performance.now() - start).toFixed(0)} ms`);
		const ids = [...html.matchAll(/data-csduid="(\d{7})"/g)].map((m) => m[1]);
		expect(ids).toHaveLength(ONTARIO_CSDS);
		expect(new Set(ids).size).toBe(ONTARIO_CSDS);
		const markers = html.match(/<circle data-csduid=/g) ?? [];
		expect(markers.length).toBe(mapGeometry(topology!).markers.length);
		expect(markers.length).toBeGreaterThan(0);
	});

	it("puts Toronto's centroid inside the viewport, and inside the GTA preset's view", () => {
		const { byId, projection, viewport } = mapGeometry(topology!);
		const [x, y] = byId.get('3520005')?.centroid ?? [NaN, NaN];
		expect(x).toBeGreaterThan(0);
		expect(x).toBeLessThan(viewport.width);
		expect(y).toBeGreaterThan(0);
		expect(y).toBeLessThan(viewport.height);
		const gta = presetTransform('gta', projection, viewport);
		expect(gta.k * x + gta.x).toBeGreaterThan(viewport.width * 0.25);
		expect(gta.k * x + gta.x).toBeLessThan(viewport.width * 0.75);
	});

	it('never draws a community over most of the viewport (inversion guard)', () => {
		const { shapes, viewport } = mapGeometry(topology!);
		for (const shape of shapes) expect(shape.area).toBeLessThan((viewport.width * viewport.height) / 4);
	});

	it('renders on the server quickly once the geometry is cached', () => {
		const props = provinceModel(topology!);
		const size = render(AtlasMap, { props, context }).body.length;
		const timings = Array.from({ length: 20 }, () => {
			const start = performance.now();
			// `body` is computed on access: read it inside the timing.
			const { body } = render(AtlasMap, { props, context });
			expect(body.length).toBeGreaterThan(0);
			return performance.now() - start;
		});
		console.info(
			`AtlasMap province render, geometry cached: median ${median(timings).toFixed(1)} ms over 20; ${(size / 1024).toFixed(0)} KB of markup`
		);
		expect(median(timings)).toBeLessThan(150);
	});
});
