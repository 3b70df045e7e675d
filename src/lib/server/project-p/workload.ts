/**
 * Workload by person and by region for one quarter (issue 7, deliverable 4): each roster member's
 * availability, what open requests hold of it and what is left; the same summed per OPP region of
 * the members' home, with the open requests of the region's communities.
 */
import { remainingFte, workloadByRegion, type MemberWorkload, type RegionWorkload } from '$lib/domain/project-p/capacity';
import { OPP_REGIONS } from '$lib/domain/vocabulary';
import type { AtlasDb } from '../db/client';
import * as requests from './requests';
import { membersInQuarter } from './roster';

export interface RosterWorkload {
	period: string;
	members: MemberWorkload[];
	regions: RegionWorkload[];
	/** Some member shown is from the illustrative demo roster. */
	illustrative: boolean;
}

export async function rosterWorkload(db: AtlasDb, period: string): Promise<RosterWorkload> {
	const [members, open] = await Promise.all([membersInQuarter(db, period), requests.openCountsByRegion(db)]);
	return {
		period,
		members: members.map((member) => ({ ...member, remaining_fte: remainingFte(member) })),
		regions: workloadByRegion(OPP_REGIONS, members, open),
		illustrative: members.some((member) => member.illustrative)
	};
}
