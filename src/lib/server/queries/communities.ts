/** Communities (2021 census subdivisions) with the police service of record. */
import { sql } from 'kysely';
import type { AtlasDb } from '../db/client';
import type { JurisdictionConfidence, ServiceKind } from '../db/schema';
import { normalizeForSearch } from '../../domain/search';

export interface CommunityListRow {
	csduid: string;
	name: string;
	name_fr: string;
	csd_type: string;
	cduid: string;
	cd_name: string;
	population: number | null;
	children: number | null;
	police_service_id: string;
	police_service_name: string;
	police_service_name_fr: string;
	service_kind: ServiceKind;
	/** The OPP region the community lies in (whoever polices it). */
	opp_region: string;
	confidence: JurisdictionConfidence;
}

export interface CommunityDetailRow extends CommunityListRow {
	land_area_km2: number;
	centroid_lon: number;
	centroid_lat: number;
	children_share: number;
	children_source: 'estimate' | 'imported';
	fly_in: boolean;
	jurisdiction_note: string | null;
}

export interface ListOptions {
	/** Free text; accents, case and punctuation ignored (domain/search.ts). */
	query?: string;
	policeServiceId?: string;
}

function baseQuery(db: AtlasDb) {
	return db
		.selectFrom('community as c')
		.innerJoin('jurisdiction as j', 'j.csduid', 'c.csduid')
		.innerJoin('police_service as s', 's.id', 'j.police_service_id')
		.select([
			'c.csduid',
			'c.name',
			'c.name_fr',
			'c.csd_type',
			'c.cduid',
			'c.cd_name',
			'c.population',
			'c.children',
			'j.police_service_id',
			's.name as police_service_name',
			's.name_fr as police_service_name_fr',
			's.kind as service_kind',
			'j.opp_region',
			'j.confidence'
		]);
}

export async function list(db: AtlasDb, options: ListOptions = {}): Promise<CommunityListRow[]> {
	const needle = options.query ? normalizeForSearch(options.query) : '';
	return baseQuery(db)
		// The normalised needle holds only letters, digits and spaces, so it has no LIKE wildcards.
		.$if(needle !== '', (qb) => qb.where('c.search_key', 'like', `%${needle}%`))
		.$if(options.policeServiceId !== undefined, (qb) => qb.where('j.police_service_id', '=', options.policeServiceId ?? ''))
		.orderBy('c.name')
		.orderBy('c.csduid')
		.execute();
}

export async function count(db: AtlasDb): Promise<number> {
	const row = await db.selectFrom('community').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
	return row.n;
}

export async function find(db: AtlasDb, csduid: string): Promise<CommunityDetailRow | undefined> {
	return baseQuery(db)
		.select([
			'c.land_area_km2',
			'c.centroid_lon',
			'c.centroid_lat',
			'c.children_share',
			'c.children_source',
			'c.fly_in',
			'j.note as jurisdiction_note'
		])
		.where('c.csduid', '=', csduid)
		.executeTakeFirst();
}
