/** Communities (2021 census subdivisions) with the police service of record. */
import { sql, type Selectable } from 'kysely';
import type { AtlasDb } from '../db/client';
import { qualify } from '../db/columns';
import type { CommunityTable, JurisdictionTable, PoliceServiceTable } from '../db/schema';
import { normalizeForSearch } from '../../domain/search';

type Community = Selectable<CommunityTable>;

/** The community's own columns every listing reads. */
const LIST_COLUMNS = ['csduid', 'name', 'name_fr', 'csd_type', 'cduid', 'cd_name', 'population', 'children'] as const satisfies readonly (keyof Community)[];

/** A community row with its police service of record (jurisdiction) joined. */
export interface CommunityListRow extends Pick<Community, (typeof LIST_COLUMNS)[number]> {
	police_service_id: string;
	police_service_name: string;
	police_service_name_fr: string;
	service_kind: PoliceServiceTable['kind'];
	/** The OPP region the community lies in (whoever polices it). */
	opp_region: string;
	confidence: JurisdictionTable['confidence'];
}

/** What one community's page reads beyond the listing. */
const DETAIL_COLUMNS = ['land_area_km2', 'centroid_lon', 'centroid_lat', 'children_share', 'children_source', 'fly_in'] as const satisfies readonly (keyof Community)[];

export interface CommunityDetailRow extends CommunityListRow, Pick<Community, (typeof DETAIL_COLUMNS)[number]> {
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
			...qualify('c', LIST_COLUMNS),
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
		.select([...qualify('c', DETAIL_COLUMNS), 'j.note as jurisdiction_note'])
		.where('c.csduid', '=', csduid)
		.executeTakeFirst();
}
