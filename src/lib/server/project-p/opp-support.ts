/**
 * The OPP's open support requests as planners see them beside the allocation: which regional team asks,
 * for what, how much (FTE-weeks asked and assigned so far) and where each stands. A planner reads every
 * request (domain/project-p/permissions.ts), so no scope applies here; the routes are planners' only.
 */
import { OPP_REGIONS, type OppRegion } from '$lib/domain/vocabulary';
import type { OppSupportItem } from '$lib/domain/project-p/board-rows';
import { formatUtcMinute as utcMinute } from '../../format';
import type { AtlasDb } from '../db/client';
import * as requests from './requests';


const REGIONS: readonly string[] = OPP_REGIONS;

export async function openOppSupportItems(db: AtlasDb): Promise<OppSupportItem[]> {
	return (await requests.openOppSupport(db)).map((row) => ({
		id: row.id,
		opp_region: REGIONS.includes(row.opp_region) ? (row.opp_region as OppRegion) : null,
		kind: row.kind,
		status: row.status,
		asked_fte_weeks: row.expected_fte_weeks,
		assigned_fte_weeks: row.assigned_fte_weeks,
		illustrative: row.illustrative,
		filed_utc: utcMinute(row.filed_at) ?? ''
	}));
}
