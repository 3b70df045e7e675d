/**
 * A roster file repeats a member's name, role, region and status on each of their quarter rows;
 * the repeats must agree, or the file says two things about one person.
 */
import type { ImportIssue } from './issues';
import type { RosterMember, RosterRecord } from './records';
import type { RowPlace } from './kind';

export type RosterSeen = Map<string, { row: number; member: RosterMember }>;

const MEMBER_FIELDS = ['name', 'role', 'home_region', 'active'] as const;

export function rosterIssues(seen: RosterSeen, record: RosterRecord, place: RowPlace): ImportIssue[] {
	const earlier = seen.get(record.member_id);
	if (!earlier) {
		const { member_id, name, role, home_region, active } = record;
		seen.set(member_id, { row: place.row, member: { member_id, name, role, home_region, active } });
		return [];
	}
	return MEMBER_FIELDS.filter((field) => earlier.member[field] !== record[field]).map((field) => ({
		row: place.row,
		column: place.label(field),
		value: String(record[field]),
		code: 'member_conflict' as const,
		params: { first: earlier.row, earlier: String(earlier.member[field]), member: record.member_id }
	}));
}

/** FTE already assigned to open requests, by member and quarter (`member_id period`). */
export type CommittedFte = ReadonlyMap<string, number>;

export const committedKey = (memberId: string, period: string) => `${memberId} ${period}`;

/**
 * A roster file may not give a member less availability in a quarter than open Project P requests
 * already hold of it: the coordinator would be over-assigned without anyone assigning (capacity.ts
 * forbids that at assignment). Compared in hundredths, the precision stored (numeric(3, 2)).
 */
export function belowCommittedIssues(rows: readonly { row: number; record: RosterRecord }[], committed: CommittedFte, label: (column: string) => string): ImportIssue[] {
	return rows.flatMap(({ row, record }) => {
		if (record.period === null || record.fte === null) return [];
		const held = committed.get(committedKey(record.member_id, record.period)) ?? 0;
		if (Math.round(record.fte * 100) >= Math.round(held * 100)) return [];
		return [
			{
				row,
				column: label('fte'),
				value: String(record.fte),
				code: 'below_committed' as const,
				params: { committed: held, member: record.member_id, period: record.period }
			}
		];
	});
}
