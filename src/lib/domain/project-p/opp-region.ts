/**
 * The OPP's regional commands as requesters (domain.md §4): the OPP is one police service whose ICE
 * investigators work in five regional teams, each a reporting unit `opp-<region>`
 * (data/reference/reporting-units.csv). A regional account speaks for its team: it sees the communities
 * the team answers for — the OPP's own in the region and those of services without an ICE unit it
 * assists (domain/coverage/compute-coverage.ts) — and files support requests for them.
 */
import type { OppRegion } from '../vocabulary';
import type { RequestKind } from './vocabulary';

/** What a regional team asks for: surge help from the Child Sexual Exploitation Unit / Project P, or ministry resources. */
export const OPP_SUPPORT_KINDS: readonly RequestKind[] = ['surge_support', 'ministry_resources'];

/** The reporting unit of a region's team: 'North West' → 'opp-north-west'. */
export function oppUnitId(region: OppRegion): string {
	return `opp-${region.toLowerCase().replace(/ /g, '-')}`;
}

/** The subject's team, when it is an OPP regional account bound to a region; else null. */
export function regionalUnitOf(subject: { role: string; opp_region?: OppRegion | null } | null): string | null {
	return subject?.role === 'opp_region' && subject.opp_region ? oppUnitId(subject.opp_region) : null;
}
