/** The API's community shape: codes for joins, both names, population null when not available. */
import type { CommunityDetailRow, CommunityListRow } from '../queries/communities';

export function toCommunityJson(row: CommunityListRow) {
	return {
		csduid: row.csduid,
		name: row.name,
		name_fr: row.name_fr,
		type: row.csd_type,
		cduid: row.cduid,
		cd_name: row.cd_name,
		population: row.population,
		children_estimate: row.children,
		police_service_id: row.police_service_id,
		jurisdiction_confidence: row.confidence
	};
}

export function toCommunityDetailJson(row: CommunityDetailRow) {
	return {
		...toCommunityJson(row),
		land_area_km2: row.land_area_km2,
		centroid: { lon: row.centroid_lon, lat: row.centroid_lat },
		children_share: row.children_share,
		children_source: row.children_source,
		fly_in: row.fly_in,
		police_service_name: row.police_service_name,
		jurisdiction_note: row.jurisdiction_note
	};
}
