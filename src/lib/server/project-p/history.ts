/**
 * A community's or a police service's Project P requests, for the reader (community and service pages
 * show them with components/project-p/RequestHistory.svelte). A chief sees their own service's only;
 * viewers and administrators none (domain/project-p/permissions.ts).
 */
import type { ClearanceSubject } from '$lib/domain/clearance';
import { requestScope } from '$lib/domain/project-p/permissions';
import type { RequestHistoryItem } from '$lib/domain/project-p/request-history';
import { formatUtcMinute as utcMinute } from '../../format';
import type { AtlasDb } from '../db/client';
import * as requests from './requests';

export type HistoryOf = { csduid: string } | { police_service_id: string };

export async function requestHistory(db: AtlasDb, subject: ClearanceSubject | null, of: HistoryOf): Promise<RequestHistoryItem[]> {
	const rows = await requests.list(db, {
		scope: requestScope(subject),
		...('csduid' in of ? { csduid: of.csduid } : { policeServiceId: of.police_service_id })
	});
	return rows.map((row) => ({
		id: row.id,
		csduid: row.csduid,
		community_name: row.community_name,
		community_name_fr: row.community_name_fr,
		kind: row.kind,
		urgency: row.urgency,
		status: row.status,
		filed_utc: utcMinute(row.filed_at) ?? '',
		changed_utc: utcMinute(row.status_changed_at) ?? ''
	}));
}
