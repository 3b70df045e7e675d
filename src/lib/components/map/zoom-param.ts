/**
 * The map's view as a URL parameter, so a shared link reopens the same view: a preset id
 * ("gta") or a transform "k/x/y" ("4.2/-1180.5/-960"). Pure; used by the route to read and write `?zoom=`.
 */
import { isZoomPresetId } from '$lib/geo/projection';
import type { MapZoomState } from './types';

/** Tenths of a viewBox unit and hundredths of a zoom level: finer than a pixel, short in a URL. */
function round(value: number, digits: number): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

/** Null for the default view (Province), so the default URL stays clean. */
export function formatZoomParam(state: MapZoomState): string | null {
	if (state.preset === 'province') return null;
	if (state.preset) return state.preset;
	const { k, x, y } = state.transform;
	if (k === 1 && x === 0 && y === 0) return null;
	return [round(k, 2), round(x, 1), round(y, 1)].join('/');
}

/** A preset or a transform; null for anything else (the map then opens on Province). */
export function parseZoomParam(text: string | null | undefined): MapZoomState | null {
	if (!text) return null;
	if (isZoomPresetId(text)) return { preset: text, transform: { k: 1, x: 0, y: 0 } };
	const parts = text.split('/').map(Number);
	if (parts.length !== 3 || !parts.every(Number.isFinite)) return null;
	const [k = 1, x = 0, y = 0] = parts;
	return k > 0 ? { preset: null, transform: { k, x, y } } : null;
}
