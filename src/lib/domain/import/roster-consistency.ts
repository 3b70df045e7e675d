/**
 * A roster file repeats a member's name, role, region and status on each of their quarter rows;
 * the repeats must agree, or the file says two things about one person.
 */
import type { ImportIssue } from './issues';
import type { RosterMember, RosterRecord } from './records';
import type { RowPlace } from './row-checks';

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
