/**
 * From the coverage engine's output for a period to the formula's per-service inputs (types.ts
 * `AllocationServiceInput`). Pure: the server loads the rows (server/allocation-inputs.ts) and calls this, so the
 * mapping is tested without a database. Field by field:
 * - population, children: summed over the service's communities by the coverage engine (null → 0);
 * - referrals, investigations: the trailing four quarters' sums (ServiceCounts `referrals_trailing`, `opened_trailing`);
 * - investigator_fte: the period's own quarter (0 when the service did not report it);
 * - referrals_per_investigator: the registry's annualised metric; 0 for a unit with no referrals, null without a unit;
 * - gap_severity, children_in_gap, has_gap, remoteness: its communities through `summariseCommunities`;
 * - last_year_cents: see `lastYearFunding`.
 */
import type { CoverageThresholds } from '../coverage/thresholds';
import type { Coverage, ProvincialReference, ServiceFunding, ServiceQuarter } from '../coverage/types';
import { parsePeriod, type PeriodKey } from '../period';
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
	/** Quarter rows (any periods: only the coverage period's are read). */
	quarters: readonly ServiceQuarter[];
	funding: readonly ServiceFunding[];
};

export type ServiceInputs = {
	services: AllocationServiceInput[];
	/** Some figure behind the inputs is illustrative (domain.md §11). */
	illustrative: boolean;
};

function communitiesByService(coverage: Coverage): Map<string, CommunityForAllocation[]> {
	const byService = new Map<string, CommunityForAllocation[]>();
	for (const community of coverage.communities) {
		const list = byService.get(community.police_service_id) ?? [];
		list.push({
			level: community.level,
			children: community.children ?? 0,
			// null: no service in the province has a unit, which is as remote as a community can be.
			distance_to_ice_unit_km: community.metrics.distance_to_ice_unit_km ?? Number.POSITIVE_INFINITY,
			fly_in: community.fly_in
		});
		byService.set(community.police_service_id, list);
	}
	return byService;
}

export function buildServiceInputs(source: ServiceInputsSource): ServiceInputs {
	const { coverage } = source;
	const fte = new Map<string, number>();
	for (const row of source.quarters) if (row.period === coverage.period) fte.set(row.police_service_id, row.investigators_fte);
	const lastYear = lastYearFunding(source.funding, coverage.period);
	const communities = communitiesByService(coverage);
	let illustrative = lastYear.illustrative;

	const services = coverage.services.map((service): AllocationServiceInput => {
		const id = service.police_service_id;
		const investigators = fte.get(id) ?? 0;
		const summary = summariseCommunities(communities.get(id) ?? []);
		illustrative ||= service.illustrative;
		return {
			police_service_id: id,
			population: service.population ?? 0,
			children: service.children ?? 0,
			referrals: service.counts.referrals_trailing ?? 0,
			investigations: service.counts.opened_trailing ?? 0,
			investigator_fte: investigators,
			referrals_per_investigator: investigators > 0 ? (service.metrics.referrals_per_investigator ?? 0) : null,
			gap_severity: summary.gap_severity,
			children_in_gap: summary.children_in_gap,
			remoteness: summary.remoteness,
			last_year_cents: lastYear.amounts.get(id) ?? null,
			ice_strategy_member: service.ice_strategy_member,
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
