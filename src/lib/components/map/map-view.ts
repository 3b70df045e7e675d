/**
 * Small pure helpers the map components share: fills, accessible labels, the initial view and
 * where on screen a point lands. Kept out of the .svelte files so they can be unit-tested.
 */
import type { MapClass, SpecialClassId } from '$lib/domain/classify';
import { IDENTITY_TRANSFORM, presetTransform, type ZoomPresetId, type ZoomTransform } from '$lib/geo/projection';
import type { MapGeometry } from '$lib/geo/map-geometry';
import { MISSING } from '$lib/format';
import { interpolate } from '$lib/i18n/text';
import type { MapCommunity, MapStrings, MapZoomState } from './types';
import { constrainTransform } from './zoom';

/** Document-unique id of a hatching pattern; the prefix comes from `$props.id()`. */
export function patternId(prefix: string, special: SpecialClassId): string {
	return `${prefix}-${special}`;
}

/** A class's colour, or its hatching; a community with no known class reads as "no data". */
export function fillFor(cls: MapClass | undefined, prefix: string): string {
	if (!cls) return `url(#${patternId(prefix, 'no_data')})`;
	return cls.pattern ? `url(#${patternId(prefix, cls.pattern)})` : cls.colour;
}

/** e.g. "Attawapiskat 91A (Nishnawbe-Aski Police Service): 0.00, gap level critical". */
export function communityLabel(community: MapCommunity, strings: MapStrings): string {
	const label = interpolate(strings.communityLabel, {
		name: community.name,
		service: community.service_name ?? MISSING,
		value: community.display
	});
	if (!community.level) return label;
	return `${label}, ${interpolate(strings.levelLabel, { level: strings.levels[community.level] })}`;
}

type Fitted = Pick<MapGeometry, 'projection' | 'viewport'>;

/** A preset's view as the map can actually show it (never panned past the province's edge). */
export function presetView(preset: ZoomPresetId, { projection, viewport }: Fitted): ZoomTransform {
	return constrainTransform(presetTransform(preset, projection, viewport), viewport);
}

/** The view to render first: a preset, a transform kept inside the map, or the whole province. */
export function initialView(zoom: MapZoomState | null, geometry: Fitted): MapZoomState {
	if (!zoom) return { preset: 'province', transform: IDENTITY_TRANSFORM };
	if (zoom.preset) return { preset: zoom.preset, transform: presetView(zoom.preset, geometry) };
	return { preset: null, transform: constrainTransform(zoom.transform, geometry.viewport) };
}

/**
 * Where a province-scale point appears, in percent of the map box (the SVG scales with its box);
 * null when it is outside the view, where a tooltip would float over the rest of the page.
 */
export function screenPercent(
	[x, y]: readonly [number, number],
	{ k, x: tx, y: ty }: ZoomTransform,
	{ width, height }: { width: number; height: number }
): { left: number; top: number } | null {
	const [left, top] = [((k * x + tx) / width) * 100, ((k * y + ty) / height) * 100];
	return left >= 0 && left <= 100 && top >= 0 && top <= 100 ? { left, top } : null;
}

/** Two views that differ by less than a hundredth of a zoom level and a unit of pan are the same. */
export function sameView(a: ZoomTransform, b: ZoomTransform): boolean {
	return Math.abs(a.k - b.k) < 0.01 && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1;
}

/** The community whose link contains an event's target (the link, its path or its marker). */
export function csduidOfTarget(target: EventTarget | null): string | null {
	const link = target instanceof Element ? target.closest('a') : null;
	return link?.querySelector('[data-csduid]')?.getAttribute('data-csduid') ?? null;
}

/** + (or = on keyboards where + needs Shift) zooms in, − zooms out; other keys do not zoom. */
export function zoomFactorOfKey(key: string, step: number): number | null {
	if (key === '+' || key === '=') return step;
	if (key === '-' || key === '−') return 1 / step;
	return null;
}
