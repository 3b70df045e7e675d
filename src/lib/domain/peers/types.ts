/**
 * Types of the peer comparison (issue 8): what the peer method knows about a service, the groups it
 * forms, and the comparisons it hands to pages, exports and the API.
 */
import type { ServiceMetricId } from '../../metrics';
import type { DisclosedNumber, ServiceKind } from '../coverage';
import type { DisclosedServiceMetricValues } from '../coverage/disclosure';
import type { PeriodKey } from '../period';
import type { FeatureUse, LeftOut } from './basis';

/**
 * A service's context: who it serves and where, plus its referral rate. Raw: built on the server from
 * the census, the community table and the undisclosed coverage; a viewer only ever sees a disclosed
 * profile (features.ts `discloseFeatures`).
 */
export interface ServiceProfile {
	police_service_id: string;
	kind: ServiceKind;
	opp_region: string | null;
	/** 2021 Census, summed over its communities with a count; null when none has one. */
	population: number | null;
	/** Land area of all its communities (km²). */
	land_area_km2: number;
	/** Children 0–17 (estimated or imported) over the same communities as the population. */
	children: number | null;
	/** Every one of those communities' children counts was imported, none estimated. */
	children_imported: boolean;
	/** Population-weighted mean distance from its communities to the nearest large urban centre. */
	centre_distance_km: number | null;
	/** Referrals received over the trailing four quarters, annualised, per 100,000 population. */
	referrals_per_100k: number | null;
	/** The referral rate rests on 1–4 referrals: withheld from viewers not cleared for the service. */
	referrals_small: boolean;
	/**
	 * False for a service compared through its parts rather than as one (the OPP, through its regional teams;
	 * regional-teams.ts): it is in no group, ranking or average, and its own group is its parts. Absent: true.
	 */
	comparable?: boolean;
	/** Set on a part of such a service (an OPP regional team): the service it belongs to. */
	parent_service_id?: string | null;
}

/** How a service's comparison group is formed. */
export type GroupBasis = 'similar' | 'kind' | 'region';
export const GROUP_BASES: readonly GroupBasis[] = ['similar', 'kind', 'region'];

export interface PeerMatch {
	police_service_id: string;
	/** Standardised Euclidean distance to the chosen service (0: identical context); null outside `similar` groups. */
	distance: number | null;
	/** 1 for the most similar (by id outside `similar` groups). */
	rank: number;
}

export interface PeerGroup {
	basis: GroupBasis;
	/** The chosen service (never a member of its own group). */
	police_service_id: string;
	/** Most similar first for `similar`; by id for the other bases. */
	members: PeerMatch[];
	/** The k asked for (`similar` only). */
	k: number | null;
	/** `similar` only: which features the distances used, and which services could not be placed. */
	similarity: { features: FeatureUse[]; left_out: LeftOut[] } | null;
}

/**
 * The figures behind each weighted average: the denominators of the metrics' ratios (averages.ts).
 * Raw, server-side; never shown, and used only for members whose value the viewer can see.
 */
export interface AverageWeights {
	population: number | null;
	children: number | null;
	investigators_fte: number | null;
	forensic_examiners_fte: number | null;
	/** Referrals over the trailing four quarters, annualised. */
	referrals_annualised: number | null;
	referrals_trailing: number | null;
	opened_trailing: number | null;
}

/** One service in one quarter as the viewer may see it, with the weights its averages need. */
export interface ServiceSnapshot {
	police_service_id: string;
	values: DisclosedServiceMetricValues;
	weights: AverageWeights;
}

/** A weighted average over the values a viewer can see. */
export interface GroupAverage {
	/** Null when fewer than MIN_AVERAGE_MEMBERS values could be used. */
	value: number | null;
	/** Services whose values entered the average. */
	used: number;
	/** Services left out because their value is "<5" or withheld for this viewer. */
	hidden: number;
	/** Services left out because the metric is not defined for them (not reported, no investigator…). */
	undefined: number;
}

/** One bar of a ranked column chart ("ski slope"): tallest first. */
export interface RankedValue {
	police_service_id: string;
	value: number;
	/** 1 for the highest value; equal values share the better rank. */
	rank: number;
}

export interface MetricComparison {
	metric: ServiceMetricId;
	/** False for raw counts: shown, never ranked or averaged across services (comparison.ts). */
	ranked: boolean;
	/** The value is 0 for want of staff (comparison.ts `hasNoUnit`): read "no unit", no percentile. */
	no_unit: boolean;
	value: DisclosedNumber;
	/** Percentile among services with a visible value; null when its own value is not visible. */
	percentile: number | null;
	rank: number | null;
	group: GroupAverage;
	province: GroupAverage;
	/** Every service with a visible value, highest first. */
	ranking: RankedValue[];
	/** Services with a value the viewer cannot see (left off the chart). */
	hidden: number;
}

export interface TrendPoint {
	period: PeriodKey;
	value: number | null;
	group: number | null;
	province: number | null;
}

export interface MetricTrend {
	metric: ServiceMetricId;
	points: TrendPoint[];
}
