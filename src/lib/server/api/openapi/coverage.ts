/** OpenAPI paths and schemas of the coverage engine's API (issue 3, deliverable 5). */
import type { PathItems } from './document';


const period = {
	name: 'period',
	in: 'query',
	required: false,
	schema: { type: 'string', pattern: '^[0-9]{4}-Q[1-4]$', examples: ['2025-Q2'] },
	description:
		'Ontario fiscal quarter: YYYY is the year the fiscal year starts (2025-Q2 = July–September 2025). Default: the latest quarter with data. A malformed or unknown quarter is a 400 naming `period`.'
};

/** `{ period, illustrative, data }`: every answer that carries ICE figures says whether they are illustrative. */
const figures = (data: unknown, extra: Record<string, unknown> = {}) => ({
	'application/json': {
		schema: {
			type: 'object',
			required: ['period', 'illustrative', 'data'],
			properties: {
				period: { type: 'string' },
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
	required: ['csduid', 'level', 'reasons', 'project_p_recommended'],
	properties: {
		csduid: { type: 'string' },
		police_service_id: { type: 'string' },
		level: { type: 'string', enum: ['none', 'watch', 'gap', 'critical'] },
		reasons: { type: 'array', items: GapReason },
		project_p_recommended: { type: 'boolean' },
		project_p_basis: { type: ['string', 'null'], enum: ['critical_level', 'gap_without_ice_unit', null] },
		children: { type: ['integer', 'null'] },
		distance_km: { type: ['number', 'null'], description: 'Great-circle distance to the nearest ICE unit' },
		nearest_ice_service_id: { type: ['string', 'null'] },
		rank: { type: ['integer', 'null'], description: 'Position among flagged communities: level, then children, then distance; null when not flagged' }
	}
};

const Baseline = {
	type: 'object',
	required: ['metric', 'over', 'n', 'q1', 'median', 'q3'],
	properties: {
		metric: { type: 'string' },
		period: { type: 'string' },
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
