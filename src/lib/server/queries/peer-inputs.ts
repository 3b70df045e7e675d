/**
 * What the peer method reads besides the coverage inputs: every community's land area, population,
 * children and centroid with its police service (density and remoteness, domain/peers/profiles.ts).
 */
import type { AtlasDb } from '../db/client';
import type { ProfileCommunity } from '../../domain/peers';

export async function communities(db: AtlasDb): Promise<ProfileCommunity[]> {
	const rows = await db
		.selectFrom('community as c')
		.innerJoin('jurisdiction as j', 'j.csduid', 'c.csduid')
		.select(['c.csduid', 'j.police_service_id', 'c.population', 'c.children', 'c.children_source', 'c.land_area_km2', 'c.centroid_lon', 'c.centroid_lat'])
		.orderBy('c.csduid')
		.execute();
	return rows.map((row) => ({
		csduid: row.csduid,
		police_service_id: row.police_service_id,
		population: row.population,
		children: row.children,
		children_imported: row.children_source === 'imported',
		land_area_km2: row.land_area_km2,
		centroid: { lon: row.centroid_lon, lat: row.centroid_lat }
	}));
}
