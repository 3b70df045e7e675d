/**
 * Land area and a representative point for each community, measured on the ORIGINAL (unsimplified)
 * source geometry after rewinding it for d3-geo (see ring-winding.ts).
 *
 * - Area: d3 geoArea (steradians on the unit sphere) × R², with R = 6,371.0088 km, the IUGG mean
 *   Earth radius. The source is the cartographic (shoreline-clipped) boundary file simplified by a
 *   third party, so the figure approximates, but is not, Statistics Canada's published land area.
 * - Point: d3 geoCentroid. A community made of a ring of islands, or shaped like a crescent, can
 *   have its centroid outside itself (in a lake, or in a neighbour); then the centroid of its
 *   largest polygon is used, and, if that is still outside (a crescent-shaped main polygon), the
 *   interior point of that polygon closest to its centroid along the horizontal line through it.
 */
import { geoArea, geoCentroid, geoContains } from 'd3';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** IUGG mean Earth radius R1 in km (Moritz 2000, Geodetic Reference System 1980). */
export const EARTH_MEAN_RADIUS_KM = 6371.0088;

export type CentroidMethod = 'centroid' | 'largest-polygon-centroid' | 'largest-polygon-interior';

export interface RepresentativePoint {
	lon: number;
	lat: number;
	method: CentroidMethod;
}

/** Area in km² of a geometry already wound for d3-geo. */
export function areaKm2(geometry: MultiPolygon): number {
	return geoArea(geometry) * EARTH_MEAN_RADIUS_KM ** 2;
}

/** A point that represents the community and lies inside it (see the module comment). */
export function representativePoint(geometry: MultiPolygon): RepresentativePoint {
	const [lon, lat] = geoCentroid(geometry);
	if (geoContains(geometry, [lon, lat])) return { lon, lat, method: 'centroid' };
	const largest = largestPolygon(geometry);
	const [largestLon, largestLat] = geoCentroid(largest);
	if (geoContains(largest, [largestLon, largestLat])) {
		return { lon: largestLon, lat: largestLat, method: 'largest-polygon-centroid' };
	}
	const inside = interiorPointOnParallel(largest, largestLon, largestLat);
	return { ...inside, method: 'largest-polygon-interior' };
}

function largestPolygon(geometry: MultiPolygon): Polygon {
	let best: Polygon = { type: 'Polygon', coordinates: [] };
	let bestArea = -1;
	for (const coordinates of geometry.coordinates) {
		const polygon: Polygon = { type: 'Polygon', coordinates };
		const area = geoArea(polygon);
		if (area > bestArea) [best, bestArea] = [polygon, area];
	}
	return best;
}

/**
 * Intersects the polygon's rings with the parallel through `lat`, pairs the crossings into
 * inside spans (even-odd rule) and returns the midpoint of the span nearest to `lon`.
 */
function interiorPointOnParallel(polygon: Polygon, lon: number, lat: number): { lon: number; lat: number } {
	const crossings: number[] = [];
	for (const ring of polygon.coordinates) {
		for (let i = 0; i + 1 < ring.length; i++) {
			const [x1, y1] = ring[i] as Position;
			const [x2, y2] = ring[i + 1] as Position;
			if (x1 === undefined || y1 === undefined || x2 === undefined || y2 === undefined) continue;
			if (y1 > lat !== y2 > lat) crossings.push(x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1));
		}
	}
	crossings.sort((a, b) => a - b);
	let best: { lon: number; lat: number } | null = null;
	let bestDistance = Infinity;
	for (let i = 0; i + 1 < crossings.length; i += 2) {
		const mid = ((crossings[i] as number) + (crossings[i + 1] as number)) / 2;
		const distance = Math.abs(mid - lon);
		if (distance < bestDistance) [best, bestDistance] = [{ lon: mid, lat }, distance];
	}
	if (!best) throw new Error(`no interior point found on parallel ${lat}`);
	return best;
}
