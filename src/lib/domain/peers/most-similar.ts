/**
 * The most similar group (HMICFRS Value for Money profiles, "most similar groups"; domain.md §8): the k
 * services nearest to the chosen one by weighted Euclidean distance on standardised features
 * (features.ts, standardise.ts):
 *
 *   d(a, b) = √( Σ_f w_f · (z_a,f − z_b,f)² )
 *
 * Default k = 7, as HMICFRS groups a force with its seven most similar forces. Equal distances (within
 * TIE_TOLERANCE, so floating-point rounding cannot decide) are broken by service id: the same inputs
 * always give the same group. Pure; the caller supplies every service's profile, and basis.ts decides
 * from published figures alone which services and features count, so every viewer gets the same group.
 * A service basis.ts leaves out has no most similar group (an empty list) and is in no one else's.
 */
import { peerBasis, type PeerBasis } from './basis';
import { PEER_FEATURES, type FeatureWeights } from './features';
import type { PeerMatch, ServiceProfile } from './types';

export const DEFAULT_K = 7;
const TIE_TOLERANCE = 1e-9;

export interface SimilarityOptions {
	k?: number;
	/** Overrides of the features' weights (features.ts); a feature left out keeps its own. */
	weights?: FeatureWeights;
	/** The basis computed once for all profiles (computed here when not given). */
	basis?: PeerBasis;
}

/** Every other placed service with its distance to `serviceId`, nearest first; empty when it is left out. */
export function rankBySimilarity(
	profiles: readonly ServiceProfile[],
	serviceId: string,
	weights: FeatureWeights = {},
	basis: PeerBasis = peerBasis(profiles)
): (PeerMatch & { distance: number })[] {
	if (!profiles.some((profile) => profile.police_service_id === serviceId)) throw new Error(`No profile for service ${serviceId}`);
	const target = basis.z.get(serviceId);
	if (!target) return [];
	const w = basis.used.map((f) => {
		const feature = PEER_FEATURES[f];
		return feature ? (weights[feature.id] ?? feature.weight) : 0;
	});
	const others = [...basis.z].flatMap(([id, row]) => {
		if (id === serviceId) return [];
		const squared = row.reduce((sum, value, i) => sum + (w[i] ?? 0) * (value - (target[i] ?? 0)) ** 2, 0);
		return [{ police_service_id: id, distance: Math.sqrt(squared) }];
	});
	others.sort((a, b) =>
		Math.abs(a.distance - b.distance) > TIE_TOLERANCE ? a.distance - b.distance : compareIds(a.police_service_id, b.police_service_id)
	);
	return others.map((other, i) => ({ ...other, rank: i + 1 }));
}

/** The k most similar services (k is clamped to the number of other services). */
export function mostSimilar(profiles: readonly ServiceProfile[], serviceId: string, options: SimilarityOptions = {}): PeerMatch[] {
	const k = options.k ?? DEFAULT_K;
	if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive whole number, got ${k}`);
	return rankBySimilarity(profiles, serviceId, options.weights, options.basis).slice(0, k);
}

function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
