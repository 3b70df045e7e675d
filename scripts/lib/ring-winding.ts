/**
 * Rewinds polygon rings to d3-geo's convention before any spherical measurement: exterior rings
 * clockwise, holes counter-clockwise (d3-geo README, "Spherical shapes"). The source file has 19
 * counter-clockwise outer rings and 4 zero-area rings (shared/data/geo/PROVENANCE.md, problem 2),
 * which make geoArea read 11 features as covering almost the whole globe.
 *
 * Orientation is taken from the planar shoelace sum in longitude/latitude: every Ontario ring is
 * small and none crosses the antimeridian, so the planar sign equals the spherical one. Rings with
 * zero planar area enclose nothing and are dropped; a polygon whose outer ring is degenerate is
 * dropped with its holes.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];

/** Twice the signed planar area; negative means clockwise with y pointing north. */
export function signedRingArea(ring: readonly Position[]): number {
	let sum = 0;
	for (let i = 0; i + 1 < ring.length; i++) {
		const a = ring[i] as Position;
		const b = ring[i + 1] as Position;
		sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
	}
	return sum;
}

/** Returns the polygon rings rewound for d3-geo, or null when the outer ring is degenerate. */
export function rewindPolygonRings(rings: readonly Ring[]): Ring[] | null {
	const [outer, ...holes] = rings;
	if (!outer) return null;
	const outerArea = signedRingArea(outer);
	if (outerArea === 0) return null;
	const rewound: Ring[] = [outerArea < 0 ? [...outer] : [...outer].reverse()];
	for (const hole of holes) {
		const holeArea = signedRingArea(hole);
		if (holeArea === 0) continue;
		rewound.push(holeArea > 0 ? [...hole] : [...hole].reverse());
	}
	return rewound;
}

/** Rewinds every ring of a Polygon or MultiPolygon; the result is always a MultiPolygon. */
export function rewindForD3(geometry: Polygon | MultiPolygon): MultiPolygon {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const coordinates: Ring[][] = [];
	for (const polygon of polygons) {
		const rewound = rewindPolygonRings(polygon);
		if (rewound) coordinates.push(rewound);
	}
	return { type: 'MultiPolygon', coordinates };
}
