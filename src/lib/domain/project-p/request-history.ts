/**
 * One request as RequestHistory.svelte lists it: built by server/project-p/history.ts `requestHistory`,
 * already limited to what the reader may see.
 */
import type { RequestKind, RequestStatus, Urgency } from './vocabulary';

export interface RequestHistoryItem {
	id: number;
	csduid: string;
	community_name: string;
	community_name_fr: string;
	kind: RequestKind;
	urgency: Urgency;
	status: RequestStatus;
	/** ISO 8601 in UTC to the minute ("2026-11-29 04:37"), as the audit pages show times. */
	filed_utc: string;
	changed_utc: string;
}
