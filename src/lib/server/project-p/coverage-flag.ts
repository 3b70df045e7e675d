/**
 * The coverage flag of communities in the latest quarter with ICE data: gap level, whether Project P is
 * recommended and why (domain/coverage/project-p.ts). Read when a request is drafted and filed (kept
 * with the request) and when the queue ranks requests by the community's gap level.
 */
import type { Clearance, CommunityCoverageView } from '$lib/domain/coverage';
import type { CoverageFlag } from '$lib/domain/project-p/draft';
import type { AtlasDb } from '../db/client';
import { choosePeriod, coverageFor } from '../coverage';

export interface CommunityFlag extends CoverageFlag {
	/** The reasons as the reader may see them (disclosure control applied). */
	community: CommunityCoverageView;
}

/** Every community's flag in the latest quarter, by CSDUID; empty when no ICE data is loaded. */
export async function latestFlags(db: AtlasDb, cleared: Clearance): Promise<Map<string, CommunityFlag>> {
	const choice = await choosePeriod(db, null);
	if (!choice.ok) return new Map();
	const view = await coverageFor(db, choice.period, cleared);
	return new Map(
		view.communities.map((community) => [
			community.csduid,
			{
				period: choice.period,
				level: community.level,
				recommended: community.project_p_recommended,
				basis: community.project_p_basis,
				reason_codes: community.reasons.map((reason) => reason.code),
				community
			}
		])
	);
}

export async function flagFor(db: AtlasDb, csduid: string, cleared: Clearance): Promise<CommunityFlag | null> {
	return (await latestFlags(db, cleared)).get(csduid) ?? null;
}
