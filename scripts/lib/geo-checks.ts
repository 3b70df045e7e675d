/**
 * Checks for the community boundaries: the source GeoJSON before the build, and the decoded
 * TopoJSON after it. Each check returns a list of problems, one line each, naming the feature
 * (by CSDUID, or by index where the id itself is the problem); an empty list means it passed.
 *
 * Why these checks: the source is a third-party simplification of the Statistics Canada
 * cartographic CSD file with known defects (see shared/data/geo/PROVENANCE.md): rings wound the
 * wrong way make d3-geo read a feature as covering the whole globe, and careless sliver or island
 * filters delete tiny CSDs such as Christian Island 30A.
 */
import { geoArea, geoBounds } from 'd3';
import type { Feature } from 'geojson';

/** A 2021 Ontario census subdivision code: province 35, then 5 digits. */
export const CSDUID_PATTERN = /^35\d{5}$/;

export interface LonLatBounds {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** Generous box around Ontario (its extreme points are about 95.2°W–74.3°W, 41.7°N–56.9°N). */
export const ONTARIO_BOUNDS: LonLatBounds = { west: -96, south: 41, east: -74, north: 57.5 };

/** Budget for the map file the browser downloads, gzip -9. */
export const MAX_GZIP_BYTES = 120 * 1024;

/** A d3-geo polygon that covers more than a hemisphere is an inverted ring, not a CSD. */
const HEMISPHERE_STERADIANS = 2 * Math.PI;

export interface SourceFeature {
	properties: Record<string, unknown> | null;
}

/** Every source feature must carry a unique, well-formed CSDUID. */
export function sourceIdProblems(features: readonly SourceFeature[]): string[] {
	const problems: string[] = [];
	const firstIndexById = new Map<string, number>();
	features.forEach((feature, index) => {
		const id = feature.properties?.CSDUID;
		if (id === undefined || id === null || id === '') {
			problems.push(`feature ${index}: missing CSDUID`);
		} else if (typeof id !== 'string' || !CSDUID_PATTERN.test(id)) {
			problems.push(`feature ${index}: CSDUID ${JSON.stringify(id)} is not a 7-digit Ontario code (35xxxxx)`);
		} else {
			const first = firstIndexById.get(id);
			if (first === undefined) firstIndexById.set(id, index);
			else problems.push(`feature ${index}: duplicate CSDUID ${id} (first at feature ${first})`);
		}
	});
	return problems;
}

/**
 * Checks decoded output features: the expected count, unique well-formed ids, a geometry on
 * every feature, no inverted ring (spherical area below 2π) and bounds inside Ontario.
 */
export function outputFeatureProblems(
	features: readonly Feature[],
	expectedCount: number,
	bounds: LonLatBounds = ONTARIO_BOUNDS
): string[] {
	const problems: string[] = [];
	if (features.length !== expectedCount) {
		problems.push(`expected ${expectedCount} features, found ${features.length}`);
	}
	const seen = new Set<string>();
	features.forEach((feature, index) => {
		const id = feature.id;
		const label = typeof id === 'string' ? id : `feature ${index}`;
		if (typeof id !== 'string' || !CSDUID_PATTERN.test(id)) {
			problems.push(`feature ${index}: id ${JSON.stringify(id)} is not a CSDUID`);
		} else if (seen.has(id)) {
			problems.push(`${label}: duplicate id`);
		} else {
			seen.add(id);
		}
		if (!feature.geometry) {
			problems.push(`${label}: no geometry left`);
			return;
		}
		const area = geoArea(feature);
		if (!(area < HEMISPHERE_STERADIANS)) {
			problems.push(`${label}: spherical area ${area.toFixed(3)} sr ≥ 2π (inverted ring: it would cover the globe)`);
			return;
		}
		const outside = boundsProblem(geoBounds(feature), bounds);
		if (outside) problems.push(`${label}: ${outside}`);
	});
	return problems;
}

/** The gzip -9 size must stay inside the download budget. */
export function sizeProblems(gzipBytes: number, maxGzipBytes: number = MAX_GZIP_BYTES): string[] {
	return gzipBytes <= maxGzipBytes
		? []
		: [`gzip size ${gzipBytes} bytes exceeds the budget of ${maxGzipBytes} bytes`];
}

function boundsProblem([[west, south], [east, north]]: [[number, number], [number, number]], box: LonLatBounds): string | null {
	const inside = west >= box.west && east <= box.east && south >= box.south && north <= box.north && west <= east;
	if (inside) return null;
	const found = [west, south, east, north].map((value) => value.toFixed(3)).join(', ');
	return `bounds [${found}] fall outside Ontario [${box.west}, ${box.south}, ${box.east}, ${box.north}]`;
}
