import { describe, expect, it } from 'vitest';
import { mapGeometry } from '$lib/geo/map-geometry';
import { fixtureTopology } from '../../../../tests/fixtures/map';
import { fixtureStrings } from '../../../../tests/fixtures/map/strings';
import { communityLabel, fillFor, initialView, sameView, screenPercent, zoomFactorOfKey } from './map-view';

const geometry = mapGeometry(fixtureTopology);

describe('initialView', () => {
	it('opens on the whole province by default', () => {
		expect(initialView(null, geometry)).toEqual({ preset: 'province', transform: { k: 1, x: 0, y: 0 } });
	});

	it('keeps a transform from the URL inside the map', () => {
		const view = initialView({ preset: null, transform: { k: 2, x: 5000, y: 5000 } }, geometry);
		expect(view.transform).toEqual({ k: 2, x: 0, y: 0 });
	});
});

describe('screenPercent', () => {
	const viewport = { width: 200, height: 100 };

	it('places a point by the zoom transform, in percent of the map box', () => {
		expect(screenPercent([50, 50], { k: 2, x: -50, y: -25 }, viewport)).toEqual({ left: 25, top: 75 });
	});

	it('is null outside the view', () => {
		expect(screenPercent([150, 50], { k: 2, x: 0, y: 0 }, viewport)).toBeNull();
	});
});

describe('small helpers', () => {
	it('hatches a community whose class is unknown as "no data"', () => {
		expect(fillFor(undefined, 'p')).toBe('url(#p-no_data)');
	});

	it('labels a community link with its name, service, value and level', () => {
		const community = {
			csduid: '1',
			name: 'Pikangikum 14',
			service_id: 'naps',
			service_name: 'NAPS',
			value: null,
			display: '<5',
			class_id: 'suppressed' as const,
			level: 'critical' as const
		};
		expect(communityLabel(community, fixtureStrings)).toBe('Pikangikum 14 (NAPS): <5, gap level critical');
	});

	it('reads + and − (and = for keyboards that need Shift for +)', () => {
		expect(zoomFactorOfKey('=', 2)).toBe(2);
		expect(zoomFactorOfKey('-', 2)).toBe(0.5);
		expect(zoomFactorOfKey('a', 2)).toBeNull();
	});

	it('treats sub-pixel differences as the same view', () => {
		expect(sameView({ k: 2, x: 10, y: 10 }, { k: 2.001, x: 10.5, y: 9.6 })).toBe(true);
		expect(sameView({ k: 2, x: 10, y: 10 }, { k: 2, x: 12, y: 10 })).toBe(false);
	});
});
