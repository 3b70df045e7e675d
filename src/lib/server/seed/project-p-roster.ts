/**
 * The ILLUSTRATIVE Project P roster (issue 7, deliverable 1): 14 detectives and 6 digital forensic
 * examiners across the OPP's five regions, with their availability per quarter, so requests can be
 * assigned before the OPP imports its real roster. No public source gives Project P's staffing; the
 * numbers are a demonstration, not an estimate (data/README.md, "Project P demo roster").
 *
 * Written in the seed's transaction, insert-only: a second run changes nothing, and an edited or
 * imported row is never overwritten. Once any real (imported) member exists, the demo roster is not
 * written at all, and the roster queries leave demo members out (server/project-p/roster.ts).
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { MemberRole } from '../../domain/import/vocabulary';
import type { OppRegion } from '../../domain/vocabulary';
import { periodRange, type PeriodKey } from '../../domain/period';

export const ROSTER_SOURCE = 'illustrative: src/lib/server/seed/project-p-roster.ts (data/README.md)';
/** Four fiscal years from the last quarter of illustrative ICE data on, so the demo can assign "now". */
export const ROSTER_PERIODS: readonly PeriodKey[] = periodRange('2025-Q1', '2028-Q4');

/** Detectives and examiners per region: Central (general headquarters, Orillia) holds the most. */
const PER_REGION: readonly [OppRegion, number, number][] = [
	['West', 3, 1],
	['Central', 4, 2],
	['East', 2, 1],
	['North East', 2, 1],
	['North West', 3, 1]
];
/** Two members work part time. */
const PART_TIME: ReadonlySet<string> = new Set(['DEMO-D05', 'DEMO-F03']);

export interface DemoMember {
	id: string;
	name: string;
	role: MemberRole;
	home_region: OppRegion;
}

export function demoMembers(): DemoMember[] {
	const members: DemoMember[] = [];
	let detective = 0;
	let examiner = 0;
	for (const [region, detectives, examiners] of PER_REGION) {
		for (let i = 0; i < detectives; i++) {
			const id = `DEMO-D${String(++detective).padStart(2, '0')}`;
			members.push({ id, name: `Illustrative detective ${id.slice(5)}`, role: 'detective', home_region: region });
		}
		for (let i = 0; i < examiners; i++) {
			const id = `DEMO-F${String(++examiner).padStart(2, '0')}`;
			members.push({ id, name: `Illustrative examiner ${id.slice(5)}`, role: 'forensic_examiner', home_region: region });
		}
	}
	return members;
}

/** Full time, 0.6 for part-timers, and half a quarter of training or leave in a rotating one quarter in eleven. */
export function demoAvailability(memberIndex: number, memberId: string, periodIndex: number): number {
	if (PART_TIME.has(memberId)) return 0.6;
	return (memberIndex * 3 + periodIndex) % 11 === 0 ? 0.5 : 1;
}

export interface RosterSeedReport {
	table: 'project_p_member' | 'project_p_availability';
	rows: number;
	inserted: number;
	updated: number;
	unchanged: number;
}

export async function seedDemoRoster(trx: Transaction<Database>): Promise<RosterSeedReport[]> {
	const members = demoMembers();
	const availability = members.flatMap((member, m) =>
		ROSTER_PERIODS.map((period, p) => ({ member_id: member.id, period, fte: demoAvailability(m, member.id, p) }))
	);
	const report = (table: RosterSeedReport['table'], rows: number, inserted: number): RosterSeedReport => ({
		table,
		rows,
		inserted,
		updated: 0,
		unchanged: rows - inserted
	});
	const real = await trx
		.selectFrom('project_p_member as m')
		.select('m.id')
		.where(({ not, exists, selectFrom }) =>
			not(exists(selectFrom('project_p_illustrative_member as i').select('i.member_id').whereRef('i.member_id', '=', 'm.id')))
		)
		.limit(1)
		.executeTakeFirst();
	if (real) return [report('project_p_member', members.length, 0), report('project_p_availability', availability.length, 0)];

	const inserted = await trx
		.insertInto('project_p_member')
		.values(members.map((member) => ({ ...member, active: true })))
		.onConflict((oc) => oc.column('id').doNothing())
		.returning('id')
		.execute();
	await trx
		.insertInto('project_p_illustrative_member')
		.values(members.map((member) => ({ member_id: member.id, source: ROSTER_SOURCE })))
		.onConflict((oc) => oc.column('member_id').doNothing())
		.execute();
	const days = await trx
		.insertInto('project_p_availability')
		.values(availability)
		.onConflict((oc) => oc.columns(['member_id', 'period']).doNothing())
		.returning(sql<number>`1`.as('one'))
		.execute();
	return [report('project_p_member', members.length, inserted.length), report('project_p_availability', availability.length, days.length)];
}
