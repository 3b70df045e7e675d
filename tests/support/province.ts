/**
 * Completes a small hand-made province for the coverage engine: names where a fixture gave none, the West
 * region for every community, the OPP as one service with a West team based in a headquarters community
 * of its own (far away, so it never changes a fixture's distances), and a reporting unit for every other
 * service, based in its first community. Fixtures stay about what they test.
 */
import type { Community, CoverageInput, ReportingUnit, Service } from '../../src/lib/domain/coverage/types';

type LooseCommunity = Omit<Community, 'name' | 'opp_region'> & Partial<Pick<Community, 'name' | 'opp_region'>>;
type LooseService = Omit<Service, 'name'> & Partial<Pick<Service, 'name'>>;

export interface LooseProvince extends Omit<CoverageInput, 'communities' | 'services' | 'units'> {
	communities: readonly LooseCommunity[];
	services: readonly LooseService[];
	units?: readonly ReportingUnit[];
}

export const OPP_HEADQUARTERS_CSDUID = '3599999';

export function completeProvince(loose: LooseProvince): CoverageInput {
	const communities: Community[] = loose.communities.map((community) => ({
		...community,
		name: community.name ?? { en: community.csduid, fr: community.csduid },
		opp_region: community.opp_region ?? 'West'
	}));
	const services: Service[] = loose.services.map((service) => ({
		...service,
		name: service.name ?? { en: service.police_service_id, fr: service.police_service_id }
	}));
	if (!services.some((service) => service.police_service_id === 'opp')) {
		services.push({ police_service_id: 'opp', kind: 'opp', opp_region: null, ice_strategy_member: true, name: { en: 'OPP', fr: 'PPO' } });
		// Hudson Bay coast: thousands of kilometres from any fixture, so no fixture distance changes.
		communities.push({
			csduid: OPP_HEADQUARTERS_CSDUID,
			name: { en: 'OPP headquarters', fr: 'Quartier général de la PPO' },
			cduid: '3599',
			population: 1_000,
			children: 200,
			centroid: { lon: -85, lat: 55.5 },
			fly_in: false,
			police_service_id: 'opp',
			opp_region: 'West'
		});
	}
	const units: ReportingUnit[] = loose.units
		? [...loose.units]
		: [
				{ unit_id: 'opp-west', police_service_id: 'opp', opp_region: 'West', name: { en: 'OPP West team', fr: 'équipe de la PPO (région Ouest)' }, base_csduid: OPP_HEADQUARTERS_CSDUID },
				...services
					.filter((service) => service.police_service_id !== 'opp')
					.map((service) => ({
						unit_id: service.police_service_id,
						police_service_id: service.police_service_id,
						opp_region: null,
						name: service.name,
						base_csduid: communities.find((community) => community.police_service_id === service.police_service_id)?.csduid ?? OPP_HEADQUARTERS_CSDUID
					}))
			];
	return { ...loose, communities, services, units };
}
