import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { classify } from '$lib/domain/classify';
import {
	FIXTURE_CSDUIDS,
	fixtureServiceOf,
	fixtureTopology,
	fixtureValues,
	TINY_RESERVE
} from '../../../../tests/fixtures/map';
import { fixtureStrings } from '../../../../tests/fixtures/map/strings';
import { textContext } from '$lib/i18n/context';
import { mapEn } from '$lib/i18n/sections/map';
import { mapFr } from '$lib/i18n/sections-fr/map';
import { shapeFragment, shapeHref, shapesSvg } from '$lib/geo/shapes-asset';
import AtlasMap from './AtlasMap.svelte';
import type { MapCommunity, MapViewModel } from './types';

const classification = classify(fixtureValues, { method: 'ckmeans', direction: 'higher_is_better', k: 2 });

const communities: MapCommunity[] = fixtureValues.map((row) => ({
	csduid: row.csduid,
	name: row.name,
	service_id: fixtureServiceOf.get(row.csduid) ?? null,
	service_name: fixtureServiceOf.get(row.csduid) ?? null,
	value: row.value,
	display: row.special === 'suppressed' ? '<5' : row.value === null ? '—' : String(row.value),
	class_id: classification.assignment[row.csduid] ?? 'no_data',
	level: row.level
}));

function model(overrides: Partial<MapViewModel> = {}): MapViewModel {
	return {
		topology: fixtureTopology,
		communities,
		classes: classification.classes,
		metric: 'investigators_per_100k',
		locale: 'en',
		selected: null,
		overlays: { services: false, divisions: false, requests: [] },
		zoom: null,
		caption: { title: 'ICE investigators per 100,000 population', period: '2026 Q3', source: 'Fixture', valueLabel: 'Investigators / 100k pop.' },
		...overrides
	};
}

function renderMap(overrides: Partial<MapViewModel> = {}): string {
	// The map reads its words from the dictionary in context, in the model's language.
	const map = overrides.locale === 'fr' ? mapFr : mapEn;
	return render(AtlasMap, { props: model(overrides), context: textContext({ map }, overrides.locale ?? 'en') }).body;
}

/** The element that carries `data-csduid="…"`: its tag and attributes. */
function elementFor(html: string, csduid: string): { tag: string; attributes: string } {
	const match = html.match(new RegExp(`<(path|circle)([^>]*data-csduid="${csduid}"[^>]*)>`));
	if (!match) throw new Error(`no element for ${csduid}`);
	return { tag: match[1]!, attributes: match[2]! };
}

describe('AtlasMap server render', () => {
	const html = renderMap();

	it('classifies the fixture as expected', () => {
		expect(classification.classes.map((c) => [c.id, c.count])).toEqual([
			['range-0', 1],
			['range-1', 3],
			['suppressed', 1],
			['no_population', 1]
		]);
	});

	it('draws exactly one data-csduid element per community', () => {
		const ids = [...html.matchAll(/data-csduid="(\d+)"/g)].map((m) => m[1]);
		expect(ids.sort()).toEqual([...FIXTURE_CSDUIDS].sort());
	});

	it("fills each community with its class's colour", () => {
		const colours = new Map(classification.classes.map((c) => [c.id, c.colour]));
		for (const row of fixtureValues.filter((r) => r.special === null)) {
			const colour = colours.get(classification.assignment[row.csduid]!);
			expect(elementFor(html, row.csduid).attributes).toContain(`fill="${colour}"`);
		}
	});

	it('hatches the community without population and the suppressed one', () => {
		const reserve = elementFor(html, TINY_RESERVE);
		expect(reserve.tag).toBe('circle');
		expect(reserve.attributes).toMatch(/fill="url\(#[^)]*-no_population\)"/);
		expect(elementFor(html, '3506008').attributes).toMatch(/fill="url\(#[^)]*-suppressed\)"/);
		expect(html).toMatch(/<pattern id="[^"]*-no_population"/);
	});

	it('links every community to its page, with one tab stop for the whole map', () => {
		expect(html.match(/<a href="\/communities\/\d+"/g)).toHaveLength(FIXTURE_CSDUIDS.length);
		expect(html.match(/tabindex="0"/g)).toHaveLength(1);
		expect(html).toContain('aria-label="Toronto (toronto): 1.2, gap level none"');
	});

	it('labels the map and describes its keys', () => {
		expect(html).toMatch(/<svg[^>]*role="group"[^>]*aria-label="Map: ICE investigators per 100,000 population, 2026 Q3"/);
		expect(html).toContain(fixtureStrings.keyboardHelp);
	});

	it('shows each class with its number of communities in the legend', () => {
		const counts = [...html.matchAll(/data-class-id="([^"]+)"[\s\S]*?class="atlas-map-legend__count[^"]*"[^>]*>([^<]*)</g)].map(
			(m) => [m[1], m[2]]
		);
		expect(counts).toEqual([
			['range-0', '1 community'],
			['range-1', '3 communities'],
			['suppressed', '1 community'],
			['no_population', '1 community']
		]);
		expect(html).toContain('Population not available');
		expect(html).toContain('0.2 to under 1');
		expect(html).toContain('1 – 1.2');
	});

	it('renders the same markup every time', () => {
		expect(renderMap()).toBe(html);
	});
});

describe('AtlasMap options', () => {
	it('draws service outlines, division lines and request rings when asked', () => {
		const html = renderMap({ overlays: { services: true, divisions: true, requests: ['3560901'] } });
		expect(html.match(/data-service-id="/g)).toHaveLength(5);
		expect(html).toContain('stroke-dasharray');
		expect(html).toContain('data-request-csduid="3560901"');
		expect(html).toContain('Open Project P request');
	});

	it('renders a preset view on the server and outlines the selected community', () => {
		const html = renderMap({ zoom: { preset: 'gta', transform: { k: 1, x: 0, y: 0 } }, selected: '3520005' });
		expect(html).toMatch(/<g transform="translate\([-\d.]+,[-\d.]+\) scale\((\d+\.?\d*)\)">/);
		expect(html).toMatch(/aria-pressed="true"[^>]*>GTA</);
		expect(html).toContain('class="highlight-selected"');
		const toronto = html.match(/<a href="\/communities\/3520005" tabindex="(\d)"/);
		expect(toronto?.[1]).toBe('0');
	});

	it('writes French legend counts with French plural rules', () => {
		const html = renderMap({ locale: 'fr' });
		expect(html).toContain('1 – 1,2');
		expect(html).toContain('3 collectivités');
	});
});

describe('AtlasMap drawing outlines from the outlines file', () => {
	const file = '/map/communities.abc123.svg';
	const inline = renderMap();
	const html = renderMap({ shapesHref: file });

	it('points every community into the file, carrying its fill but no path data', () => {
		const uses = [...html.matchAll(/<use([^>]*)>/g)].map((m) => m[1] ?? '');
		expect(uses).toHaveLength(FIXTURE_CSDUIDS.length);
		for (const csduid of FIXTURE_CSDUIDS) expect(html).toContain(`href="${file}#c${csduid}"`);
		expect(html).not.toMatch(/<path[^>]*data-csduid=/);
		const colours = new Map(classification.classes.map((c) => [c.id, c.colour]));
		const toronto = uses.find((attributes) => attributes.includes('#c3520005'));
		expect(toronto).toContain(`fill="${colours.get(classification.assignment['3520005']!)}"`);
	});

	it('keeps the links, names and tab stop of the inline drawing', () => {
		const links = (text: string) => [...text.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
		expect(links(html)).toHaveLength(FIXTURE_CSDUIDS.length);
		expect(links(html)).toEqual(links(inline));
	});
});

describe('the outlines file', () => {
	it('holds each community once, as a path with the fragment id the map uses, and draws nothing alone', () => {
		const svg = shapesSvg([
			{ csduid: '3520005', d: 'M1,2l3,4z' },
			{ csduid: '3560077', d: 'M5,6l7,8z' }
		]);
		expect(svg).toBe('<svg xmlns="http://www.w3.org/2000/svg"><defs><path id="c3520005" d="M1,2l3,4z"/><path id="c3560077" d="M5,6l7,8z"/></defs></svg>');
		expect(shapeHref('/map/x.svg', '3520005')).toBe(`/map/x.svg#${shapeFragment('3520005')}`);
	});
});
