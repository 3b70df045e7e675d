/** Operations of the coverage engine: the metric registry, gap levels, baselines and one subject's metrics. */
import * as v from 'valibot';
import { ACCESS_CLASSES, CAPACITY_STATES, GAP_LEVELS, OPP_REGIONS, PROJECT_P_BASES, RELATIONSHIPS, SERVICE_KINDS } from '$lib/domain/vocabulary';
import { REASONS, type ReasonCode } from '$lib/domain/coverage/reasons';
import { ApiError, Bilingual, Disclosed, described, integer, nullableInteger } from '../schemas/shared';
import { METRIC_DIRECTIONS, METRIC_DISCLOSURES, METRIC_SCOPES, METRIC_UNITS } from '../schemas/vocabulary';
import { csduidParameter, serviceIdParameter } from './foundation';
import type { Operation } from './operation';
import { periodEntries, periodParameter, quarterEntries } from './period';

const error = (description: string) => ({ description, body: ApiError });
const badPeriod = error('A malformed or unknown quarter (`parameter`: period)');
const illustrative = described(v.boolean(), 'True while any ICE figure behind the answer is illustrative (generated, not reported)');

/** `{ period…, illustrative, …, data }`: every answer that carries ICE figures says of which quarter, and whether they are illustrative. */
const figures = <S extends v.GenericSchema>(data: S, extra: v.ObjectEntries = {}) => v.object({ ...periodEntries, illustrative, ...extra, data });

const Metric = described(
	v.object({
		id: v.string(),
		label: Bilingual,
		short_label: Bilingual,
		unit: v.picklist(METRIC_UNITS),
		direction: v.picklist(METRIC_DIRECTIONS),
		definition: Bilingual,
		formula: v.string(),
		inputs: v.array(v.string()),
		scope: described(v.picklist(METRIC_SCOPES), 'service: communities inherit their service’s value'),
		disclosure: v.picklist(METRIC_DISCLOSURES),
		illustrative_inputs: v.boolean()
	}),
	'One entry of the metric registry'
);

/** The catalogue's codes (domain/coverage/reasons.ts). */
const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

const GapReason = v.object({
	code: v.picklist(REASON_CODES),
	severity: v.picklist(GAP_LEVELS.filter((level) => level !== 'none')),
	message_en: v.string(),
	message_fr: v.string(),
	values: described(v.record(v.string(), Disclosed), 'Exactly the numbers the messages quote')
});

export const CommunityGap = v.object({
	csduid: v.string(),
	police_service_id: described(v.string(), 'The police service of record'),
	level: described(v.picklist(GAP_LEVELS), 'From capacity and access (see /about/data)'),
	reasons: v.array(GapReason),
	project_p_recommended: v.boolean(),
	project_p_basis: v.nullable(v.picklist(PROJECT_P_BASES)),
	opp_region: v.picklist(OPP_REGIONS),
	responder: described(
		v.object({ id: v.string(), police_service_id: v.string(), name_en: v.string(), name_fr: v.string() }),
		'The unit that takes the community’s files: its service’s ICE unit, or an OPP regional team'
	),
	relationship: described(
		v.picklist(RELATIONSHIPS),
		'own: its service’s unit · opp: the OPP team of its region (OPP-policed) · assisted: the OPP assisting a service without a unit'
	),
	capacity: described(v.picklist(CAPACITY_STATES), 'The responder’s load against the thresholds'),
	access: described(v.picklist(ACCESS_CLASSES), 'How the responder reaches the community'),
	base_csduid: described(v.string(), 'The responder’s base the distance is measured to'),
	children: nullableInteger(),
	distance_km: described(v.number(), 'Great-circle distance from a point inside the community to the responder’s base'),
	nearest_ice_service_id: described(v.string(), 'The responder’s police service (kept for older clients)')
});

export const Baseline = v.object({
	metric: v.string(),
	...quarterEntries,
	over: described(v.picklist(['services', 'communities']), 'One value per reporting service, or per community'),
	n: integer(),
	q1: Disclosed,
	median: Disclosed,
	q3: Disclosed
});

export const MetricValue = v.object({
	id: v.string(),
	unit: v.picklist(METRIC_UNITS),
	value: described(v.union([Disclosed, v.string(), v.boolean()]), 'A Disclosed number, or for class, level and boolean metrics the category'),
	baseline: v.nullable(Baseline)
});

const DISCLOSURE_MODES = ['cleared', 'controlled'] as const;
const disclosure = described(v.picklist(DISCLOSURE_MODES), 'cleared: the viewer sees the service’s small counts; controlled: counts of 1–4 are "<5"');

const RankedService = v.object({
	rank: integer(),
	police_service_id: v.string(),
	level: v.picklist(GAP_LEVELS),
	children: nullableInteger(),
	distance_km: described(v.nullable(v.number()), 'Its remotest community’s distance to its responder'),
	communities_flagged: integer(),
	project_p_recommended: v.boolean()
});

export const CommunityMetrics = v.object({ ...CommunityGap.entries, population: nullableInteger(), disclosure, metrics: v.array(MetricValue) });

export const ServiceMetrics = v.object({
	police_service_id: v.string(),
	kind: v.picklist(SERVICE_KINDS),
	level: v.picklist(GAP_LEVELS),
	reasons: v.array(GapReason),
	project_p_recommended: v.boolean(),
	has_ice_unit: v.boolean(),
	reported: described(v.boolean(), 'Whether the service reported ICE figures for the quarter'),
	trailing_quarters: described(integer(), 'Quarters reported among the four ending with the period: the annualisation basis'),
	population: nullableInteger(),
	children: nullableInteger(),
	disclosure,
	metrics: v.array(MetricValue)
});

export const coverageOperations: Operation[] = [
	{
		path: '/api/metrics',
		method: 'get',
		operationId: 'listMetrics',
		summary: 'The metric registry: ids, labels and definitions in English and French, units, direction, formulas, inputs, disclosure',
		access: 'signed-in',
		responses: { '200': { description: 'Every metric', body: v.object({ count: integer(), data: v.array(Metric) }) } }
	},
	{
		path: '/api/gaps',
		method: 'get',
		operationId: 'listCoverageGaps',
		summary: 'Every community’s coverage-gap level, reasons (English and French) and Project P recommendation for a quarter',
		access: 'signed-in',
		parameters: [periodParameter],
		responses: {
			'200': {
				description: 'All 577 communities',
				body: figures(
					v.array(
						v.object({
							...CommunityGap.entries,
							rank: described(nullableInteger(), 'Position among flagged communities: level, then access, then the responder’s load; null when not flagged')
						})
					),
					{
						thresholds: described(v.record(v.string(), v.unknown()), 'The gap thresholds in force'),
						count: integer(),
						services: described(v.array(RankedService), 'The flagged police services, most urgent first')
					}
				)
			},
			'400': badPeriod
		}
	},
	{
		path: '/api/baselines',
		method: 'get',
		operationId: 'listBaselines',
		summary: 'Provincial median and quartiles of every numeric metric for a quarter',
		access: 'signed-in',
		parameters: [periodParameter],
		responses: { '200': { description: 'One baseline per metric', body: figures(v.array(Baseline), { count: integer() }) }, '400': badPeriod }
	},
	{
		path: '/api/communities/{csduid}/metrics',
		method: 'get',
		operationId: 'getCommunityMetrics',
		summary: 'One community’s metrics against the provincial baselines, with its gap level and reasons',
		access: 'signed-in',
		parameters: [csduidParameter, periodParameter],
		responses: {
			'200': {
				description: 'The community',
				body: figures(CommunityMetrics)
			},
			'400': error('A malformed CSDUID or quarter (`parameter` names it)'),
			'404': error('No such community')
		}
	},
	{
		path: '/api/services/{id}/metrics',
		method: 'get',
		operationId: 'getPoliceServiceMetrics',
		summary: 'One police service’s metrics against the provincial baselines, with its gap level and service-wide reasons',
		access: 'signed-in',
		parameters: [serviceIdParameter, periodParameter],
		responses: {
			'200': {
				description: 'The police service',
				body: figures(ServiceMetrics)
			},
			'400': error('A malformed id or quarter (`parameter` names it)'),
			'404': error('No such police service')
		}
	}
];
