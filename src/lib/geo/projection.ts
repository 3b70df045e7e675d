/**
 * The Ontario MNR Lambert projection fitted to the map's viewport, and the zoom presets expressed
 * as transforms of that fitted projection. Pure: no DOM, safe on the server.
 */
import { geoConicConformal, geoGraticule, geoPath } from 'd3';
import type { GeoConicProjection, GeoPermissibleObjects } from 'd3';

export interface Viewport {
	width: number;
	height: number;
}

/** A d3-zoom transform in viewBox units: screen = k × point + (x, y). */
export interface ZoomTransform {
	k: number;
	x: number;
	y: number;
}

export const IDENTITY_TRANSFORM: ZoomTransform = { k: 1, x: 0, y: 0 };

/** The map's width in viewBox units; its height follows Ontario's shape (see fitOntario). */
export const MAP_WIDTH = 960;
/** Blank margin inside the viewBox so outlines at the edge are not clipped. */
export const MAP_PADDING = 8;

/**
 * NAD83 / Ontario MNR Lambert (EPSG:3161): Lambert conformal conic, standard parallels 44.5° N and
 * 53.5° N, central meridian 85° W, latitude of origin 0°. The ministry's own projection keeps both
 * Windsor and Hudson Bay coast shapes true, which a Web Mercator map of Ontario does not.
 */
export function ontarioLambert(): GeoConicProjection {
	return geoConicConformal().parallels([44.5, 53.5]).rotate([85, 0]);
}

export interface FittedProjection {
	projection: GeoConicProjection;
	viewport: Viewport;
}

/**
 * Fits the projection to `extent` (usually the whole province) at `width`, and picks the height that
 * the province's shape needs so the viewBox has no empty band.
 */
export function fitOntario(extent: GeoPermissibleObjects, width = MAP_WIDTH, padding = MAP_PADDING): FittedProjection {
	const inner = width - 2 * padding;
	const sized = ontarioLambert().fitWidth(inner, extent);
	const [[, top], [, bottom]] = geoPath(sized).bounds(extent);
	const height = Math.ceil(bottom - top + 2 * padding);
	const projection = ontarioLambert().fitExtent(
		[
			[padding, padding],
			[width - padding, height - padding]
		],
		extent
	);
	return { projection, viewport: { width, height } };
}

/** Lon/lat boxes [[west, south], [east, north]] for the named views; Province is the whole fit. */
export const ZOOM_PRESETS = {
	province: null,
	// Windsor to the Ottawa Valley and Cornwall, Lake Erie shore to Lake Nipissing and the French River.
	south: [
		[-83.2, 41.6],
		[-74.3, 46.3]
	],
	// Halton, Peel, Toronto, York and Durham regional municipalities.
	gta: [
		[-80.25, 43.25],
		[-78.6, 44.45]
	],
	// The ten northern districts, from the Manitoba border to Temiskaming and Nipissing.
	north: [
		[-95.16, 45.9],
		[-79.0, 56.86]
	]
} as const satisfies Record<string, readonly [readonly [number, number], readonly [number, number]] | null>;

export type ZoomPresetId = keyof typeof ZOOM_PRESETS;
export const ZOOM_PRESET_IDS = Object.keys(ZOOM_PRESETS) as ZoomPresetId[];

export function isZoomPresetId(value: unknown): value is ZoomPresetId {
	return typeof value === 'string' && Object.hasOwn(ZOOM_PRESETS, value);
}

/**
 * The transform that frames a preset's lon/lat box in the viewport. The box follows meridians and
 * parallels (d3 graticule outline), not great circles, so its projected bounds are the true ones.
 */
export function presetTransform(
	preset: ZoomPresetId,
	projection: GeoConicProjection,
	viewport: Viewport,
	padding = MAP_PADDING
): ZoomTransform {
	const box = ZOOM_PRESETS[preset];
	if (box === null) return IDENTITY_TRANSFORM;
	const outline = geoGraticule()
		.extent([
			[box[0][0], box[0][1]],
			[box[1][0], box[1][1]]
		])
		.outline();
	const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(outline);
	const k = Math.min((viewport.width - 2 * padding) / (x1 - x0), (viewport.height - 2 * padding) / (y1 - y0));
	return {
		k,
		x: viewport.width / 2 - k * ((x0 + x1) / 2),
		y: viewport.height / 2 - k * ((y0 + y1) / 2)
	};
}
