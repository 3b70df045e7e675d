/**
 * From the coverage engine's output for a period to the formula's per-service inputs (types.ts
 * `AllocationServiceInput`). Pure: the server loads the rows (server/allocation-inputs.ts) and calls this, so the
 * mapping is tested without a database. Field by field:
 * - population, children: summed over the service's communities by the coverage engine (null → 0);
 * - referrals, investigations: the trailing four quarters' sums (ServiceCounts `referrals_trailing`, `opened_trailing`);
 * - charges: charges laid over the trailing four quarters, summed over the service's reporting units (the OPP's five
 *   regional teams report separately);
 * - investigator_fte: the period's own quarter, summed over its reporting units (0 when none reported it);
 * - referrals_per_investigator: the registry's annualised metric; 0 for a unit with no referrals, null without a unit;
 * - remoteness, remote_children: its communities through `summariseCommunities`, measured to the nearest OPP regional
 *   headquarters (the base of each OPP regional team in the reporting units);
 * - children_in_gap, has_gap: its communities' coverage levels;
 * - assisted_by_opp: a First Nations service, or a service some of whose communities the OPP assists;
 * - last_year_cents: see `lastYearFunding`.
 */
import type { CoverageThresholds } from '../coverage/thresholds';
import { haversineKm } from '../coverage/distance';
import type { Community, Coverage, LonLat, ProvincialReference, ReportingUnit, ServiceFunding, ServiceQuarter } from '../coverage/types';
import { parsePeriod, trailingFour, type PeriodKey } from '../period';
import { summariseCommunities, type CommunityForAllocation } from './community-summary';
import type { AllocationServiceInput } from './types';

/**
 * Last year's allocation per service: the latest fiscal year with any strategy funding at or before the period's own
 * (the year being planned is the next one), instalments added up. A service with no row in that year is new to the
 * strategy (null: damping leaves it free); with no funding recorded at all, every service is null.
 */
export function lastYearFunding(funding: readonly ServiceFunding[], period: PeriodKey): { amounts: Map<string, number>; illustrative: boolean } {
	const fiscalYear = parsePeriod(period)?.fiscalYear ?? Number.NEGATIVE_INFINITY;
	let year: number | null = null;
	for (const row of funding) {
		if (row.fiscal_year <= fiscalYear && (year === null || row.fiscal_year > year)) year = row.fiscal_year;
	}
	const amounts = new Map<string, number>();
	let illustrative = false;
	for (const row of funding) {
		if (row.fiscal_year !== year) continue;
		amounts.set(row.police_service_id, (amounts.get(row.police_service_id) ?? 0) + row.amount_cents);
		illustrative ||= row.illustrative;
	}
	return { amounts, illustrative };
}

export type ServiceInputsSource = {
	coverage: Coverage;
	/** The communities the coverage was computed from (for their centroids). */
	communities: readonly Community[];
	/** Reporting units: the OPP regional teams' bases are the headquarters remoteness is measured to. */
	units: readonly ReportingUnit[];
	/** Quarter rows (any periods: only the coverage period's trailing four are read). */
	quarters: readonly ServiceQuarter[];
	funding: readonly ServiceFunding[];
};

export type ServiceInputs = {
	services: AllocationServiceInput[];
	/** Some figure behind the inputs is illustrative (domain.md §11). */
	illustrative: boolean;
};

/** Centroids of the OPP regional headquarters: the bases of the reporting units that are an OPP region's team. */
function headquarters(source: ServiceInputsSource): LonLat[] {
	const centroids = new Map(source.communities.map((c) => [c.csduid, c.centroid]));
	return source.units.flatMap((unit) => {
		const centroid = unit.opp_region === null ? undefined : centroids.get(unit.base_csduid);
		return centroid === undefined ? [] : [centroid];
	});
}

function communitiesByService(source: ServiceInputsSource): Map<string, CommunityForAllocation[]> {
	const hqs = headquarters(source);
	const centroids = new Map(source.communities.map((c) => [c.csduid, c.centroid]));
	const byService = new Map<string, CommunityForAllocation[]>();
	for (const community of source.coverage.communities) {
		const list = byService.get(community.police_service_id) ?? [];
		const centroid = centroids.get(community.csduid);
		let distance = Number.POSITIVE_INFINITY;
		if (centroid !== undefined) for (const hq of hqs) distance = Math.min(distance, haversineKm(centroid, hq));
		list.push({
			level: community.level,
			children: community.children ?? 0,
			// No centroid or no headquarters on record: counted as fully remote rather than as next door.
			distance_to_opp_headquarters_km: distance,
			fly_in: community.fly_in
		});
		byService.set(community.police_service_id, list);
	}
	return byService;
}

/** Charges laid over the four quarters ending with the period, and the period's investigators, per police service. */
function unitSums(source: ServiceInputsSource): { charges: Map<string, number>; fte: Map<string, number> } {
	const serviceOfUnit = new Map(source.units.map((unit) => [unit.unit_id, unit.police_service_id]));
	const window = new Set<string>(trailingFour(source.coverage.period));
	const charges = new Map<string, number>();
	const fte = new Map<string, number>();
	for (const row of source.quarters) {
		const service = serviceOfUnit.get(row.police_service_id) ?? row.police_service_id;
		if (window.has(row.period)) charges.set(service, (charges.get(service) ?? 0) + row.charges_laid);
		if (row.period === source.coverage.period) fte.set(service, (fte.get(service) ?? 0) + row.investigators_fte);
	}
	return { charges, fte };
}

export function buildServiceInputs(source: ServiceInputsSource): ServiceInputs {
	const { coverage } = source;
	const { charges, fte } = unitSums(source);
	const lastYear = lastYearFunding(source.funding, coverage.period);
	const communities = communitiesByService(source);
	const assisted = new Set<string>();
	for (const community of coverage.communities) if (community.relationship === 'assisted') assisted.add(community.police_service_id);
	let illustrative = lastYear.illustrative;

	const services = coverage.services.map((service): AllocationServiceInput => {
		const id = service.police_service_id;
		const investigators = fte.get(id) ?? 0;
		const summary = summariseCommunities(communities.get(id) ?? []);
		illustrative ||= service.illustrative;
		return {
			police_service_id: id,
			kind: service.kind,
			population: service.population ?? 0,
			children: service.children ?? 0,
			referrals: service.counts.referrals_trailing ?? 0,
			charges: charges.get(id) ?? 0,
			investigations: service.counts.opened_trailing ?? 0,
			investigator_fte: investigators,
			referrals_per_investigator: investigators > 0 ? (service.metrics.referrals_per_investigator ?? 0) : null,
			children_in_gap: summary.children_in_gap,
			remoteness: summary.remoteness,
			remote_children: summary.remote_children,
			last_year_cents: lastYear.amounts.get(id) ?? null,
			ice_strategy_member: service.ice_strategy_member,
			// No First Nations service is an ICE Strategy member: their files go to the OPP (domain primer § 4).
			assisted_by_opp: service.kind === 'first_nations' || assisted.has(id),
			has_gap: summary.has_gap
		};
	});
	return { services, illustrative };
}

/**
 * The optimiser's caseload target: the referrals per investigator at which the coverage engine stops calling a
 * responder stretched (gap-rules.ts). The provincial reference no longer moves it: the thresholds are absolute.
 */
export function caseloadTarget(_reference: ProvincialReference, thresholds: CoverageThresholds): number {
	return thresholds.referrals_stretched_per_investigator;
}
