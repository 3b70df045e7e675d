/** Project P members and their availability per quarter (project_p_member, project_p_availability). */
import { defineKind, type RowCells, type RowPlace } from '../kind';
import type { ImportIssue } from '../issues';
import type { RosterRecord } from '../records';
import { belowCommittedIssues, rosterIssues, type RosterSeen } from '../roster-consistency';
import { num, type TableRow } from '../storage';
import type { StoredRoster } from '../stored';
import type { MemberRole } from '../vocabulary';
import type { OppRegion } from '../../vocabulary';
import { PERIOD, sameValues, statusOf } from './common';

/** A roster row gives a period and an availability together, or neither (then it only updates the member). */
function periodAndFte(cells: RowCells, place: RowPlace): ImportIssue[] {
	const hasPeriod = 'period' in cells;
	const hasFte = 'fte' in cells;
	if (hasPeriod === hasFte) return [];
	const missing = hasPeriod ? 'fte' : 'period';
	return [{ row: place.row, column: place.label(missing), value: '', code: 'period_and_fte' }];
}

export const roster = defineKind<RosterRecord, StoredRoster>()({
	columns: [
		{ name: 'member_id', french: 'id_membre', type: 'member_id', presence: 'key' },
		{ name: 'name', french: 'nom', type: 'person_name', presence: 'required' },
		{ name: 'role', french: 'role', type: 'member_role', presence: 'required' },
		{ name: 'home_region', french: 'region_attache', type: 'opp_region', presence: 'required' },
		{ name: 'active', french: 'actif', type: 'boolean', presence: 'required' },
		// Period and availability go together: a row without both only updates the member.
		{ ...PERIOD, presence: 'optional' },
		{ name: 'fte', french: 'etp', type: 'availability', presence: 'optional' }
	],
	// One availability per member and quarter.
	moreKeyColumns: ['period'],
	toRecord: (row) => ({
		member_id: row.member_id,
		name: row.name,
		role: row.role,
		home_region: row.home_region,
		active: row.active,
		period: row.period ?? null,
		fte: row.fte ?? null
	}),
	// A member's row without a period carries only the member; '' keeps it apart from their quarters.
	keyParts: (r) => [r.member_id, r.period ?? ''],
	cellChecks: periodAndFte,
	fileChecks: () => {
		const members: RosterSeen = new Map();
		return (record, place) => rosterIssues(members, record, place);
	},
	classify: (row, stored) => {
		const { member_id, name, role, home_region, active, period, fte } = row.record;
		if (!stored?.member) return { status: 'new' };
		if (period !== null && stored.fte === null) return { status: 'new' };
		const memberChanged = !sameValues({ member_id, name, role, home_region, active }, stored.member);
		return statusOf(false, memberChanged || (period !== null && stored.fte !== fte));
	},
	// Open Project P requests may already hold some of a member's availability: a file may not give less.
	storedChecks: {
		needs: (records) => ({ committedFte: records }),
		check: (rows, facts, _storedOf, label) => ({
			rows: [...rows],
			issues: belowCommittedIssues(rows, facts.committedFte ?? new Map(), label),
			warnings: [],
			notices: []
		})
	},
	storage: {
		tables: [
			{ name: 'project_p_member', keys: { id: 'text' }, tracked: { name: 'text', role: 'text', home_region: 'text', active: 'boolean' }, insertable: true },
			{ name: 'project_p_availability', keys: { member_id: 'text', period: 'text' }, tracked: { fte: 'numeric' }, insertable: true }
		],
		keysOf: (r) => {
			const rows: TableRow[] = [{ table: 'project_p_member', row: { id: r.member_id } }];
			if (r.period !== null) rows.push({ table: 'project_p_availability', row: { member_id: r.member_id, period: r.period } });
			return rows;
		},
		storedOf: (r, lookup) => {
			const member = lookup('project_p_member', { id: r.member_id });
			const availability = r.period === null ? undefined : lookup('project_p_availability', { member_id: r.member_id, period: r.period });
			return {
				member: member
					? { member_id: r.member_id, name: String(member.name), role: member.role as MemberRole, home_region: member.home_region as OppRegion, active: member.active === true }
					: null,
				fte: availability ? num(availability.fte) : null
			};
		},
		rowsOf: (r) => {
			const member = { id: r.member_id, name: r.name, role: r.role, home_region: r.home_region, active: r.active };
			const rows: TableRow[] = [{ table: 'project_p_member', row: member }];
			if (r.period !== null && r.fte !== null) rows.push({ table: 'project_p_availability', row: { member_id: r.member_id, period: r.period, fte: r.fte } });
			return rows;
		}
	},
	chiefsMayImport: false,
	plannersOnly: false,
	// The Project P feature's seed may write an illustrative demo roster, listed in project_p_illustrative_member.
	provenance: { baseline: 'illustrative', table: 'project_p_availability', imported: { column: 'member_id', notListedIn: 'project_p_illustrative_member' } }
});
