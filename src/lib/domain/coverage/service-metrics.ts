/**
 * A police service's figures for one period: the counts and staffing its metrics are computed from, and
 * the metrics themselves, each by its registry entry's computation (domain/metrics/coverage.ts).
 * Flows are summed over the trailing four quarters; stocks (staff, backlogs) are read at the period's end.
 */
import { annualisedReferrals, serviceMetricIds, serviceMetrics, type ServiceMetricInputs } from '../../metrics';
import { backlogGrowthRun, trailingSums, type Lookback, type QuarterHistory } from './quarter-history';
import type { ServiceCounts, ServiceMetricValues, ServiceQuarter } from './types';

/** A service's funding for the period's fiscal year; null when no funding is recorded for that year at all. */
export interface FundingForYear {
	amount_cents: number;
	illustrative: boolean;
}

export interface ServiceMetricsInput {
	/** Its rows up to the period; undefined when it never reported. */
	history: QuarterHistory | undefined;
	lookback: Lookback;
	/** Sums over its communities with a known population (null when none is known). */
	population: number | null;
	children: number | null;
	funding: FundingForYear | null;
}

/** Everything the gap rules and disclosure control need about one service in one period. */
export interface ServiceFigures {
	reported: boolean;
	has_ice_unit: boolean;
	illustrative: boolean;
	trailing_quarters: number;
	investigators_fte: number;
	forensic_examiners_fte: number;
	forensic_backlog_devices: number;
	/** Referrals over the trailing four quarters, annualised; null when none were reported. */
	referrals_annualised: number | null;
	backlog_growth_quarters: number;
	counts: ServiceCounts;
	metrics: ServiceMetricValues;
}

const EMPTY_COUNTS: ServiceCounts = Object.freeze({
	referrals_received: null,
	investigations_opened: null,
	investigations_concluded: null,
	charges_laid: null,
	victims_identified: null,
	open_backlog: null,
	open_backlog_year_ago: null,
	open_backlog_growth_start: null,
	referrals_trailing: null,
	opened_trailing: null,
	concluded_trailing: null,
	files_referred_trailing: null
});

/** Every service metric of the registry, computed from one set of inputs. */
export function computeServiceMetrics(inputs: ServiceMetricInputs): ServiceMetricValues {
	const values = {} as Record<keyof ServiceMetricValues, number | null>;
	for (const id of serviceMetricIds) values[id] = serviceMetrics[id].compute(inputs);
	return values;
}

const NO_METRICS: ServiceMetricValues = Object.freeze(
	Object.fromEntries(serviceMetricIds.map((id) => [id, null])) as Record<keyof ServiceMetricValues, null>
);

function unreported(): ServiceFigures {
	return {
		reported: false,
		has_ice_unit: false,
		illustrative: false,
		trailing_quarters: 0,
		investigators_fte: 0,
		forensic_examiners_fte: 0,
		forensic_backlog_devices: 0,
		referrals_annualised: null,
		backlog_growth_quarters: 0,
		counts: EMPTY_COUNTS,
		metrics: { ...NO_METRICS }
	};
}

export function serviceFigures({ history, lookback, population, children, funding }: ServiceMetricsInput): ServiceFigures {
	const current: ServiceQuarter | undefined = history?.get(lookback.back(0));
	if (!history || !current) return unreported();

	const trailing = trailingSums(history, lookback);
	const yearAgo = history.get(lookback.back(4));
	const growth = backlogGrowthRun(history, lookback);
	const fte = current.investigators_fte;

	const counts: ServiceCounts = {
		referrals_received: current.referrals_received,
		investigations_opened: current.investigations_opened,
		investigations_concluded: current.investigations_concluded,
		charges_laid: current.charges_laid,
		victims_identified: current.victims_identified,
		open_backlog: current.open_backlog,
		open_backlog_year_ago: yearAgo?.open_backlog ?? null,
		open_backlog_growth_start: growth.start,
		referrals_trailing: trailing.referrals,
		opened_trailing: trailing.opened,
		concluded_trailing: trailing.concluded,
		files_referred_trailing: trailing.files_referred
	};

	const inputs: ServiceMetricInputs = {
		counts,
		trailing_quarters: trailing.quarters,
		investigators_fte: fte,
		forensic_examiners_fte: current.forensic_examiners_fte,
		forensic_backlog_devices: current.forensic_backlog_devices,
		population,
		children,
		funding_cents: funding?.amount_cents ?? null
	};
	return {
		reported: true,
		has_ice_unit: fte > 0,
		illustrative: trailing.illustrative || (yearAgo?.illustrative ?? false) || (funding?.illustrative ?? false),
		trailing_quarters: trailing.quarters,
		investigators_fte: fte,
		forensic_examiners_fte: current.forensic_examiners_fte,
		forensic_backlog_devices: current.forensic_backlog_devices,
		referrals_annualised: annualisedReferrals(inputs),
		backlog_growth_quarters: growth.quarters,
		counts,
		metrics: computeServiceMetrics(inputs)
	};
}
