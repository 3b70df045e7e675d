/**
 * The request page's view: the request, its history and assignments, and — for a coordinator — the
 * next steps the state machine allows, with the roster's availability in the chosen quarter when the
 * next step is assigning (members of the request's region first).
 */
import { runningTotal } from '$lib/domain/project-p/running-total';
import type { MemberWorkload } from '$lib/domain/project-p/capacity';
import { remainingFte } from '$lib/domain/project-p/capacity';
import { mayDecide } from '$lib/domain/project-p/permissions';
import { assignableQuarters } from '$lib/domain/project-p/quarter';
import { nextStatuses } from '$lib/domain/project-p/transitions';
import type { AuthUser } from '$lib/server/auth/user';
import { formatUtcMinute as utcMinute } from '$lib/format';
import type { AtlasDb } from '$lib/server/db/client';
import { requestFacts, requestNames } from '$lib/server/project-p/request-fields';
import * as requests from '$lib/server/project-p/requests';
import { membersInQuarter } from '$lib/server/project-p/roster';
import type { Locale } from '$lib/i18n/locale';

export async function requestView(db: AtlasDb, row: requests.RequestRow, user: AuthUser, quarter: string | null, locale: Locale, now: Date) {
	const [history, assigned] = await Promise.all([requests.events(db, row.id), requests.assignments(db, row.id)]);
	const decide = mayDecide(user);
	const next = decide ? nextStatuses(row.status) : [];
	const quarters = assignableQuarters(now);
	const period = quarter !== null && (quarters as string[]).includes(quarter) ? quarter : (quarters[0] ?? '');
	const members: MemberWorkload[] = next.includes('assigned')
		? (await membersInQuarter(db, period, { inactive: false }))
				.map((member) => ({ ...member, remaining_fte: remainingFte(member) }))
				.sort((a, b) => Number(b.home_region === row.opp_region) - Number(a.home_region === row.opp_region))
		: [];
	return {
		request: {
			id: row.id,
			csduid: row.csduid,
			...requestNames(row, locale),
			...requestFacts(row),
			flag: row.flag_period === null || row.flag_level === null ? null : { period: row.flag_period, level: row.flag_level, reasons: row.flag_reasons },
			filed_by: row.filed_by,
			filed_utc: utcMinute(row.filed_at) ?? ''
		},
		history: history.map((event) => ({ id: event.id, from: event.from_status, to: event.to_status, at_utc: utcMinute(event.at) ?? '', actor: event.actor, note: event.note })),
		assignments: assigned.map((a) => ({ member_id: a.member_id, name: a.name, role: a.role, home_region: a.home_region, period: a.period, fte: a.fte, fte_weeks: a.fte_weeks })),
		total: runningTotal(row.expected_fte_weeks, assigned.map((a) => a.fte_weeks)),
		next,
		assign: next.includes('assigned') ? { period, quarters, members } : null
	};
}
