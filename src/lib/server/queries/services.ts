/** Police services with what they cover (communities, population, children). */
import { sql, type Selectable } from 'kysely';
import type { AtlasDb } from '../db/client';
import type { PoliceServiceTable } from '../db/schema';

/** A police_service row with what it covers. */
export interface ServiceListRow extends Selectable<PoliceServiceTable> {
	community_count: number;
	/** Sum over communities with a census count; null when none of its communities has one. */
	population: number | null;
	children: number | null;
}

export async function list(db: AtlasDb, options: { id?: string } = {}): Promise<ServiceListRow[]> {
	return db
		.selectFrom('police_service as s')
		.leftJoin('jurisdiction as j', 'j.police_service_id', 's.id')
		.leftJoin('community as c', 'c.csduid', 'j.csduid')
		// Every police_service column: the row type is the whole table plus what it covers.
		.selectAll('s')
		.select([
			sql<number>`count(c.csduid)::int`.as('community_count'),
			sql<number | null>`sum(c.population)::int`.as('population'),
			sql<number | null>`sum(c.children)::int`.as('children')
		])
		.$if(options.id !== undefined, (qb) => qb.where('s.id', '=', options.id ?? ''))
		.groupBy('s.id')
		.orderBy('s.name')
		.execute();
}

export async function find(db: AtlasDb, id: string): Promise<ServiceListRow | undefined> {
	const [row] = await list(db, { id });
	return row;
}
