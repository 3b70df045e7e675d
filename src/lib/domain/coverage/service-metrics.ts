/**
 * A police service's metrics for one period, as the registry (metrics.ts) defines them. Flows (referrals,
 * investigations, files sent to Project P) are summed over the trailing four quarters and annualised
 * (× 4 / quarters reported) where a rate needs a yearly figure; stocks (staff, backlogs) are read at the
 * end of the period. Undefined quotients (0 investigators, 0 population) are null, never NaN or Infinity.
 */
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

/** numerator ÷ denominator × scale, or null when it is undefined or not finite. */
export function per(numerator: number | null, denominator: number | null, scale = 1): number | null {
	if (numerator === null || denominator === null || !(denominator > 0)) return null;
	const value = (numerator / denominator) * scale;
	return Number.isFinite(value) ? value : null;
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
		metrics: {
			investigators_per_100k: null,
			investigators_per_10k_children: null,
			referrals_per_investigator: null,
			referrals_received: null,
			investigations_opened: null,
			investigations_concluded: null,
			clearance_ratio: null,
			charges_laid: null,
			victims_identified: null,
			open_backlog: null,
			open_backlog_trend: null,
			forensic_backlog_per_examiner: null,
			funding_per_capita: null,
			funding_per_referral: null,
			project_p_share: null
		}
	};
}

export function serviceFigures({ history, lookback, population, children, funding }: ServiceMetricsInput): ServiceFigures {
	const current: ServiceQuarter | undefined = history?.get(lookback.back(0));
	if (!history || !current) return unreported();

	const trailing = trailingSums(history, lookback);
	const yearAgo = history.get(lookback.back(4));
	const growth = backlogGrowthRun(history, lookback);
	const referralsAnnualised = per(trailing.referrals * 4, trailing.quarters);
	const fte = current.investigators_fte;
	const fundingCents = funding?.amount_cents ?? null;

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

	return {
		reported: true,
		has_ice_unit: fte > 0,
		illustrative: trailing.illustrative || (yearAgo?.illustrative ?? false) || (funding?.illustrative ?? false),
		trailing_quarters: trailing.quarters,
		investigators_fte: fte,
		forensic_examiners_fte: current.forensic_examiners_fte,
		forensic_backlog_devices: current.forensic_backlog_devices,
		referrals_annualised: referralsAnnualised,
		backlog_growth_quarters: growth.quarters,
		counts,
		metrics: {
			investigators_per_100k: per(fte, population, 100_000),
			investigators_per_10k_children: per(fte, children, 10_000),
			referrals_per_investigator: per(referralsAnnualised, fte),
			referrals_received: current.referrals_received,
			investigations_opened: current.investigations_opened,
			investigations_concluded: current.investigations_concluded,
			clearance_ratio: per(trailing.concluded, trailing.opened),
			charges_laid: current.charges_laid,
			victims_identified: current.victims_identified,
			open_backlog: current.open_backlog,
			open_backlog_trend: yearAgo ? current.open_backlog - yearAgo.open_backlog : null,
			forensic_backlog_per_examiner: per(current.forensic_backlog_devices, current.forensic_examiners_fte),
			funding_per_capita: per(fundingCents, population),
			funding_per_referral: per(fundingCents, referralsAnnualised),
			project_p_share: per(trailing.files_referred, trailing.referrals)
		}
	};
}
