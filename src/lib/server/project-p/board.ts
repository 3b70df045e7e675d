/**
 * The Project P page's three lists for one reader (issue 7, deliverable 4): requests awaiting a decision,
 * ranked (domain/project-p/ranking.ts) by urgency, the community's gap level now, children affected and
 * waiting time; requests in progress; and finished ones. A chief sees their own service's requests only.
 */
import { NOBODY_CLEARED } from '$lib/domain/coverage';
import type { Board, BoardRow } from '$lib/domain/project-p/board-rows';
import { requestScope, type RequestSubject } from '$lib/domain/project-p/permissions';
import { rankRequests } from '$lib/domain/project-p/ranking';
import { AWAITING_STATUSES, COMMITTING_STATUSES } from '$lib/domain/project-p/vocabulary';
import type { Locale } from '$lib/i18n/locale';
import { formatUtcMinute as utcMinute } from '../../format';
import type { AtlasDb } from '../db/client';
import { latestFlags } from './coverage-flag';
import { requestNames } from './request-fields';
import * as requests from './requests';

export async function requestBoard(db: AtlasDb, subject: RequestSubject | null, locale: Locale, now: Date): Promise<Board> {
	// Levels and reason codes carry no caseload count: no clearance is needed to rank by them.
	const [rows, flags] = await Promise.all([requests.list(db, { scope: requestScope(subject) }), latestFlags(db, NOBODY_CLEARED)]);
	const assigned = await requests.assignedFteWeeks(
		db,
		rows.map((row) => row.id)
	);
	const board = rows.map(
		(row): BoardRow & { filed_at: Date } => ({
			id: row.id,
			csduid: row.csduid,
			...requestNames(row, locale),
			opp_region: row.opp_region,
			kind: row.kind,
			urgency: row.urgency,
			status: row.status,
			level: flags.get(row.csduid)?.level ?? null,
			children: row.children,
			asked_fte_weeks: row.expected_fte_weeks,
			assigned_fte_weeks: assigned.get(row.id) ?? 0,
			illustrative: row.illustrative,
			filed_at: row.filed_at,
			filed_utc: utcMinute(row.filed_at) ?? '',
			changed_utc: utcMinute(row.status_changed_at) ?? ''
		})
	);
	const strip = ({ filed_at: _filed, ...row }: BoardRow & { filed_at: Date }): BoardRow => row;
	return {
		awaiting: rankRequests(
			board.filter((row) => AWAITING_STATUSES.includes(row.status)),
			now
		).map(({ request, rank, effective_urgency, escalated, waiting_days }) => ({ ...strip(request), rank, effective_urgency, escalated, waiting_days })),
		inProgress: board.filter((row) => COMMITTING_STATUSES.includes(row.status)).map(strip),
		finished: board.filter((row) => row.status === 'closed' || row.status === 'declined').map(strip)
	};
}
