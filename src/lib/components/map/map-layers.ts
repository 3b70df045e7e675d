/**
 * Joins the view model to the projected geometry: lookups by CSDUID, marker positions, overlay
 * paths and the points keyboard navigation moves between. Pure; the geometry and service outlines
 * come from map-geometry's per-topology caches, so a metric switch recomputes only cheap maps.
 */
import type { ClassId, MapClass } from '$lib/domain/classify';
import { mapGeometry, servicePaths, type CommunityShape, type MapGeometry, type ServicePath } from '$lib/geo/map-geometry';
import type { PointMarker } from '$lib/geo/markers';
import type { NavigablePoint } from '$lib/geo/nearest';
import type { MapCommunity, MapViewModel } from './types';

export interface RequestRing {
	csduid: string;
	x: number;
	y: number;
}

export interface MapLayers {
	geometry: MapGeometry;
	communities: ReadonlyMap<string, MapCommunity>;
	classes: ReadonlyMap<ClassId, MapClass>;
	markers: ReadonlyMap<string, PointMarker>;
	services: ServicePath[];
	requests: RequestRing[];
	points: NavigablePoint[];
	shapeOf: (csduid: string | null) => CommunityShape | null;
}

type LayerInputs = Pick<MapViewModel, 'topology' | 'communities' | 'classes' | 'overlays'>;

export function mapLayers({ topology, communities, classes, overlays }: LayerInputs): MapLayers {
	const geometry = mapGeometry(topology);
	const shapeOf = (csduid: string | null) => (csduid ? (geometry.byId.get(csduid) ?? null) : null);
	const serviceOf = new Map(communities.flatMap((c) => (c.service_id ? [[c.csduid, c.service_id] as const] : [])));
	return {
		geometry,
		communities: new Map(communities.map((c) => [c.csduid, c])),
		classes: new Map(classes.map((c) => [c.id, c])),
		markers: new Map(geometry.markers.map((m) => [m.csduid, m])),
		services: overlays.services ? servicePaths(topology, geometry, serviceOf) : [],
		requests: overlays.requests.flatMap((csduid) => {
			const shape = shapeOf(csduid);
			return shape ? [{ csduid, x: shape.centroid[0], y: shape.centroid[1] }] : [];
		}),
		points: geometry.shapes.map((s) => ({ id: s.csduid, x: s.centroid[0], y: s.centroid[1] })),
		shapeOf
	};
}
