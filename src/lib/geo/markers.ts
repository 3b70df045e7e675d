/**
 * Point markers for communities too small to see at province scale. Ontario's land mass dwarfs its
 * smallest communities: many First Nations reserves cover under 1 km², less than a pixel when the
 * whole province fits a 960-unit-wide map, so without a marker they would be invisible and
 * unclickable. Pure: no DOM.
 */

/** Communities whose projected area at province scale is below this (viewBox units², ≈ px²) get a marker. */
export const MIN_VISIBLE_AREA = 2;
/** Marker radius on screen, in viewBox units at any zoom (the circle is scaled by 1/k). */
export const MARKER_RADIUS = 2.5;
/**
 * Once a community's zoomed area reaches this many units², its own shape is clickable and the
 * marker steps aside (about an 8 × 8 pixel square).
 */
export const SHAPE_READABLE_AREA = 64;

export interface ProjectedCommunity {
	csduid: string;
	/** Planar area in viewBox units² at province scale (d3 geoPath.area). */
	area: number;
	/** Planar centroid in viewBox units at province scale (d3 geoPath.centroid). */
	centroid: readonly [number, number];
}

export interface PointMarker {
	csduid: string;
	x: number;
	y: number;
}

/** Markers for the communities under `minArea` at province scale, at their centroids. */
export function pointMarkers(
	communities: Iterable<ProjectedCommunity>,
	minArea = MIN_VISIBLE_AREA
): PointMarker[] {
	const markers: PointMarker[] = [];
	for (const { csduid, area, centroid } of communities) {
		if (!(area >= minArea)) markers.push({ csduid, x: centroid[0], y: centroid[1] });
	}
	return markers;
}

/** The marker radius in untransformed units, so it stays MARKER_RADIUS on screen at zoom k. */
export function markerRadius(k: number): number {
	return MARKER_RADIUS / k;
}

/** Whether a marked community's own shape is big enough at zoom k that the marker can hide. */
export function shapeIsReadable(area: number, k: number): boolean {
	return area * k * k >= SHAPE_READABLE_AREA;
}
