/**
 * The Project P page's rows (server/project-p/board.ts builds them): a request as the lists show it,
 * names already in the reader's language and times as UTC to the minute; queue rows add their rank.
 */
import type { OppRegion, Level } from '../vocabulary';
import type { RequestKind, RequestStatus, Urgency } from './vocabulary';

export interface BoardRow {
	id: number;
	csduid: string;
	community_name: string;
	service_name: string;
	opp_region: string;
	kind: RequestKind;
	urgency: Urgency;
	status: RequestStatus;
	level: Level | null;
	children: number | null;
	/** FTE-weeks asked (null: no estimate) and assigned so far: the running total. */
	asked_fte_weeks: number | null;
	assigned_fte_weeks: number;
	/** A demonstration request written by the seed. */
	illustrative: boolean;
	filed_utc: string;
	changed_utc: string;
}

export interface RankedBoardRow extends BoardRow {
	rank: number;
	effective_urgency: Urgency;
	escalated: boolean;
	waiting_days: number;
}

export interface Board {
	awaiting: RankedBoardRow[];
	inProgress: BoardRow[];
	finished: BoardRow[];
}

/** An open OPP regional support request as planners see it beside the allocation (server/project-p/opp-support.ts). */
export interface OppSupportItem {
	id: number;
	opp_region: OppRegion | null;
	kind: RequestKind;
	status: RequestStatus;
	asked_fte_weeks: number | null;
	assigned_fte_weeks: number;
	illustrative: boolean;
	filed_utc: string;
}
