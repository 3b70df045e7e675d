/**
 * What the most similar groups are measured on, decided once for everyone from published figures
 * (domain.md §8, §9): which services can be placed at all and which features carry information.
 *
 * - A service with a required feature unknown (Akwesasne has no census population, so no population or
 *   density) is left out of every most similar group, with a note, rather than placed at the average:
 *   an average position would make it everyone's near neighbour on no evidence.
 * - An optional feature is used only when every remaining candidate has a published value for it: a
 *   value withheld from some viewer, or never imported, is not filled in.
 * - A feature without variance among the candidates carries no information and is dropped.
 * The result depends only on what every viewer may see, so every viewer gets the same groups and
 * distances, and moving a suppressed count within 1–4 changes nothing here.
 */
import { featureVector, PEER_FEATURES, type PeerFeatureId } from './features';
import { standardise } from './standardise';
import type { ServiceProfile } from './types';

/** used · unknown: some candidate has no published value · no_variance: equal for every candidate. */
export type FeatureStatus = 'used' | 'unknown' | 'no_variance';

export interface FeatureUse {
	id: PeerFeatureId;
	status: FeatureStatus;
}

export interface LeftOut {
	police_service_id: string;
	/** The required features it has no published value for. */
	missing: PeerFeatureId[];
}

export interface PeerBasis {
	features: FeatureUse[];
	left_out: LeftOut[];
	/** Each candidate's standardised values on the used features (PEER_FEATURES order, used ones only). */
	z: Map<string, number[]>;
	/** The used features' indexes in PEER_FEATURES. */
	used: number[];
}

const SPREAD_TOLERANCE = 1e-12;

export function peerBasis(profiles: readonly ServiceProfile[]): PeerBasis {
	// A service compared through its parts (the OPP, through its regional teams) is no candidate itself.
	const vectors = profiles.filter((profile) => profile.comparable !== false).map((profile) => ({ id: profile.police_service_id, values: featureVector(profile) }));
	const left_out: LeftOut[] = [];
	const candidates = vectors.filter(({ id, values }) => {
		const missing = PEER_FEATURES.filter((feature, f) => feature.required && values[f] === null).map((feature) => feature.id);
		if (missing.length > 0) left_out.push({ police_service_id: id, missing });
		return missing.length === 0;
	});
	const features = PEER_FEATURES.map((feature, f): FeatureUse => {
		const column = candidates.map(({ values }) => values[f] ?? null);
		if (column.some((value) => value === null)) return { id: feature.id, status: 'unknown' };
		const known = column as number[];
		const spread = known.length < 2 ? 0 : Math.max(...known) - Math.min(...known);
		return { id: feature.id, status: spread > SPREAD_TOLERANCE ? 'used' : 'no_variance' };
	});
	const used = features.flatMap((feature, f) => (feature.status === 'used' ? [f] : []));
	const z = standardise(candidates.map(({ values }) => used.map((f) => values[f] ?? null)));
	return { features, left_out, z: new Map(candidates.map(({ id }, i) => [id, z[i] ?? []])), used };
}
