/**
 * Great-circle distance from each community's centroid to the nearest community policed by a service
 * with an ICE unit (domain.md §3: "distance from a community to the nearest ICE unit is a core measure").
 *
 * Haversine formula on a sphere of mean Earth radius R₁ = 6371.0088 km (IUGG; Moritz, "Geodetic Reference
 * System 1980", 2000); the spherical error is under 0.5 %, far below the error of using a centroid.
 *
 * Search: unit communities bucketed in a grid of square cells (in degrees); from each community the
 * search visits rings of cells outward and stops once a ring's lower bound exceeds the best distance
 * found. Exact for any input (the bound never overestimates), and linear in practice: a ring holds a
 * handful of units whatever the province's size.
 */
import type { LonLat } from './types';

export const EARTH_RADIUS_KM = 6371.0088;

const RADIANS = Math.PI / 180;

export function haversineKm(a: LonLat, b: LonLat): number {
	const phi1 = a.lat * RADIANS;
	const phi2 = b.lat * RADIANS;
	return haversineRadians(phi1, a.lon * RADIANS, Math.cos(phi1), phi2, b.lon * RADIANS, Math.cos(phi2));
}

function haversineRadians(phi1: number, lambda1: number, cos1: number, phi2: number, lambda2: number, cos2: number): number {
	const sinPhi = Math.sin((phi2 - phi1) / 2);
	const sinLambda = Math.sin((lambda2 - lambda1) / 2);
	const h = sinPhi * sinPhi + cos1 * cos2 * sinLambda * sinLambda;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface DistancePoint {
	csduid: string;
	police_service_id: string;
	centroid: LonLat;
}

export interface NearestIceUnit {
	distance_km: number;
	police_service_id: string;
	csduid: string;
}

interface Target {
	csduid: string;
	police_service_id: string;
	phi: number;
	lambda: number;
	cos: number;
}

interface Extent {
	min: number;
	max: number;
}
const emptyExtent = (): Extent => ({ min: Infinity, max: -Infinity });
function include(extent: Extent, value: number): void {
	extent.min = Math.min(extent.min, value);
	extent.max = Math.max(extent.max, value);
}

/** Targets bucketed in square cells of `cell` radians, keyed by row and column. */
interface Grid {
	cell: number;
	cells: Map<number, Target[]>;
	rows: Extent;
	columns: Extent;
	/** Largest |latitude| of any target: bounds how close two longitudes can get (cos φ shrinks poleward). */
	maxAbsPhi: number;
}

/** Cell keys stay unique for any grid narrower than 2²⁰ columns. */
const keyOf = (row: number, column: number) => row * 1_048_576 + column;

/** About two targets per cell: few cells to visit, few distances to compute. */
function buildGrid(targets: readonly Target[]): Grid {
	const latitudes = emptyExtent();
	const longitudes = emptyExtent();
	let maxAbsPhi = 0;
	for (const target of targets) {
		include(latitudes, target.phi);
		include(longitudes, target.lambda);
		maxAbsPhi = Math.max(maxAbsPhi, Math.abs(target.phi));
	}
	const area = Math.max((latitudes.max - latitudes.min) * (longitudes.max - longitudes.min), 1e-8);
	const cell = Math.max(Math.sqrt((2 * area) / targets.length), 1e-4);
	const grid: Grid = { cell, cells: new Map(), rows: emptyExtent(), columns: emptyExtent(), maxAbsPhi };
	for (const target of targets) {
		const row = Math.floor(target.phi / cell);
		const column = Math.floor(target.lambda / cell);
		include(grid.rows, row);
		include(grid.columns, column);
		const key = keyOf(row, column);
		const bucket = grid.cells.get(key);
		if (bucket) bucket.push(target);
		else grid.cells.set(key, [target]);
	}
	return grid;
}

/**
 * A lower bound of the distance from a point to anything r rings of cells away: at least r − 1 whole cells
 * apart in latitude or in longitude, and a longitude gap Δλ between points no farther poleward than φmax
 * is at least 2R·asin(cos φmax · sin(Δλ/2)) (from the haversine formula).
 */
function ringLowerBoundKm(grid: Grid, rings: number, phi: number): number {
	if (rings <= 1) return 0;
	const gap = (rings - 1) * grid.cell;
	const cosMax = Math.cos(Math.max(grid.maxAbsPhi, Math.abs(phi)));
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, cosMax * Math.sin(Math.min(gap, Math.PI) / 2)));
}

interface Best {
	target: Target | null;
	km: number;
}

function visitCell(grid: Grid, row: number, column: number, visit: (target: Target) => void): void {
	for (const target of grid.cells.get(keyOf(row, column)) ?? []) visit(target);
}

/** Visits the cells of one square ring around (row, column), clipped to the grid's extent. */
function visitRing(grid: Grid, row: number, column: number, ring: number, visit: (target: Target) => void): void {
	const { rows, columns } = grid;
	const [left, right] = [Math.max(column - ring, columns.min), Math.min(column + ring, columns.max)];
	const sides = ring === 0 ? [row] : [row - ring, row + ring];
	for (const r of sides) {
		if (r < rows.min || r > rows.max) continue;
		for (let c = left; c <= right; c++) visitCell(grid, r, c, visit);
	}
	if (ring === 0) return;
	const [top, bottom] = [Math.max(row - ring + 1, rows.min), Math.min(row + ring - 1, rows.max)];
	for (const c of [column - ring, column + ring]) {
		if (c < columns.min || c > columns.max) continue;
		for (let r = top; r <= bottom; r++) visitCell(grid, r, c, visit);
	}
}

function nearestInGrid(grid: Grid, phi: number, lambda: number, cos: number): Best {
	const best: Best = { target: null, km: Infinity };
	const visit = (target: Target) => {
		const km = haversineRadians(phi, lambda, cos, target.phi, target.lambda, target.cos);
		if (best.target === null || km < best.km || (km === best.km && target.csduid < best.target.csduid)) {
			best.target = target;
			best.km = km;
		}
	};
	const [row, column] = [Math.floor(phi / grid.cell), Math.floor(lambda / grid.cell)];
	const { rows, columns } = grid;
	// Rings before `first` lie wholly outside the grid; after `last` every cell has been visited.
	const first = Math.max(0, rows.min - row, row - rows.max, columns.min - column, column - columns.max);
	const last = Math.max(row - rows.min, rows.max - row, column - columns.min, columns.max - column);
	for (let ring = first; ring <= last && ringLowerBoundKm(grid, ring, phi) <= best.km; ring++) {
		visitRing(grid, row, column, ring, visit);
	}
	return best;
}

/**
 * For each point (same order), its nearest ICE unit, or null when no service has one. A point whose own
 * service has a unit is at 0 km from it. Ties go to the smaller CSDUID, so the answer never depends on
 * input order.
 */
export function nearestIceUnits(
	points: readonly DistancePoint[],
	hasIceUnit: (policeServiceId: string) => boolean
): (NearestIceUnit | null)[] {
	const targets: Target[] = points
		.filter((point) => hasIceUnit(point.police_service_id))
		.map((point) => ({
			csduid: point.csduid,
			police_service_id: point.police_service_id,
			phi: point.centroid.lat * RADIANS,
			lambda: point.centroid.lon * RADIANS,
			cos: Math.cos(point.centroid.lat * RADIANS)
		}));
	if (targets.length === 0) return points.map(() => null);
	const grid = buildGrid(targets);

	return points.map((point) => {
		if (hasIceUnit(point.police_service_id)) {
			return { distance_km: 0, police_service_id: point.police_service_id, csduid: point.csduid };
		}
		const phi = point.centroid.lat * RADIANS;
		const { target, km } = nearestInGrid(grid, phi, point.centroid.lon * RADIANS, Math.cos(phi));
		return target === null ? null : { distance_km: km, police_service_id: target.police_service_id, csduid: target.csduid };
	});
}
