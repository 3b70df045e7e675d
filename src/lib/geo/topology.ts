/**
 * Decodes the communities TopoJSON (577 Ontario census subdivisions, object `communities`, geometry
 * `id` = 7-digit CSDUID) into GeoJSON, and derives the overlays drawn from the same arcs: police
 * service outlines (topojson-client `merge`), census-division boundaries and the provincial outline
 * (`mesh`). Pure: no DOM, safe on the server.
 */
import { geoArea } from 'd3';
import { feature, merge, mesh } from 'topojson-client';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type {
	GeometryCollection,
	GeometryObject,
	MultiPolygon as TopoMultiPolygon,
	Polygon as TopoPolygon,
	Topology
} from 'topojson-specification';

/** The TopoJSON object that holds one geometry per community. */
export const COMMUNITIES_OBJECT = 'communities';

export type CommunitiesTopology = Topology<{ communities: GeometryCollection }>;
export type CommunityGeometry = Polygon | MultiPolygon;
export type CommunityFeature = Feature<CommunityGeometry> & { id: string };

/** A census division (county, region or district) is the first 4 digits of a CSDUID (Statistics Canada SGC). */
export function censusDivisionOf(csduid: string): string {
	return csduid.slice(0, 4);
}

function communityGeometries(topology: CommunitiesTopology): GeometryObject[] {
	const object = topology.objects[COMMUNITIES_OBJECT];
	if (!object) throw new Error(`Topology has no "${COMMUNITIES_OBJECT}" object`);
	return object.geometries;
}

function isPolygonal(geometry: GeometryObject): geometry is TopoPolygon | TopoMultiPolygon {
	return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

function reverseRings(rings: Position[][]): Position[][] {
	return rings.map((ring) => [...ring].reverse());
}

/**
 * d3-geo works on the sphere: an exterior ring must run clockwise, or d3 draws its complement (the
 * whole globe minus the community), which fills the viewport. Shapefiles are clockwise, but GeoJSON
 * tools following RFC 7946 write counter-clockwise rings. No Ontario community covers a hemisphere,
 * so an area above 2π steradians can only mean reversed winding.
 */
export function rewindIfInverted<G extends CommunityGeometry>(geometry: G): G {
	if (geoArea(geometry) <= 2 * Math.PI) return geometry;
	if (geometry.type === 'Polygon') return { ...geometry, coordinates: reverseRings(geometry.coordinates) };
	return { ...geometry, coordinates: geometry.coordinates.map(reverseRings) };
}

/** Every polygonal community, keyed by CSDUID, in the topology's order. */
export function communityFeatures(topology: CommunitiesTopology): Map<string, CommunityFeature> {
	const features = new Map<string, CommunityFeature>();
	for (const geometry of communityGeometries(topology)) {
		if (!isPolygonal(geometry) || geometry.id === undefined) continue;
		const decoded = feature(topology, geometry) as Feature<CommunityGeometry>;
		const csduid = String(geometry.id);
		features.set(csduid, { ...decoded, id: csduid, geometry: rewindIfInverted(decoded.geometry) });
	}
	return features;
}

export interface ServiceOutline {
	serviceId: string;
	outline: MultiPolygon;
}

/**
 * One outline per police service: the union of the communities it polices, merged along shared
 * arcs so internal boundaries disappear. Communities missing from `serviceOf` belong to no outline.
 * Outlines come back sorted by service id so renders are deterministic.
 */
export function serviceOutlines(
	topology: CommunitiesTopology,
	serviceOf: ReadonlyMap<string, string>
): ServiceOutline[] {
	const groups = new Map<string, Array<TopoPolygon | TopoMultiPolygon>>();
	for (const geometry of communityGeometries(topology)) {
		if (!isPolygonal(geometry) || geometry.id === undefined) continue;
		const serviceId = serviceOf.get(String(geometry.id));
		if (serviceId === undefined) continue;
		const group = groups.get(serviceId) ?? [];
		group.push(geometry);
		groups.set(serviceId, group);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([serviceId, members]) => ({ serviceId, outline: rewindIfInverted(merge(topology, members)) }));
}

/** Arcs shared by two communities in different census divisions: the county/district lines. */
export function censusDivisionBoundaries(topology: CommunitiesTopology): MultiLineString {
	const object = topology.objects[COMMUNITIES_OBJECT];
	return mesh(
		topology,
		object,
		(a, b) => a !== b && censusDivisionOf(String(a.id)) !== censusDivisionOf(String(b.id))
	);
}

/** Arcs used by one community only (a === b in topojson's mesh filter): the provincial outline and shores. */
export function provinceOutline(topology: CommunitiesTopology): MultiLineString {
	return mesh(topology, topology.objects[COMMUNITIES_OBJECT], (a, b) => a === b);
}

let lastTopologyJson: string | null = null;
let lastTopology: CommunitiesTopology | null = null;

/**
 * Parses the topology text that pages receive, returning the same object for the same text: map
 * geometry is cached per topology object (map-geometry.ts), so on the server every request reuses
 * the projected shapes, and in the browser a metric switch never re-projects.
 */
export function parseTopology(json: string): CommunitiesTopology {
	if (json !== lastTopologyJson || lastTopology === null) {
		lastTopology = JSON.parse(json) as CommunitiesTopology;
		lastTopologyJson = json;
	}
	return lastTopology;
}
