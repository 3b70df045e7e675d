import type { PathItems } from './document';

const dataOf = (schema: unknown) => ({
	'application/json': { schema: { type: 'object', required: ['data'], properties: { count: { type: 'integer' }, data: schema } } }
});

export const foundationPaths: PathItems = {
	'/api/health': {
		get: {
			summary: 'Liveness and database mode',
			responses: {
				'200': {
					description: 'The atlas is up',
					content: {
						'application/json': {
							schema: {
								type: 'object',
								required: ['status', 'database'],
								properties: {
									status: { const: 'ok' },
									database: { type: 'string', enum: ['embedded', 'external'] },
									communities: { type: 'integer' }
								}
							}
						}
					}
				}
			}
		}
	},
	'/api/communities': {
		get: {
			summary: 'Every community (577 census subdivisions)',
			parameters: [{ name: 'q', in: 'query', required: false, schema: { type: 'string', maxLength: 100 }, description: 'Name search, accents and case ignored' }],
			responses: { '200': { description: 'Communities', content: dataOf({ type: 'array', items: { $ref: '#/components/schemas/Community' } }) } }
		}
	},
	'/api/communities/{csduid}': {
		get: {
			summary: 'One community',
			parameters: [{ name: 'csduid', in: 'path', required: true, schema: { type: 'string', pattern: '^35[0-9]{5}$' } }],
			responses: {
				'200': { description: 'The community', content: dataOf({ $ref: '#/components/schemas/Community' }) },
				'400': { $ref: '#/components/responses/BadRequest' },
				'404': { $ref: '#/components/responses/NotFound' }
			}
		}
	},
	'/api/services': {
		get: {
			summary: 'Every police service (94)',
			responses: { '200': { description: 'Police services', content: dataOf({ type: 'array', items: { $ref: '#/components/schemas/PoliceService' } }) } }
		}
	},
	'/api/services/{id}': {
		get: {
			summary: 'One police service with the CSDUIDs it covers',
			parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' } }],
			responses: {
				'200': { description: 'The police service', content: dataOf({ $ref: '#/components/schemas/PoliceService' }) },
				'400': { $ref: '#/components/responses/BadRequest' },
				'404': { $ref: '#/components/responses/NotFound' }
			}
		}
	}
};
