/** OpenAPI paths of the peer comparison (issue 8): most similar groups and services side by side. */
import type { PathItems } from './document';
import { periodProperties, periodRequired } from './period';
import { COMPARED_METRICS, DEFAULT_K, GROUP_BASES, MAX_SIDE_BY_SIDE, PEER_FEATURES } from '../../../domain/peers';

const period = {
	name: 'period',
	in: 'query',
	required: false,
	schema: { type: 'string', pattern: '^[0-9]{4}-Q[1-4]$', examples: ['2025-Q2'] },
	description: 'Ontario fiscal quarter (2025-Q2 = July–September 2025). Default: the latest quarter with data. A malformed or unknown quarter is a 400 naming `period`.'
};

const Disclosed = {
	description: 'A number, null (not defined), "<5" (a count of 1–4 for a viewer not cleared for the service) or "withheld" (a rate built on such a count)',
	oneOf: [{ type: 'number' }, { type: 'null' }, { const: '<5' }, { const: 'withheld' }]
};

const Features = {
	type: 'object',
	description: 'The context the most similar group is chosen on (raw values; the distance uses their standardised transforms)',
	properties: Object.fromEntries(PEER_FEATURES.map((feature) => [feature.id, { ...Disclosed, description: `${feature.label.en} (${feature.unit})` }]))
};

const Average = {
	type: 'object',
	description: `Weighted by each ratio's denominator (the pooled figure), over values the viewer can see; null with fewer than 3`,
	properties: { value: { type: ['number', 'null'] }, services_used: { type: 'integer' }, services_hidden: { type: 'integer' } }
};

const answer = (data: unknown, extra: Record<string, unknown> = {}) => ({
	'application/json': {
		schema: {
			type: 'object',
			required: [...periodRequired, 'illustrative', 'data'],
			properties: { ...periodProperties, illustrative: { type: 'boolean' }, ...extra, data }
		}
	}
});

const errors = {
	'400': { $ref: '#/components/responses/BadRequest' },
	'404': { $ref: '#/components/responses/NotFound' }
};

export const comparePaths: PathItems = {
	'/api/services/{id}/peers': {
		get: {
			summary: 'A police service’s comparison group: by default its most similar services (HMICFRS-style most similar group)',
			description:
				'Most similar: the k services nearest by weighted Euclidean distance on z-scores of population (log), density (log), share of children, distance to a large urban centre (log 1 + km) and referrals per 100,000 — context, never ICE capacity. Equal distances are ordered by id.',
			parameters: [
				{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' } },
				{ name: 'k', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: DEFAULT_K }, description: 'Size of the most similar group (at most the number of other services); a bad value is a 400 naming `k`' },
				{ name: 'group', in: 'query', required: false, schema: { type: 'string', enum: GROUP_BASES, default: 'similar' }, description: 'similar: most similar; kind: every other service of the same kind; region: every other service in the same OPP region' },
				period
			],
			responses: {
				'200': {
					description: 'The service, its context and its group, nearest first',
					content: answer(
						{
							type: 'object',
							properties: {
								police_service_id: { type: 'string' },
								name: { type: 'string' },
								kind: { type: 'string', enum: ['municipal', 'opp', 'first_nations'] },
								opp_region: { type: ['string', 'null'] },
								features: Features,
								group: {
									type: 'object',
									properties: {
										basis: { type: 'string', enum: GROUP_BASES },
										k: { type: ['integer', 'null'] },
										features_used: {
											type: ['array', 'null'],
											description:
												'Most similar groups only: each feature and whether the distances used it (used), or not because some candidate has no value published to every viewer (unknown) or all candidates are equal (no_variance). Computed once for every viewer.',
											items: { type: 'object', properties: { id: { type: 'string' }, status: { type: 'string', enum: ['used', 'unknown', 'no_variance'] } } }
										},
										left_out: {
											type: ['array', 'null'],
											description: 'Most similar groups only: services with a required feature unknown (no census population), left out of every group rather than placed at the average',
											items: { type: 'object', properties: { police_service_id: { type: 'string' }, missing: { type: 'array', items: { type: 'string' } } } }
										},
										members: {
											type: 'array',
											items: {
												type: 'object',
												properties: {
													police_service_id: { type: 'string' },
													name: { type: 'string' },
													rank: { type: 'integer' },
													distance: { type: ['number', 'null'], description: 'Standardised distance; null outside most similar groups' },
													kind: { type: 'string' },
													opp_region: { type: ['string', 'null'] },
													features: Features
												}
											}
										}
									}
								}
							}
						},
						{ features: { type: 'array', description: 'Feature definitions: id, labels, unit, weight', items: { type: 'object' } } }
					)
				},
				...errors
			}
		}
	},
	'/api/compare': {
		get: {
			summary: `Up to ${MAX_SIDE_BY_SIDE} police services side by side on every compared metric`,
			description: `Metrics: ${COMPARED_METRICS.join(', ')}. Each value comes with its percentile among services with a published value and its difference from the first service; Ontario's average is weighted by each ratio's denominator.`,
			parameters: [
				{
					name: 'ids',
					in: 'query',
					required: true,
					schema: { type: 'string', examples: ['toronto,naps,ottawa'] },
					description: `1 to ${MAX_SIDE_BY_SIDE} distinct police service ids, comma-separated. Too many, malformed or repeated ids are a 400 naming \`ids\`; an unknown id is a 404.`
				},
				period
			],
			responses: {
				'200': {
					description: 'The services and each metric across them',
					content: answer(
						{
							type: 'object',
							properties: {
								services: { type: 'array', items: { type: 'object', properties: { police_service_id: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' }, opp_region: { type: ['string', 'null'] }, features: Features } } },
								metrics: {
									type: 'array',
									items: {
										type: 'object',
										properties: {
											metric: { type: 'string', enum: COMPARED_METRICS },
											compared: {
												type: 'boolean',
												description: 'False for raw counts (referrals, charges, backlog…): shown as is, with no percentile, difference or Ontario average, since counts of services of different sizes are not comparable; compare the rates'
											},
											ranked_services: { type: 'integer', description: 'Services with a value published to everyone: the percentiles’ base, the same for every viewer' },
											ontario_average: Average,
											values: {
												type: 'array',
												items: {
													type: 'object',
													properties: {
														police_service_id: { type: 'string' },
														value: Disclosed,
														percentile: {
															type: ['number', 'null'],
															description: '0–100: share of the other values published to everyone below it, ties counting half; the same for every viewer; null when its value is not published to everyone, the metric is a raw count, or no_unit'
														},
														no_unit: { type: 'boolean', description: 'The value is 0 because the service has no staff of the kind the metric is measured on: read “no unit”, not a percentile' },
														relative_to_first: { type: ['number', 'null'] },
														difference: { type: ['string', 'null'], enum: ['better', 'worse', 'different', null], description: 'Set when 10% or more from the first service' }
													}
												}
											}
										}
									}
								}
							}
						},
						{ count: { type: 'integer' } }
					)
				},
				...errors
			}
		}
	}
};
