/**
 * The Project P roster in a quarter: each member's availability and what is already committed to open
 * requests (issue 7, deliverables 1 and 4). The illustrative demo roster stands in until a real one is
 * imported: as soon as one imported member exists, demo members are left out here, so they can neither
 * be assigned nor counted as capacity (server/seed/project-p-roster.ts).
 */
import { sql } from 'kysely';
import type { MemberQuarter } from '$lib/domain/project-p/capacity';
import { COMMITTING_STATUSES } from '$lib/domain/project-p/vocabulary';
import type { AtlasDb } from '../db/client';

export interface QuarterOptions {
	/** Only these members (the ones an assignment names). */
	memberIds?: readonly string[];
	/** Include inactive members (to explain why one cannot be assigned). Default true. */
	inactive?: boolean;
}

/** Members in `period`, by home region then id. */
export async function membersInQuarter(db: AtlasDb, period: string, options: QuarterOptions = {}): Promise<MemberQuarter[]> {
	if (options.memberIds && options.memberIds.length === 0) return [];
	const rows = await db
		.selectFrom('project_p_member as m')
		.leftJoin('project_p_illustrative_member as i', 'i.member_id', 'm.id')
		.leftJoin('project_p_availability as a', (join) => join.onRef('a.member_id', '=', 'm.id').on('a.period', '=', period))
		.select([
			'm.id as member_id',
			'm.name',
			'm.role',
			'm.home_region',
			'm.active',
			sql<boolean>`i.member_id is not null`.as('illustrative'),
			'a.fte as available_fte',
			sql<number>`coalesce((
				select sum(x.fte) from project_p_assignment x
				join project_p_request r on r.id = x.request_id
				where x.member_id = m.id and x.period = ${period} and r.status in (${sql.join([...COMMITTING_STATUSES])})
			), 0)`.as('committed_fte')
		])
		.where((eb) =>
			eb.or([
				eb('i.member_id', 'is', null),
				eb.not(eb.exists(eb.selectFrom('project_p_member as real').leftJoin('project_p_illustrative_member as ri', 'ri.member_id', 'real.id').select('real.id').where('ri.member_id', 'is', null)))
			])
		)
		.$if(options.memberIds !== undefined, (qb) => qb.where('m.id', 'in', [...(options.memberIds ?? [])]))
		.$if(options.inactive === false, (qb) => qb.where('m.active', '=', true))
		.orderBy('m.home_region')
		.orderBy('m.id')
		.execute();
	return rows.map((row) => ({ ...row, committed_fte: Number(row.committed_fte) }));
}

/**
 * Locks the availability rows of `memberIds` in `period` until the transaction ends, in id order so two
 * transactions locking overlapping members cannot deadlock. A second coordinator assigning the same
 * member waits here, then reads the first one's committed assignment (READ COMMITTED: each statement
 * sees what was committed before it began) and is refused if it no longer fits.
 */
export async function lockAvailability(trx: AtlasDb, period: string, memberIds: readonly string[]): Promise<void> {
	if (memberIds.length === 0) return;
	await trx
		.selectFrom('project_p_availability')
		.select('member_id')
		.where('period', '=', period)
		.where('member_id', 'in', [...memberIds])
		.orderBy('member_id')
		.forUpdate()
		.execute();
}

/** Quarters with any availability recorded, in order. */
export async function periods(db: AtlasDb): Promise<string[]> {
	const rows = await db.selectFrom('project_p_availability').select('period').distinct().orderBy('period').execute();
	return rows.map((row) => row.period);
}
