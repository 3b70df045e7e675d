/**
 * Population and estimated children each police service covers: the sum over the CSDs assigned
 * to it (data/reference/jurisdictions.csv). Used only by the illustrative generator.
 *
 * The 13 reserves without a 2021 population would otherwise weigh nothing; for the illustrative
 * model each gets an imputed population equal to the median population of the Ontario reserves
 * that have one (265 in the 2021 table), with the reserve children share. communities.csv keeps
 * their population empty: the imputation never leaves the generator.
 */
import { childrenShare, RESERVE_CSD_TYPE } from './children-estimate';

export interface CoverageCommunity {
	csduid: string;
	csdType: string;
	population: number | null;
	/** The reporting unit whose coverage it counts towards (reporting-units.csv). */
	policeServiceId: string;
	/** The OPP region it lies in. */
	oppRegion: string;
}

export interface ServiceCoverage {
	population: number;
	children: number;
	/** How many of its CSDs had an imputed population. */
	imputedCommunities: number;
	childrenByRegion: Map<string, number>;
}

/** Median population of reserves with a positive population. */
export function imputedReservePopulation(communities: readonly CoverageCommunity[]): number {
	const populations = communities
		.filter((community) => community.csdType === RESERVE_CSD_TYPE && (community.population ?? 0) > 0)
		.map((community) => community.population as number)
		.sort((a, b) => a - b);
	if (populations.length === 0) return 0;
	const middle = Math.floor(populations.length / 2);
	const upper = populations[middle] as number;
	return populations.length % 2 === 1 ? upper : Math.round(((populations[middle - 1] as number) + upper) / 2);
}

export function coverageByService(communities: readonly CoverageCommunity[]): Map<string, ServiceCoverage> {
	const imputed = imputedReservePopulation(communities);
	const coverage = new Map<string, ServiceCoverage>();
	for (const community of communities) {
		const isImputed = community.population === null;
		const population = community.population ?? (community.csdType === RESERVE_CSD_TYPE ? imputed : 0);
		const entry = coverage.get(community.policeServiceId) ?? {
			population: 0,
			children: 0,
			imputedCommunities: 0,
			childrenByRegion: new Map<string, number>()
		};
		const children = population * childrenShare(community.csdType);
		entry.population += population;
		entry.children += children;
		entry.childrenByRegion.set(community.oppRegion, (entry.childrenByRegion.get(community.oppRegion) ?? 0) + children);
		if (isImputed) entry.imputedCommunities += 1;
		coverage.set(community.policeServiceId, entry);
	}
	return coverage;
}
