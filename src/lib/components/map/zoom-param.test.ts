import { describe, expect, it } from 'vitest';
import { formatZoomParam, parseZoomParam } from './zoom-param';
import { constrainTransform, readableScale, MAX_SCALE } from './zoom';

describe('zoom URL parameter', () => {
	it('round-trips a preset and a transform', () => {
		expect(parseZoomParam(formatZoomParam({ preset: 'gta', transform: { k: 11, x: 1, y: 2 } }))).toEqual({
			preset: 'gta',
			transform: { k: 1, x: 0, y: 0 }
		});
		const text = formatZoomParam({ preset: null, transform: { k: 4.2345, x: -1180.56, y: -960.04 } });
		expect(text).toBe('4.23/-1180.6/-960');
		expect(parseZoomParam(text)).toEqual({ preset: null, transform: { k: 4.23, x: -1180.6, y: -960 } });
	});

	it('leaves the default view out of the URL', () => {
		expect(formatZoomParam({ preset: 'province', transform: { k: 1, x: 0, y: 0 } })).toBeNull();
		expect(formatZoomParam({ preset: null, transform: { k: 1, x: 0, y: 0 } })).toBeNull();
	});

	it('rejects anything else', () => {
		for (const bad of ['', 'moon', '1/2', 'a/b/c', '0/0/0', '-1/0/0', '1/2/3/4']) expect(parseZoomParam(bad)).toBeNull();
	});
});

describe('constrainTransform', () => {
	const viewport = { width: 100, height: 80 };

	it('keeps the map on screen and the zoom within 1..MAX_SCALE', () => {
		expect(constrainTransform({ k: 0.5, x: 40, y: 40 }, viewport)).toEqual({ k: 1, x: 0, y: 0 });
		expect(constrainTransform({ k: 2, x: -500, y: 10 }, viewport)).toEqual({ k: 2, x: -100, y: 0 });
		expect(constrainTransform({ k: 1000, x: 0, y: 0 }, viewport).k).toBe(MAX_SCALE);
	});
});

describe('readableScale', () => {
	it('zooms far into a tiny reserve and not at all into a big district', () => {
		const viewport = { width: 960, height: 1035 };
		expect(readableScale(0.3, viewport)).toBe(MAX_SCALE);
		expect(readableScale(50_000, viewport)).toBe(1);
	});
});
