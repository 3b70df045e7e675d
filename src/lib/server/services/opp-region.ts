/**
 * What an OPP regional command sees of its team (domain.md §4; the coverage engine's responders): the
 * team's load — investigators, examiners, referrals answered over own and assisted communities — and
 * every community it answers for with level, relationship, access and reasons, disclosed with the
 * viewer's clearance (cleared for the OPP's own counts, not for those of the services it assists).
 */
import type { Clearance, CommunityCoverageView } from '$lib/domain/coverage';
import type { ResponderCoverageView } from '$lib/domain/coverage/disclosure';
import { levelRank } from '$lib/domain/coverage';
import { shownReasons, type ShownReason } from '$lib/domain/coverage/shown-reason';
import type { Locale } from '$lib/i18n/locale';
import { localName, serviceName } from '$lib/domain/names';
import type { AtlasDb } from '$lib/server/db/client';
import { choosePeriod, coverageFor } from '$lib/server/coverage';
import * as communities from '$lib/server/queries/communities';

export interface RegionCommunityRow {
	csduid: string;
	name: string;
	service_name: string;
	level: CommunityCoverageView['level'];
	relationship: CommunityCoverageView['relationship'];
	access: CommunityCoverageView['access'];
	reasons: ShownReason[];
}

export type RegionView =
	| { ok: false }
	| { ok: true; period: string; load: ResponderCoverageView | null; communities: RegionCommunityRow[] };

/** Worst level first, then more children, then the code: the order a team acts in. */
const byLevel = (a: CommunityCoverageView, b: CommunityCoverageView) =>
	levelRank(b.level) - levelRank(a.level) || (b.children ?? -1) - (a.children ?? -1) || a.csduid.localeCompare(b.csduid);

export async function regionView(db: AtlasDb, unitId: string, cleared: Clearance, locale: Locale): Promise<RegionView> {
	const choice = await choosePeriod(db, null);
	if (!choice.ok) return { ok: false };
	const view = await coverageFor(db, choice.period, cleared);
	const names = new Map((await communities.list(db, {})).map((row) => [row.csduid, row]));
	const answered = view.communities.filter((community) => community.responder_id === unitId).sort(byLevel);
	return {
		ok: true,
		period: choice.period,
		load: view.responders.find((responder) => responder.unit_id === unitId) ?? null,
		communities: answered.map((community) => {
			const row = names.get(community.csduid);
			return {
				csduid: community.csduid,
				name: row ? localName(row.name, row.name_fr, locale) : community.csduid,
				service_name: row ? serviceName(row.police_service_name, row.police_service_name_fr, locale) : community.police_service_id,
				level: community.level,
				relationship: community.relationship,
				access: community.access,
				reasons: shownReasons(community.reasons, locale)
			};
		})
	};
}
