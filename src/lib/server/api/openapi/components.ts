/** Shared OpenAPI schemas and responses. */
export const components = {
	schemas: {
		Error: {
			type: 'object',
			required: ['error'],
			properties: {
				error: {
					type: 'object',
					required: ['status', 'code', 'message'],
					properties: {
						status: { type: 'integer' },
						code: {
							type: 'string',
							enum: ['bad_request', 'not_found', 'unprocessable', 'conflict', 'forbidden', 'unauthorized', 'payload_too_large', 'unsupported_media_type', 'too_many_requests']
						},
						message: { type: 'string' },
						parameter: { type: 'string', description: 'The parameter or field that was wrong' }
					}
				}
			}
		},
		Community: {
			type: 'object',
			required: ['csduid', 'name', 'name_fr', 'type', 'cduid', 'population', 'police_service_id'],
			properties: {
				csduid: { type: 'string', pattern: '^35[0-9]{5}$', description: 'Statistics Canada 2021 census subdivision code' },
				name: { type: 'string' },
				name_fr: { type: 'string', description: 'Official French name where one exists, else the English name' },
				type: { type: 'string', description: 'Statistics Canada CSD type (CY, TP, IRI, NO, ...)' },
				cduid: { type: 'string', description: 'Census division (first 4 digits of the CSDUID)' },
				cd_name: { type: 'string' },
				population: { type: ['integer', 'null'], description: '2021 Census population; null when not available (never 0 for missing)' },
				children_estimate: { type: ['integer', 'null'], description: 'Estimated children 0–17 (population × documented share)' },
				police_service_id: { type: 'string' },
				jurisdiction_confidence: { type: 'string', enum: ['high', 'medium', 'low'] }
			}
		},
		PoliceService: {
			type: 'object',
			required: ['id', 'name', 'name_fr', 'kind', 'ice_strategy_member'],
			properties: {
				id: { type: 'string' },
				name: { type: 'string' },
				name_fr: { type: 'string' },
				kind: { type: 'string', enum: ['municipal', 'opp', 'first_nations'] },
				opp_region: { type: ['string', 'null'] },
				ice_strategy_member: { type: 'boolean', description: 'Member of the ICE Strategy, October 2022 list' },
				sworn_officers: { type: ['integer', 'null'] },
				sworn_year: { type: ['integer', 'null'] },
				sworn_source: { type: ['string', 'null'] },
				community_count: { type: 'integer' },
				population: { type: ['integer', 'null'] },
				children: { type: ['integer', 'null'] }
			}
		}
	},
	responses: {
		BadRequest: { description: 'A malformed parameter', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
		NotFound: { description: 'Unknown id', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }
	}
};
