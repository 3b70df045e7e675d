/**
 * What open Project P requests already hold of the members and quarters a roster file names, read
 * after locking their availability rows (the lock assignments take, server/project-p/roster.ts):
 * an assignment in flight finishes first and is counted, or waits and sees the new availability.
 */
import { sql } from 'kysely';
import { committedKey, type CommittedFte } from '../../domain/import/roster-consistency';
import type { RosterRecord } from '../../domain/import/records';
import { COMMITTING_STATUSES } from '../../domain/project-p/vocabulary';
import type { AtlasDb } from '../db/client';
import { lockAvailability } from '../project-p/roster';

export async function committedFte(db: AtlasDb, records: readonly RosterRecord[]): Promise<CommittedFte> {
	const byPeriod = new Map<string, Set<string>>();
	for (const record of records) {
		if (record.period === null || record.fte === null) continue;
		byPeriod.set(record.period, (byPeriod.get(record.period) ?? new Set()).add(record.member_id));
	}
	const committed = new Map<string, number>();
	for (const [period, members] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
		const ids = [...members];
		await lockAvailability(db, period, ids);
		const rows = await db
			.selectFrom('project_p_assignment as x')
			.innerJoin('project_p_request as r', 'r.id', 'x.request_id')
			.select(['x.member_id', sql<string>`sum(x.fte)`.as('fte')])
			.where('x.period', '=', period)
			.where('x.member_id', 'in', ids)
			.where('r.status', 'in', [...COMMITTING_STATUSES])
			.groupBy('x.member_id')
			.execute();
		for (const row of rows) committed.set(committedKey(row.member_id, period), Number(row.fte));
	}
	return committed;
}
