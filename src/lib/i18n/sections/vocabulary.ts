/**
 * Words for the codes the domain hands out (domain/vocabulary.ts and the code lists beside it): gap
 * levels, remoteness classes, gap reasons' titles, peer features. The domain keeps the codes; their words live here, keyed
 * by code, so each is written once per language and a code without a word fails the type check.
 */
import type { Level, RemotenessClass } from '../../domain/vocabulary';
import type { PeerFeatureId } from '../../domain/peers/features';
import type { ReasonCode } from '../../domain/coverage/reasons';

export const vocabularyEn = {
	levels: { none: 'No gap', watch: 'Watch', gap: 'Gap', critical: 'Critical' } satisfies Record<Level, string>,
	remoteness: {
		urban_access: 'Urban access',
		rural: 'Rural',
		remote: 'Remote',
		fly_in: 'Fly-in'
	} satisfies Record<RemotenessClass, string>,
	/** An OPP regional team as a responder; `{region}` is the region's name (map.regions). */
	oppTeam: 'OPP {region} team',
	/** Gap reasons' titles (domain/coverage/reasons.ts writes their sentences). */
	reasons: {
		responder_load: 'Responder’s referral load',
		responder_without_investigators: 'Responder without investigators',
		responder_backlog_growth: 'Responder’s growing backlog',
		responder_forensic_backlog: 'Responder’s forensic queue',
		responder_forensic_without_examiner: 'Forensic queue and no examiner',
		responder_not_reported: 'Responder has not reported',
		assisted_by_opp: 'Answered by the OPP',
		far_from_base: 'Far from its responder',
		fly_in_community: 'Fly-in community'
	} satisfies Record<ReasonCode, string>,
	peerFeatures: {
		population: 'Population (2021 Census)',
		density: 'Population density',
		children_share: 'Share of children 0–17',
		remoteness: 'Distance to a large urban centre',
		referrals_per_100k: 'Referrals per 100,000 population (annualised)'
	} satisfies Record<PeerFeatureId, string>
};
