/** OpenAPI paths and schemas of the coverage engine's API (issue 3, deliverable 5). */
import type { PathItems } from './document';
import { periodProperties, periodRequired, quarterProperties } from './period';


const period = {
	name: 'period',
	in: 'query',
	required: false,
	schema: { type: 'string', pattern: '^[0-9]{4}-Q[1-4]$', examples: ['2025-Q2'] },
	description:
		'Ontario fiscal quarter: YYYY is the year the fiscal year starts (2025-Q2 = July–September 2025). Default: the latest quarter with data. A malformed or unknown quarter is a 400 naming `period`.'
};

/** `{ period…, illustrative, data }`: every answer that carries ICE figures says whether they are illustrative, and of which quarter. */
const figures = (data: unknown, extra: Record<string, unknown> = {}) => ({
	'application/json': {
		schema: {
			type: 'object',
			required: [...periodRequired, 'illustrative', 'data'],
			properties: {
				...periodProperties,
				illustrative: { type: 'boolean', description: 'True while any ICE figure behind the answer is illustrative (generated, not reported)' },
				...extra,
				data
			}
		}
	}
});

const errors = {
	'400': { $ref: '#/components/responses/BadRequest' },
	'404': { $ref: '#/components/responses/NotFound' }
};

/* Schemas are inlined (not in components) so this module is the only place the coverage API is described. */
const Disclosed = {
	description: 'A figure after disclosure control: a number, null (not defined), "<5" (a count of 1–4 for a viewer not cleared for the service) or "withheld" (a rate built on such a count)',
	oneOf: [{ type: 'number' }, { type: 'null' }, { const: '<5' }, { const: 'withheld' }]
};

const Metric = {
	type: 'object',
	description: 'One entry of the metric registry',
	required: ['id', 'label', 'unit', 'direction', 'definition', 'formula', 'inputs', 'scope', 'disclosure'],
	properties: {
		id: { type: 'string' },
		label: { type: 'object', properties: { en: { type: 'string' }, fr: { type: 'string' } } },
		short_label: { type: 'object', properties: { en: { type: 'string' }, fr: { type: 'string' } } },
		unit: { type: 'string', enum: ['per_100k', 'per_10k_children', 'ratio', 'count', 'km', 'cents', 'cents_per_capita', 'share', 'level', 'boolean', 'class'] },
		direction: { type: 'string', enum: ['higher_is_better', 'higher_is_worse', 'neutral'] },
		definition: { type: 'object', properties: { en: { type: 'string' }, fr: { type: 'string' } } },
		formula: { type: 'string' },
		inputs: { type: 'array', items: { type: 'string' } },
		scope: { type: 'string', enum: ['service', 'community'], description: 'service: communities inherit their service’s value' },
		disclosure: { type: 'string', enum: ['count', 'rate_on_counts', 'none'] },
		illustrative_inputs: { type: 'boolean' }
	}
};

const GapReason = {
	type: 'object',
	required: ['code', 'severity', 'message_en', 'message_fr', 'values'],
	properties: {
		code: { type: 'string' },
		severity: { type: 'string', enum: ['watch', 'gap', 'critical'] },
		message_en: { type: 'string' },
		message_fr: { type: 'string' },
		values: { type: 'object', additionalProperties: Disclosed, description: 'Exactly the numbers the messages quote' }
	}
};

const CommunityGap = {
	type: 'object',
	required: ['csduid', 'level', 'reasons', 'project_p_recommended', 'responder', 'relationship', 'access', 'capacity', 'base_csduid'],
	properties: {
		csduid: { type: 'string' },
		police_service_id: { type: 'string', description: 'The police service of record' },
		opp_region: { type: 'string', enum: ['West', 'Central', 'East', 'North East', 'North West'] },
		responder: {
			type: 'object',
			description: 'The unit that takes the community’s files: its service’s ICE unit, or an OPP regional team',
			required: ['id', 'police_service_id', 'name_en', 'name_fr'],
			properties: { id: { type: 'string' }, police_service_id: { type: 'string' }, name_en: { type: 'string' }, name_fr: { type: 'string' } }
		},
		relationship: {
			type: 'string',
			enum: ['own', 'opp', 'assisted'],
			description: 'own: its service’s unit · opp: the OPP team of its region (OPP-policed) · assisted: the OPP assisting a service without a unit'
		},
		capacity: { type: 'string', enum: ['ok', 'stretched', 'overloaded'], description: 'The responder’s load against the thresholds' },
		access: { type: 'string', enum: ['road', 'far', 'fly_in'], description: 'How the responder reaches the community' },
		base_csduid: { type: 'string', description: 'The responder’s base the distance is measured to' },
		level: { type: 'string', enum: ['none', 'watch', 'gap', 'critical'], description: 'From capacity and access (see /about/data)' },
		reasons: { type: 'array', items: GapReason },
		project_p_recommended: { type: 'boolean' },
		project_p_basis: { type: ['string', 'null'], enum: ['assisted_overloaded', 'assisted_far', 'assisted_fly_in', null] },
		children: { type: ['integer', 'null'] },
		distance_km: { type: 'number', description: 'Great-circle distance from a point inside the community to the responder’s base' },
		nearest_ice_service_id: { type: 'string', description: 'The responder’s police service (kept for older clients)' },
		rank: { type: ['integer', 'null'], description: 'Position among flagged communities: level, then access, then the responder’s load; null when not flagged' }
	}
};

const Baseline = {
	type: 'object',
	required: ['metric', 'over', 'n', 'q1', 'median', 'q3'],
	properties: {
		metric: { type: 'string' },
		...quarterProperties,
		over: { type: 'string', enum: ['services', 'communities'], description: 'One value per reporting service, or per community' },
		n: { type: 'integer' },
		q1: Disclosed,
		median: Disclosed,
		q3: Disclosed
	}
};

const MetricValue = {
	type: 'object',
	required: ['id', 'unit', 'value', 'baseline'],
	properties: {
		id: { type: 'string' },
		unit: { type: 'string' },
		value: { description: 'A Disclosed number, or for class, level and boolean metrics the category', oneOf: [Disclosed, { type: 'string' }, { type: 'boolean' }] },
		baseline: { oneOf: [Baseline, { type: 'null' }] }
	}
};

export const coveragePaths: PathItems = {
	'/api/metrics': {
		get: {
			summary: 'The metric registry: ids, labels and definitions in English and French, units, direction, formulas, inputs, disclosure',
			responses: {
				'200': {
					description: 'Every metric',
					content: { 'application/json': { schema: { type: 'object', properties: { count: { type: 'integer' }, data: { type: 'array', items: Metric } } } } }
				}
			}
		}
	},
	'/api/gaps': {
		get: {
			summary: 'Every community’s coverage-gap level, reasons (English and French) and Project P recommendation for a quarter',
			parameters: [period],
			responses: {
				'200': {
					description: 'All 577 communities',
					content: figures({ type: 'array', items: CommunityGap }, { thresholds: { type: 'object', description: 'The gap thresholds in force' }, count: { type: 'integer' } })
				},
				'400': errors['400']
			}
		}
	},
	'/api/baselines': {
		get: {
			summary: 'Provincial median and quartiles of every numeric metric for a quarter',
			parameters: [period],
			responses: { '200': { description: 'One baseline per metric', content: figures({ type: 'array', items: Baseline }) }, '400': errors['400'] }
		}
	},
	'/api/communities/{csduid}/metrics': {
		get: {
			summary: 'One community’s metrics against the provincial baselines, with its gap level and reasons',
			parameters: [{ name: 'csduid', in: 'path', required: true, schema: { type: 'string', pattern: '^35[0-9]{5}$' } }, period],
			responses: {
				'200': {
					description: 'The community',
					content: figures({ allOf: [CommunityGap, { type: 'object', properties: { metrics: { type: 'array', items: MetricValue } } }] })
				},
				...errors
			}
		}
	},
	'/api/services/{id}/metrics': {
		get: {
			summary: 'One police service’s metrics against the provincial baselines, with its gap level and service-wide reasons',
			parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' } }, period],
			responses: {
				'200': {
					description: 'The police service',
					content: figures({
						type: 'object',
						properties: {
							police_service_id: { type: 'string' },
							level: { type: 'string', enum: ['none', 'watch', 'gap', 'critical'] },
							reasons: { type: 'array', items: GapReason },
							project_p_recommended: { type: 'boolean' },
							has_ice_unit: { type: 'boolean' },
							metrics: { type: 'array', items: MetricValue }
						}
					})
				},
				...errors
			}
		}
	}
};
