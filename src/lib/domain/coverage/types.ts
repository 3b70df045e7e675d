/**
 * The coverage engine's inputs (what the server's queries map database rows to) and outputs (what pages,
 * the API and the allocation formula read). Field names follow the database columns so the mapping is
 * one line per field; ServiceQuarter and ServiceFunding are also the columns of their tables, which
 * server/db/schema.ts builds from them. Metric ids and value types derive from the registry, never from strings.
 */
import type { MetricId, MetricInput, ServiceMetricId, CommunityMetricId, metrics } from '../../metrics';
import type { PeriodKey } from '../period';
import type { GapReason } from './reasons';
import type { CoverageThresholds } from './thresholds';
import type { Access, Capacity, Level, OppRegion, ProjectPBasis, Relationship, RemotenessClass, ServiceKind } from '../vocabulary';

export type { Access, Capacity, Level, ProjectPBasis, Relationship, ServiceKind } from '../vocabulary';

// ── Inputs ──────────────────────────────────────────────────────────────────────────────────────────

export interface LonLat {
	lon: number;
	lat: number;
}

/** A 2021 census subdivision (domain.md §3) and its police service of record (§4). */
export interface Community {
	/** 7-digit Statistics Canada CSDUID. */
	csduid: string;
	name: LocalizedName;
	/** Census division: the first 4 digits of the CSDUID. */
	cduid: string;
	/** Null means "population not available" (13 reserves), never 0. */
	population: number | null;
	/** Children aged 0–17, estimated or imported; null when the population is not available. */
	children: number | null;
	centroid: LonLat;
	/** No year-round road access (30 of the 49 Nishnawbe Aski Nation communities, domain.md §3). */
	fly_in: boolean;
	police_service_id: string;
	/** The OPP region the community lies in, whoever polices it (domain.md §4). */
	opp_region: OppRegion;
}

export interface Service {
	police_service_id: string;
	kind: ServiceKind;
	opp_region: string | null;
	ice_strategy_member: boolean;
	name: LocalizedName;
}

export interface LocalizedName {
	en: string;
	fr: string;
}

/**
 * A unit that reports ICE capacity and caseload: a police service, or one of the OPP's five regional
 * teams (the OPP is one service whose ICE investigators work by region, domain.md §4-5). Quarterly rows
 * name it in `police_service_id`. Its base is the community distances to it are measured to.
 */
export interface ReportingUnit {
	unit_id: string;
	police_service_id: string;
	/** Set for the OPP's regional teams. */
	opp_region: OppRegion | null;
	name: LocalizedName;
	base_csduid: string;
}

/** One reporting unit's ICE capacity and caseload in one fiscal quarter (domain.md §5). */
export interface ServiceQuarter {
	/** The reporting unit (ReportingUnit.unit_id): the service's own id, or `opp-<region>`. */
	police_service_id: string;
	period: PeriodKey;
	investigators_fte: number;
	forensic_examiners_fte: number;
	forensic_backlog_devices: number;
	referrals_received: number;
	investigations_opened: number;
	investigations_concluded: number;
	charges_laid: number;
	victims_identified: number;
	open_backlog: number;
	files_referred_project_p: number;
	/** Generated, not reported (domain.md §11). */
	illustrative: boolean;
}

/** ICE Strategy funding to one service for one fiscal year (the year it starts, as in PeriodKey). */
export interface ServiceFunding {
	police_service_id: string;
	fiscal_year: number;
	amount_cents: number;
	illustrative: boolean;
}

/** The quarter fields a metric may name as input: a compile-time check that the registry and rows agree. */
export type QuarterField = Exclude<keyof ServiceQuarter, 'police_service_id' | 'period' | 'illustrative'>;
type AssertSubset<A extends B, B> = A;
/** @public Never imported: it exists to fail compilation when the rows and the registry disagree. */
export type QuarterFieldsAreMetricInputs = AssertSubset<QuarterField, MetricInput>;

// ── Levels and classes ──────────────────────────────────────────────────────────────────────────────

/** The severity of one gap reason. */
export type Severity = Exclude<Level, 'none'>;

type ValueOfUnit<U> = U extends 'class'
	? RemotenessClass
	: U extends 'level'
		? Level
		: U extends 'boolean'
			? boolean
			: number | null;

/** Values keyed by metric id, typed by each metric's unit (null: not defined, e.g. per investigator with 0 FTE). */
export type MetricValues<M extends MetricId> = { [K in M]: ValueOfUnit<(typeof metrics)[K]['unit']> };
export type ServiceMetricValues = MetricValues<ServiceMetricId>;
export type CommunityMetricValues = MetricValues<ServiceMetricId | CommunityMetricId>;

// ── Outputs ─────────────────────────────────────────────────────────────────────────────────────────

/**
 * The caseload counts behind a service's metrics for the period. Disclosure control needs them: a rate is
 * withheld when one of these is 1–4 (domain.md §9). `_trailing` sums cover the quarters reported among the
 * four ending with the period; null when no quarter was reported.
 */
export interface ServiceCounts {
	referrals_received: number | null;
	investigations_opened: number | null;
	investigations_concluded: number | null;
	charges_laid: number | null;
	victims_identified: number | null;
	open_backlog: number | null;
	open_backlog_year_ago: number | null;
	/** Open backlog when the current run of quarter-on-quarter growth began. */
	open_backlog_growth_start: number | null;
	referrals_trailing: number | null;
	opened_trailing: number | null;
	concluded_trailing: number | null;
	files_referred_trailing: number | null;
}
export type CountKey = keyof ServiceCounts;

/** Provincial reference values the relative rules compare against (computed, or fixed by the caller). */
export interface ProvincialReference {
	/** Median referrals per investigator across services with an ICE unit; null when none has one. */
	median_referrals_per_investigator: number | null;
	/** The thresholds' p-th percentile of investigators per 10,000 children across services with an ICE unit. */
	capacity_percentile_value: number | null;
}

export interface ServiceCoverage {
	police_service_id: string;
	kind: ServiceKind;
	opp_region: string | null;
	ice_strategy_member: boolean;
	/** A row exists for the period; without one, metrics are null and service rules are not evaluated. */
	reported: boolean;
	/** At least one ICE investigator (FTE > 0) in the period. */
	has_ice_unit: boolean;
	/** Some input behind these figures is illustrative (domain.md §11). */
	illustrative: boolean;
	/** Quarters reported among the four ending with the period: the annualisation basis. */
	trailing_quarters: number;
	population: number | null;
	children: number | null;
	community_count: number;
	counts: ServiceCounts;
	metrics: ServiceMetricValues;
	/** Reasons from service-wide rules (every community of the service carries them too). */
	reasons: GapReason[];
	/** Worst level among its communities (its service-wide reasons alone when it has none). */
	level: Level;
	project_p_recommended: boolean;
}


/** The unit that answers a community's referrals, with its load over every community it answers for. */
export interface ResponderCoverage {
	unit_id: string;
	police_service_id: string;
	opp_region: OppRegion | null;
	name: LocalizedName;
	base_csduid: string;
	reported: boolean;
	illustrative: boolean;
	investigators_fte: number;
	forensic_examiners_fte: number;
	forensic_backlog_devices: number;
	/** Referrals over the last four quarters (annualised) of every community it answers for, own and assisted. */
	referrals_answered: number | null;
	/** Referrals of the services it assists, included in referrals_answered. */
	referrals_assisted: number | null;
	referrals_per_investigator: number | null;
	forensic_backlog_per_examiner: number | null;
	backlog_growth_quarters: number;
	counts: ServiceCounts;
	/** Its own load reasons (capacity axis), naming it. */
	reasons: GapReason[];
	capacity: Capacity;
	communities_own: number;
	communities_assisted: number;
}

export interface CommunityCoverage {
	csduid: string;
	cduid: string;
	police_service_id: string;
	population: number | null;
	children: number | null;
	fly_in: boolean;
	opp_region: OppRegion;
	/** The unit that takes its files, and on what footing. */
	responder_id: string;
	responder_name: LocalizedName;
	relationship: Relationship;
	/** The responder's base the distance is measured to. */
	base_csduid: string;
	distance_km: number;
	access: Access;
	capacity: Capacity;
	/** The service's police of record, for pages: the police service id of the responder. */
	nearest_ice_service_id: string;
	illustrative: boolean;
	/** Every metric: the service's, inherited, and the community's own. */
	metrics: CommunityMetricValues;
	reasons: GapReason[];
	level: Level;
	project_p_recommended: boolean;
	project_p_basis: ProjectPBasis | null;
}

/** Median and quartiles of one metric in one period (baselines.ts says over what). */
export interface Baseline {
	metric: MetricId;
	period: PeriodKey;
	/** services: one value per reporting service · communities: one value per community. */
	over: 'services' | 'communities';
	n: number;
	q1: number | null;
	median: number | null;
	q3: number | null;
}
export type Baselines = { [M in MetricId]?: Baseline };

export interface RankedCommunity {
	csduid: string;
	police_service_id: string;
	level: Level;
	children: number | null;
	distance_km: number | null;
	project_p_recommended: boolean;
}

export interface RankedService {
	police_service_id: string;
	level: Level;
	children: number | null;
	/** Its remotest community's distance to an ICE unit. */
	distance_km: number | null;
	communities_flagged: number;
	project_p_recommended: boolean;
}

export interface CoverageInput {
	period: PeriodKey;
	communities: readonly Community[];
	services: readonly Service[];
	units: readonly ReportingUnit[];
	/** Any periods: the engine picks the ones it needs. */
	quarters: readonly ServiceQuarter[];
	funding: readonly ServiceFunding[];
	/** Defaults to DEFAULT_THRESHOLDS. */
	thresholds?: CoverageThresholds;
	/** Hold provincial reference values fixed instead of computing them (what-if comparisons). */
	reference?: Partial<ProvincialReference>;
}

export interface Coverage {
	period: PeriodKey;
	thresholds: CoverageThresholds;
	reference: ProvincialReference;
	services: ServiceCoverage[];
	responders: ResponderCoverage[];
	communities: CommunityCoverage[];
	baselines: Baselines;
	/** Communities and services with a level above none: severity, then children, then distance. */
	ranked: { communities: RankedCommunity[]; services: RankedService[] };
}
