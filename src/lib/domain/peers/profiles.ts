/**
 * Service profiles (types.ts `ServiceProfile`) from the community table and the undisclosed coverage of
 * one quarter. Server-side only: the referral rate is raw here; features.ts `discloseFeatures` masks it.
 *
 * Remoteness is measured from large urban centres, not from ICE units: distance to the nearest ICE unit
 * is zero for every service that has one, so it would sort services by capacity, the very thing being
 * compared. A large urban centre is a census subdivision of 100,000 people or more (after Statistics
 * Canada's population-centre size classes, where "large urban" starts at 100,000; CSDs stand in for
 * population centres, which the atlas does not hold). A service's figure is the population-weighted
 * mean over its communities, so a few empty townships do not make a city service look remote.
 */
import { haversineKm } from '../coverage/distance';
import type { LonLat, ServiceCounts, ServiceCoverage } from '../coverage/types';
import type { ServiceProfile } from './types';
import { isSmallCount } from '../coverage/disclosure';

export const LARGE_CENTRE_POPULATION = 100_000;

export interface ProfileCommunity {
	csduid: string;
	police_service_id: string;
	population: number | null;
	children: number | null;
	/** The children count was imported rather than estimated as a share of the population. */
	children_imported?: boolean;
	land_area_km2: number;
	centroid: LonLat;
}

export type ProfileService = Pick<ServiceCoverage, 'police_service_id' | 'kind' | 'opp_region' | 'trailing_quarters'> & {
	counts: Pick<ServiceCounts, 'referrals_trailing'>;
};

/** Distance from each community to the nearest large urban centre (0 for a centre), by CSDUID. */
export function centreDistances(communities: readonly ProfileCommunity[]): Map<string, number | null> {
	const centres = communities.filter((c) => c.population !== null && c.population >= LARGE_CENTRE_POPULATION);
	const distances = new Map<string, number | null>();
	for (const community of communities) {
		let best: number | null = null;
		for (const centre of centres) {
			const d = centre.csduid === community.csduid ? 0 : haversineKm(community.centroid, centre.centroid);
			if (best === null || d < best) best = d;
		}
		distances.set(community.csduid, best);
	}
	return distances;
}

interface Area {
	population: number | null;
	children: number | null;
	/** No community with a population had its children estimated. */
	children_imported: boolean;
	land_area_km2: number;
	weighted_km: number;
	weight: number;
	plain_km: number[];
}

function areas(communities: readonly ProfileCommunity[]): Map<string, Area> {
	const distances = centreDistances(communities);
	const byService = new Map<string, Area>();
	for (const community of communities) {
		const area = byService.get(community.police_service_id) ?? { population: null, children: null, children_imported: true, land_area_km2: 0, weighted_km: 0, weight: 0, plain_km: [] };
		const km = distances.get(community.csduid) ?? null;
		if (km !== null) area.plain_km.push(km);
		// Density, child share and remoteness are over communities with a census count (domain.md §3:
		// 13 reserves have none), so numerators and denominators cover the same places.
		if (community.population !== null) {
			area.population = (area.population ?? 0) + community.population;
			area.land_area_km2 += community.land_area_km2;
			if (community.children !== null) area.children = (area.children ?? 0) + community.children;
			if (community.children_imported !== true) area.children_imported = false;
			if (km !== null) {
				area.weighted_km += community.population * km;
				area.weight += community.population;
			}
		}
		byService.set(community.police_service_id, area);
	}
	return byService;
}

function meanDistance(area: Area | undefined): number | null {
	if (!area) return null;
	if (area.weight > 0) return area.weighted_km / area.weight;
	return area.plain_km.length > 0 ? area.plain_km.reduce((sum, km) => sum + km, 0) / area.plain_km.length : null;
}

export function buildProfiles(services: readonly ProfileService[], communities: readonly ProfileCommunity[]): ServiceProfile[] {
	const byService = areas(communities);
	return services.map((service) => {
		const area = byService.get(service.police_service_id);
		const population = area?.population ?? null;
		const referrals = service.counts.referrals_trailing;
		const annualised = referrals !== null && service.trailing_quarters > 0 ? (referrals * 4) / service.trailing_quarters : null;
		return {
			police_service_id: service.police_service_id,
			kind: service.kind,
			opp_region: service.opp_region,
			population,
			land_area_km2: area?.land_area_km2 ?? 0,
			children: area?.children ?? null,
			children_imported: area !== undefined && area.population !== null && area.children_imported,
			centre_distance_km: meanDistance(area),
			referrals_per_100k: annualised !== null && population !== null && population > 0 ? (annualised / population) * 100_000 : null,
			referrals_small: isSmallCount(referrals)
		};
	});
}
