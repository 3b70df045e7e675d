/**
 * The coverage engine's metrics (domain.md §3, §5, §6): one entry each, with its meaning, its computation,
 * the caseload counts it rests on (disclosure.ts withholds it when one of them is hidden), its weight in
 * group averages (peers/averages.ts) and where it appears.
 *
 * Service metrics are computed from a service's period figures: flows (referrals, investigations, files
 * sent to Project P) are summed over the trailing four quarters and annualised (× 4 / quarters reported)
 * where a rate needs a yearly figure; stocks (staff, backlogs) are read at the end of the period;
 * undefined quotients (0 investigators, 0 population) are null. Community metrics are computed from what
 * the engine worked out for the community (compute-coverage.ts); no caseload count lies behind them.
 */
import { per } from './per';
import type { CommunityMetricEntry, ServiceMetricEntry, ServiceMetricInputs } from './types';
import type { RemotenessClass } from '../vocabulary';

/** Referrals over the trailing four quarters, annualised from the quarters reported; null when none were. */
export function annualisedReferrals({ counts, trailing_quarters }: ServiceMetricInputs): number | null {
	return counts.referrals_trailing === null ? null : per(counts.referrals_trailing * 4, trailing_quarters);
}

export const serviceMetrics = {
	investigators_per_100k: {
		id: 'investigators_per_100k',
		unit: 'per_100k',
		direction: 'higher_is_better',
		formula: 'investigators_fte / population × 100000',
		inputs: ['investigators_fte', 'population'],
		scope: 'service',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		weight: 'population',
		compute: (i) => per(i.investigators_fte, i.population, 100_000),
		appears: { map: 3, trend: true, compare: true }
	},
	investigators_per_10k_children: {
		id: 'investigators_per_10k_children',
		unit: 'per_10k_children',
		direction: 'higher_is_better',
		formula: 'investigators_fte / children × 10000',
		inputs: ['investigators_fte', 'children'],
		scope: 'service',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		weight: 'children',
		compute: (i) => per(i.investigators_fte, i.children, 10_000),
		appears: { map: 4, trend: true, compare: true }
	},
	referrals_per_investigator: {
		id: 'referrals_per_investigator',
		unit: 'ratio',
		direction: 'higher_is_worse',
		formula: 'sum(referrals_received, last 4 quarters) × 4 / quarters reported / investigators_fte',
		inputs: ['referrals_received', 'investigators_fte'],
		scope: 'service',
		disclosure: 'rate_on_counts',
		illustrative_inputs: true,
		discloses: ['referrals_trailing'],
		weight: 'investigators_fte',
		compute: (i) => per(annualisedReferrals(i), i.investigators_fte),
		appears: { map: 5, trend: true, compare: true }
	},
	referrals_received: {
		id: 'referrals_received',
		unit: 'count',
		direction: 'neutral',
		formula: 'referrals_received',
		inputs: ['referrals_received'],
		scope: 'service',
		disclosure: 'count',
		illustrative_inputs: true,
		discloses: ['referrals_received'],
		weight: 'equal',
		compute: (i) => i.counts.referrals_received,
		appears: { trend: true, compare: true }
	},
	investigations_opened: {
		id: 'investigations_opened',
		unit: 'count',
		direction: 'neutral',
		formula: 'investigations_opened',
		inputs: ['investigations_opened'],
		scope: 'service',
		disclosure: 'count',
		illustrative_inputs: true,
		discloses: ['investigations_opened'],
		weight: 'equal',
		compute: (i) => i.counts.investigations_opened,
		appears: { trend: true, compare: true }
	},
	investigations_concluded: {
		id: 'investigations_concluded',
		unit: 'count',
		direction: 'higher_is_better',
		formula: 'investigations_concluded',
		inputs: ['investigations_concluded'],
		scope: 'service',
		disclosure: 'count',
		illustrative_inputs: true,
		discloses: ['investigations_concluded'],
		weight: 'equal',
		compute: (i) => i.counts.investigations_concluded,
		appears: { trend: true, compare: true }
	},
	clearance_ratio: {
		id: 'clearance_ratio',
		unit: 'ratio',
		direction: 'higher_is_better',
		formula: 'sum(investigations_concluded, last 4 quarters) / sum(investigations_opened, last 4 quarters)',
		inputs: ['investigations_concluded', 'investigations_opened'],
		scope: 'service',
		disclosure: 'rate_on_counts',
		illustrative_inputs: true,
		thresholds: [{ value: 1 }],
		discloses: ['opened_trailing', 'concluded_trailing'],
		weight: 'opened_trailing',
		compute: (i) => per(i.counts.concluded_trailing, i.counts.opened_trailing),
		appears: { trend: true, compare: true }
	},
	charges_laid: {
		id: 'charges_laid',
		unit: 'count',
		direction: 'neutral',
		formula: 'charges_laid',
		inputs: ['charges_laid'],
		scope: 'service',
		disclosure: 'count',
		illustrative_inputs: true,
		discloses: ['charges_laid'],
		weight: 'equal',
		compute: (i) => i.counts.charges_laid,
		appears: { trend: true, compare: true }
	},
	victims_identified: {
		id: 'victims_identified',
		unit: 'count',
		direction: 'neutral',
		formula: 'victims_identified',
		inputs: ['victims_identified'],
		scope: 'service',
		disclosure: 'count',
		illustrative_inputs: true,
		discloses: ['victims_identified'],
		weight: 'equal',
		compute: (i) => i.counts.victims_identified,
		appears: { trend: true, compare: true }
	},
	open_backlog: {
		id: 'open_backlog',
		unit: 'count',
		direction: 'higher_is_worse',
		formula: 'open_backlog',
		inputs: ['open_backlog'],
		scope: 'service',
		disclosure: 'count',
		illustrative_inputs: true,
		discloses: ['open_backlog'],
		weight: 'equal',
		compute: (i) => i.counts.open_backlog,
		appears: { trend: true, compare: true }
	},
	open_backlog_trend: {
		id: 'open_backlog_trend',
		unit: 'count',
		direction: 'higher_is_worse',
		formula: 'open_backlog(quarter) − open_backlog(quarter − 4)',
		inputs: ['open_backlog'],
		scope: 'service',
		disclosure: 'rate_on_counts',
		illustrative_inputs: true,
		discloses: ['open_backlog', 'open_backlog_year_ago'],
		weight: 'equal',
		compute: ({ counts }) =>
			counts.open_backlog === null || counts.open_backlog_year_ago === null ? null : counts.open_backlog - counts.open_backlog_year_ago,
		appears: { map: 6, trend: true, compare: true }
	},
	forensic_backlog_per_examiner: {
		id: 'forensic_backlog_per_examiner',
		unit: 'ratio',
		direction: 'higher_is_worse',
		formula: 'forensic_backlog_devices / forensic_examiners_fte',
		inputs: ['forensic_backlog_devices', 'forensic_examiners_fte'],
		scope: 'service',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		weight: 'forensic_examiners_fte',
		compute: (i) => per(i.forensic_backlog_devices, i.forensic_examiners_fte),
		appears: { map: 7, trend: true, compare: true }
	},
	funding_per_capita: {
		id: 'funding_per_capita',
		unit: 'cents_per_capita',
		direction: 'higher_is_better',
		formula: 'amount_cents(fiscal year) / population',
		inputs: ['amount_cents', 'population'],
		scope: 'service',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		weight: 'population',
		compute: (i) => per(i.funding_cents, i.population),
		appears: { map: 8, trend: true, compare: true }
	},
	funding_per_referral: {
		id: 'funding_per_referral',
		unit: 'cents',
		direction: 'higher_is_better',
		formula: 'amount_cents(fiscal year) / (sum(referrals_received, last 4 quarters) × 4 / quarters reported)',
		inputs: ['amount_cents', 'referrals_received'],
		scope: 'service',
		disclosure: 'rate_on_counts',
		illustrative_inputs: true,
		discloses: ['referrals_trailing'],
		weight: 'referrals_annualised',
		compute: (i) => per(i.funding_cents, annualisedReferrals(i)),
		appears: { trend: true, compare: true }
	},
	project_p_share: {
		id: 'project_p_share',
		unit: 'share',
		direction: 'neutral',
		formula: 'sum(files_referred_project_p, last 4 quarters) / sum(referrals_received, last 4 quarters)',
		inputs: ['files_referred_project_p', 'referrals_received'],
		scope: 'service',
		disclosure: 'rate_on_counts',
		illustrative_inputs: true,
		discloses: ['files_referred_trailing', 'referrals_trailing'],
		weight: 'referrals_trailing',
		compute: (i) => per(i.counts.files_referred_trailing, i.counts.referrals_trailing),
		appears: { map: 9, trend: true, compare: true }
	}
} as const satisfies Record<string, ServiceMetricEntry>;

/**
 * Remoteness class boundaries, in km to the nearest ICE unit (policy defaults, not a statistical standard):
 * under 50 km a unit can attend the same day by road; from 150 km on, a visit takes most of a day.
 */
export const REMOTENESS_KM = { urban_access_below: 50, rural_below: 150 } as const;

/**
 * Fly-in wins over any distance: investigators and seized devices travel by air whatever the map says
 * (domain.md §3). No unit anywhere in the province (distance null) is remote.
 */
export function remotenessClass(distanceKm: number | null, flyIn: boolean): RemotenessClass {
	if (flyIn) return 'fly_in';
	if (distanceKm === null) return 'remote';
	if (distanceKm < REMOTENESS_KM.urban_access_below) return 'urban_access';
	if (distanceKm < REMOTENESS_KM.rural_below) return 'rural';
	return 'remote';
}

export const communityMetrics = {
	distance_to_ice_unit_km: {
		id: 'distance_to_ice_unit_km',
		unit: 'km',
		direction: 'higher_is_worse',
		formula: 'haversine(community point, responder base point), R = 6371.0088 km',
		inputs: ['centroid', 'investigators_fte'],
		scope: 'community',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		compute: (i) => i.distance_km,
		appears: { map: 10, trend: true, compare: false }
	},
	remoteness_class: {
		id: 'remoteness_class',
		unit: 'class',
		direction: 'neutral',
		formula: `fly_in ? fly_in : distance < ${REMOTENESS_KM.urban_access_below} ? urban_access : distance < ${REMOTENESS_KM.rural_below} ? rural : remote`,
		inputs: ['centroid', 'fly_in', 'investigators_fte'],
		scope: 'community',
		disclosure: 'none',
		illustrative_inputs: true,
		thresholds: [
			{ value: REMOTENESS_KM.urban_access_below },
			{ value: REMOTENESS_KM.rural_below }
		],
		discloses: [],
		compute: (i) => remotenessClass(i.distance_km, i.fly_in),
		appears: { map: 11, trend: false, compare: false }
	},
	gap_level: {
		id: 'gap_level',
		unit: 'level',
		direction: 'higher_is_worse',
		formula: 'max(rule severities); critical when count(severity ≥ gap) ≥ 2',
		inputs: [
			'gap_thresholds',
			'investigators_fte',
			'children',
			'referrals_received',
			'open_backlog',
			'forensic_backlog_devices',
			'forensic_examiners_fte',
			'centroid',
			'fly_in'
		],
		scope: 'community',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		compute: (i) => i.level,
		appears: { map: 1, trend: false, compare: false }
	},
	project_p_recommended: {
		id: 'project_p_recommended',
		unit: 'boolean',
		direction: 'neutral',
		formula: 'gap_level = critical or (gap_level = gap and investigators_fte = 0)',
		inputs: ['gap_thresholds', 'investigators_fte'],
		scope: 'community',
		disclosure: 'none',
		illustrative_inputs: true,
		discloses: [],
		compute: (i) => i.project_p,
		appears: { map: 2, trend: false, compare: false }
	}
} as const satisfies Record<string, CommunityMetricEntry>;
