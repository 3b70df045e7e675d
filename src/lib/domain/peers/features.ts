/**
 * THE peer features: what makes two police services "similar" (issue 8; domain.md §8). One table, so
 * the method can be read, questioned and changed in one place.
 *
 * Modelled on HMICFRS Value for Money profiles, which compare each force with its "most similar group"
 * of forces chosen on demographic, social and geographic context rather than on the outcomes being
 * compared. Likewise here no feature measures ICE capacity: a service without an ICE unit must be
 * compared with services like it, not with other services without a unit. Deprivation, which HMICFRS
 * also uses, has no per-service Ontario figure in the atlas yet.
 *
 * Transforms: population and density span four orders of magnitude (Toronto 2.8 million people;
 * Deep River 4,200), so they enter as base-10 logarithms, as do distances (log(1 + km), so 0 km is allowed).
 * Without them one metropolis would stretch the scale and every other service would look alike.
 *
 * Weights: equal. They are a policy choice, not a statistical result (as the US ICAC statute leaves
 * factor weights to policy, domain.md §7); change them here and the tests say what moved.
 *
 * Distances read `published`, not `raw`: only what every viewer may see, so the groups and distances
 * are one computation for everyone and no distance can be inverted to a withheld value (domain.md §9).
 * The referral rate enters only where it rests on no count of 1–4; the share of children only where it
 * was imported, since an estimated share is a constant per kind of place and marks nothing but reserves
 * (domain.md §3, §8). `required` features must be known for a service to be compared at all
 * (basis.ts); the others are used only when known for every candidate.
 *
 * Each feature's words are in the dictionary (i18n/sections/vocabulary.ts, `peerFeatures`), keyed by id.
 */
import type { DisclosedNumber } from '../coverage';
import { WITHHELD } from '../coverage/disclosure';
import type { ServiceProfile } from './types';

export type PeerFeatureId = 'population' | 'density' | 'children_share' | 'remoteness' | 'referrals_per_100k';

/** How a feature's raw value is shown: a count, people per km², a share, km, or a rate per 100,000. */
export type PeerFeatureUnit = 'count' | 'per_km2' | 'share' | 'km' | 'per_100k';

export interface PeerFeature {
	id: PeerFeatureId;
	unit: PeerFeatureUnit;
	/** The raw value, shown to viewers through `discloseFeatures`; null when unknown. */
	raw: (profile: ServiceProfile) => number | null;
	/** The value distances use: published to every viewer and informative; null otherwise. */
	published: (profile: ServiceProfile) => number | null;
	/** A service without it cannot be placed among the others (basis.ts leaves it out, with a note). */
	required: boolean;
	/** Raw value → the scale distances are measured on. */
	transform: (raw: number) => number | null;
	weight: number;
}

const log10Positive = (value: number): number | null => (value > 0 ? Math.log10(value) : null);
const log10OnePlus = (value: number): number | null => (value >= 0 ? Math.log10(1 + value) : null);
const identity = (value: number): number => value;

/** Equal weights (see above): a feature's weight is stated once, here. */
const EQUAL_WEIGHT = 1;

/**
 * A census or geography feature: public for every service, so the value distances use is the raw
 * value, and every service must have it to be compared.
 */
function publicFeature(id: PeerFeatureId, unit: PeerFeatureUnit, value: PeerFeature['raw'], transform: PeerFeature['transform']): PeerFeature {
	return { id, unit, raw: value, published: value, required: true, transform, weight: EQUAL_WEIGHT };
}

const density = (p: ServiceProfile): number | null => (p.population !== null && p.land_area_km2 > 0 ? p.population / p.land_area_km2 : null);
const childrenShare = (p: ServiceProfile): number | null =>
	p.population !== null && p.population > 0 && p.children !== null ? p.children / p.population : null;

export const PEER_FEATURES: readonly PeerFeature[] = [
	publicFeature('population', 'count', (p) => p.population, log10Positive),
	publicFeature('density', 'per_km2', density, log10Positive),
	{
		id: 'children_share',
		unit: 'share',
		raw: childrenShare,
		published: (p) => (p.children_imported ? childrenShare(p) : null),
		required: false,
		transform: identity,
		weight: EQUAL_WEIGHT
	},
	publicFeature('remoteness', 'km', (p) => p.centre_distance_km, log10OnePlus),
	{
		id: 'referrals_per_100k',
		unit: 'per_100k',
		raw: (p) => p.referrals_per_100k,
		published: (p) => (p.referrals_small ? null : p.referrals_per_100k),
		required: false,
		transform: identity,
		weight: EQUAL_WEIGHT
	}
];

export type FeatureWeights = Readonly<Partial<Record<PeerFeatureId, number>>>;

/** Each feature's published value on the distance scale, in PEER_FEATURES order; null when unknown. */
export function featureVector(profile: ServiceProfile): (number | null)[] {
	return PEER_FEATURES.map((feature) => {
		const raw = feature.published(profile);
		if (raw === null || !Number.isFinite(raw)) return null;
		const value = feature.transform(raw);
		return value !== null && Number.isFinite(value) ? value : null;
	});
}

export type DisclosedFeatures = { [F in PeerFeatureId]: DisclosedNumber };

/**
 * A profile's raw feature values as a viewer may see them: the referral rate is withheld when it rests
 * on 1–4 referrals and the viewer is not cleared for the service (domain.md §9); the others are census
 * and geography, public for every service.
 */
export function discloseFeatures(profile: ServiceProfile, cleared: boolean): DisclosedFeatures {
	const values = Object.fromEntries(PEER_FEATURES.map((feature) => [feature.id, feature.raw(profile)])) as DisclosedFeatures;
	if (profile.referrals_small && !cleared) values.referrals_per_100k = WITHHELD;
	return values;
}
