/**
 * The coverage engine's entry point: every service's and community's metrics, gap reasons, level and
 * Project P flag for one period, with provincial baselines and the ranked list (issue 3). Pure and
 * deterministic: the same inputs give the same output, whatever the machine, clock or input order of
 * quarters and funding rows; so a cached result can always be recomputed from the stored inputs.
 */
import { parsePeriod } from '../period';
import { computeBaselines, provincialReference } from './baselines';
import { nearestIceUnits } from './distance';
import { distanceReason, serviceReasons } from './gap-rules';
import { levelOf, worseLevel } from './levels';
import { projectPBasis, rankCommunities, rankServices } from './project-p';
import { indexQuarters, Lookback } from './quarter-history';
import { remotenessClass } from './remoteness';
import { serviceFigures, type FundingForYear, type ServiceFigures } from './service-metrics';
import { DEFAULT_THRESHOLDS } from './thresholds';
import type {
	Community,
	CommunityCoverage,
	Coverage,
	CoverageInput,
	ProvincialReference,
	Service,
	ServiceCoverage,
	ServiceFunding
} from './types';

interface ServiceArea {
	population: number | null;
	children: number | null;
	communities: Community[];
}

/** Known populations and children summed over a service's communities; null when none is known. */
function serviceAreas(services: readonly Service[], communities: readonly Community[]): Map<string, ServiceArea> {
	const areas = new Map<string, ServiceArea>();
	for (const service of services) {
		if (areas.has(service.police_service_id)) throw new Error(`Service ${service.police_service_id} is listed twice`);
		areas.set(service.police_service_id, { population: null, children: null, communities: [] });
	}
	const seen = new Set<string>();
	for (const community of communities) {
		const area = areas.get(community.police_service_id);
		if (!area) throw new Error(`Community ${community.csduid} names unknown service ${community.police_service_id}`);
		if (seen.has(community.csduid)) throw new Error(`Community ${community.csduid} is listed twice`);
		if (!Number.isFinite(community.centroid.lat) || !Number.isFinite(community.centroid.lon)) {
			throw new Error(`Community ${community.csduid} has no valid centroid`);
		}
		seen.add(community.csduid);
		area.communities.push(community);
		if (community.population !== null) area.population = (area.population ?? 0) + community.population;
		if (community.children !== null) area.children = (area.children ?? 0) + community.children;
	}
	return areas;
}

/**
 * Funding for one fiscal year; several rows for a service (instalments) add up. A service with no row
 * gets 0 when the year has any funding recorded (it was not funded); when the year has none at all,
 * funding is unknown and every service gets null.
 */
function fundingForYear(funding: readonly ServiceFunding[], fiscalYear: number): (id: string) => FundingForYear | null {
	const byService = new Map<string, FundingForYear>();
	for (const row of funding) {
		if (row.fiscal_year !== fiscalYear) continue;
		const known = byService.get(row.police_service_id);
		byService.set(row.police_service_id, {
			amount_cents: (known?.amount_cents ?? 0) + row.amount_cents,
			illustrative: (known?.illustrative ?? false) || row.illustrative
		});
	}
	const notFunded: FundingForYear = { amount_cents: 0, illustrative: false };
	return (id) => (byService.size === 0 ? null : (byService.get(id) ?? notFunded));
}

function resolveReference(computed: ProvincialReference, fixed: CoverageInput['reference']): ProvincialReference {
	return {
		median_referrals_per_investigator:
			fixed?.median_referrals_per_investigator !== undefined
				? fixed.median_referrals_per_investigator
				: computed.median_referrals_per_investigator,
		capacity_percentile_value:
			fixed?.capacity_percentile_value !== undefined ? fixed.capacity_percentile_value : computed.capacity_percentile_value
	};
}

export function computeCoverage(input: CoverageInput): Coverage {
	const { period, services, communities } = input;
	const fiscalYear = parsePeriod(period)?.fiscalYear;
	if (fiscalYear === undefined) throw new Error(`Not a period key: ${period}`);
	const thresholds = input.thresholds ?? { ...DEFAULT_THRESHOLDS };

	const areas = serviceAreas(services, communities);
	const history = indexQuarters(input.quarters, period);
	const funding = fundingForYear(input.funding, fiscalYear);
	const lookback = new Lookback(period);

	const figures = new Map<string, ServiceFigures>();
	for (const service of services) {
		const area = areas.get(service.police_service_id);
		figures.set(
			service.police_service_id,
			serviceFigures({
				history: history.get(service.police_service_id),
				lookback,
				population: area?.population ?? null,
				children: area?.children ?? null,
				funding: funding(service.police_service_id)
			})
		);
	}
	const reference = resolveReference(provincialReference([...figures.values()], thresholds), input.reference);

	const serviceCoverage: ServiceCoverage[] = services.map((service) => {
		const id = service.police_service_id;
		const area = areas.get(id);
		const own = figures.get(id);
		if (!area || !own) throw new Error(`Service ${id} has no figures`);
		const reasons = serviceReasons({ figures: own, children: area.children, reference, thresholds });
		const level = levelOf(reasons);
		return {
			police_service_id: id,
			kind: service.kind,
			opp_region: service.opp_region,
			ice_strategy_member: service.ice_strategy_member,
			reported: own.reported,
			has_ice_unit: own.has_ice_unit,
			illustrative: own.illustrative,
			trailing_quarters: own.trailing_quarters,
			population: area.population,
			children: area.children,
			community_count: area.communities.length,
			counts: own.counts,
			metrics: own.metrics,
			reasons,
			level,
			project_p_recommended: projectPBasis(level, own.has_ice_unit) !== null
		};
	});
	const byService = new Map(serviceCoverage.map((service) => [service.police_service_id, service]));

	const nearest = nearestIceUnits(communities, (id) => figures.get(id)?.has_ice_unit ?? false);
	const communityCoverage: CommunityCoverage[] = communities.map((community, index) => {
		const service = byService.get(community.police_service_id);
		if (!service) throw new Error(`Community ${community.csduid} names unknown service ${community.police_service_id}`);
		const unit = nearest[index] ?? null;
		const distanceKm = unit?.distance_km ?? null;
		const distance = distanceReason(distanceKm, community.fly_in, thresholds);
		const reasons = distance ? [...service.reasons, distance] : service.reasons;
		const level = levelOf(reasons);
		const basis = projectPBasis(level, service.has_ice_unit);
		const nearestService = unit ? byService.get(unit.police_service_id) : undefined;
		return {
			csduid: community.csduid,
			cduid: community.cduid,
			police_service_id: community.police_service_id,
			population: community.population,
			children: community.children,
			fly_in: community.fly_in,
			nearest_ice_service_id: unit?.police_service_id ?? null,
			nearest_ice_csduid: unit?.csduid ?? null,
			illustrative: service.illustrative || (nearestService?.illustrative ?? false),
			// Object.assign, not spread: V8 takes a slow path when properties follow a spread (≈ 20× here).
			metrics: Object.assign({}, service.metrics, {
				distance_to_ice_unit_km: distanceKm,
				remoteness_class: remotenessClass(distanceKm, community.fly_in),
				gap_level: level,
				project_p_recommended: basis !== null
			}),
			reasons,
			level,
			project_p_recommended: basis !== null,
			project_p_basis: basis
		};
	});

	// A service is as flagged as its most flagged community (each carries the service's own reasons).
	for (const community of communityCoverage) {
		const service = byService.get(community.police_service_id);
		if (!service) continue;
		service.level = worseLevel(service.level, community.level);
		service.project_p_recommended ||= community.project_p_recommended;
	}

	return {
		period,
		thresholds,
		reference,
		services: serviceCoverage,
		communities: communityCoverage,
		baselines: computeBaselines(period, serviceCoverage, communityCoverage),
		ranked: { communities: rankCommunities(communityCoverage), services: rankServices(serviceCoverage, communityCoverage) }
	};
}
