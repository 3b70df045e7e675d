/**
 * Everything the atlas map draws that depends only on the topology: one SVG path per community,
 * centroids and areas (for markers, tooltips and keyboard moves), census-division lines and
 * police-service outlines. (The provincial outline, topology.ts `provinceOutline`, is left out: the
 * community shapes already draw it, and its shoreline arcs would add ~100 KB to every page.) Pure, and memoized per topology object: projecting 577
 * communities costs tens of milliseconds, and a server render or a metric switch must not pay it
 * again while the topology object is the same.
 */
import { geoPath } from 'd3';
import type { GeoConicProjection, GeoPath } from 'd3';
import type { MultiPoint, Position } from 'geojson';
import { pointMarkers, type PointMarker } from './markers';
import { compactPathData } from './path-data';
import { fitOntario, MAP_WIDTH, type Viewport } from './projection';
import {
	censusDivisionBoundaries,
	communityFeatures,
	serviceOutlines,
	type CommunitiesTopology,
	type CommunityFeature
} from './topology';

/** One decimal of a viewBox unit is a tenth of a pixel at province scale: ample, and it halves the markup. */
const PATH_DIGITS = 1;

export interface CommunityShape {
	csduid: string;
	/** SVG path data in viewBox units at province scale. */
	d: string;
	centroid: readonly [number, number];
	area: number;
}

export interface MapGeometry {
	viewport: Viewport;
	projection: GeoConicProjection;
	/** Communities in topology order. */
	shapes: CommunityShape[];
	byId: ReadonlyMap<string, CommunityShape>;
	markers: PointMarker[];
	divisionLines: string;
}

export interface ServicePath {
	serviceId: string;
	d: string;
}

const geometries = new WeakMap<CommunitiesTopology, Map<number, MapGeometry>>();
const serviceCache = new WeakMap<CommunitiesTopology, Map<string, ServicePath[]>>();
/** Assignments change only with a new jurisdiction import; a few entries bound the cache. */
const MAX_SERVICE_ASSIGNMENTS = 4;

function pathGenerator(projection: GeoConicProjection): GeoPath {
	return geoPath(projection).digits(PATH_DIGITS);
}

/** Path data as the page carries it: relative steps, about a third shorter (path-data.ts). */
function pathData(path: GeoPath, object: Parameters<GeoPath>[0]): string {
	return compactPathData(path(object) ?? '');
}

/** Centroids feed marker and tooltip positions: a hundredth of a unit is plenty and keeps markup short. */
function round(value: number): number {
	return Math.round(value * 100) / 100;
}

function projectShape(path: GeoPath, feature: CommunityFeature): CommunityShape {
	const [x, y] = path.centroid(feature);
	return { csduid: feature.id, d: pathData(path, feature), centroid: [round(x), round(y)], area: path.area(feature) };
}

/**
 * Every vertex of every community, to fit the projection to. Fitting to the polygons themselves
 * gives the same bounds but runs d3's adaptive resampling over all edges three times (~100 ms cold);
 * the vertices' bounds equal the polygons' here, as edges of simplified census boundaries are short.
 */
function vertexCloud(features: readonly CommunityFeature[]): MultiPoint {
	const coordinates: Position[] = [];
	for (const { geometry } of features) {
		const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
		for (const ring of polygons.flat()) coordinates.push(...ring);
	}
	return { type: 'MultiPoint', coordinates };
}

function buildGeometry(topology: CommunitiesTopology, width: number): MapGeometry {
	const features = [...communityFeatures(topology).values()];
	const { projection, viewport } = fitOntario(vertexCloud(features), width);
	const path = pathGenerator(projection);
	const shapes = features.map((feature) => projectShape(path, feature));
	return {
		viewport,
		projection,
		shapes,
		byId: new Map(shapes.map((shape) => [shape.csduid, shape])),
		markers: pointMarkers(shapes),
		divisionLines: pathData(path, censusDivisionBoundaries(topology))
	};
}

/** The projected map for `topology` at `width` viewBox units, computed once per topology object. */
export function mapGeometry(topology: CommunitiesTopology, width = MAP_WIDTH): MapGeometry {
	let byWidth = geometries.get(topology);
	if (!byWidth) {
		byWidth = new Map();
		geometries.set(topology, byWidth);
	}
	let geometry = byWidth.get(width);
	if (!geometry) {
		geometry = buildGeometry(topology, width);
		byWidth.set(width, geometry);
	}
	return geometry;
}

/** A stable key for a csduid → service assignment, so equal assignments share one cached result. */
function assignmentKey(serviceOf: ReadonlyMap<string, string>, width: number): string {
	const pairs = [...serviceOf.entries()].map(([csduid, service]) => `${csduid}=${service}`);
	return `${width}|${pairs.sort().join(',')}`;
}

/** Police-service outlines as path data, cached per topology and assignment. */
export function servicePaths(
	topology: CommunitiesTopology,
	geometry: MapGeometry,
	serviceOf: ReadonlyMap<string, string>
): ServicePath[] {
	let byKey = serviceCache.get(topology);
	if (!byKey) {
		byKey = new Map();
		serviceCache.set(topology, byKey);
	}
	const key = assignmentKey(serviceOf, geometry.viewport.width);
	let paths = byKey.get(key);
	if (!paths) {
		const path = pathGenerator(geometry.projection);
		paths = serviceOutlines(topology, serviceOf).map(({ serviceId, outline }) => ({
			serviceId,
			d: pathData(path, outline)
		}));
		if (byKey.size >= MAX_SERVICE_ASSIGNMENTS) byKey.clear();
		byKey.set(key, paths);
	}
	return paths;
}
