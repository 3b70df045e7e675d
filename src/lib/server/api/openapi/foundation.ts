/** Operations on the atlas's reference data: health, communities, police services, and this document. */
import * as v from 'valibot';
import { CSDUID_PATTERN, SERVICE_ID_PATTERN } from '../respond';
import { ApiError, Community, PoliceService, described, integer, timestamp } from '../schemas/shared';
import type { Operation } from './operation';

const listOf = <S extends v.GenericSchema>(item: S) => v.object({ count: integer(), data: v.array(item) });
const error = (description: string) => ({ description, body: ApiError });

/** Path parameters, with the patterns the endpoints test. */
export const csduidParameter = { name: 'csduid', in: 'path' as const, schema: v.pipe(v.string(), v.regex(CSDUID_PATTERN)) };
export const serviceIdParameter = { name: 'id', in: 'path' as const, schema: v.pipe(v.string(), v.regex(SERVICE_ID_PATTERN)) };

/** The request guard checks every request's query text before any route runs (request-guard.ts). */
const badText = error('A query parameter that is not valid text (a NUL, an unpaired surrogate)');

export const CommunityDetail = v.intersect([
	Community,
	v.object({
		land_area_km2: v.nullable(v.number()),
		centroid: v.object({ lon: v.nullable(v.number()), lat: v.nullable(v.number()) }),
		children_share: v.nullable(v.number()),
		children_source: v.nullable(v.string()),
		fly_in: v.boolean(),
		police_service_name: described(v.string(), 'The police service of record'),
		jurisdiction_note: v.nullable(v.string())
	})
]);

const DATABASE_MODES = ['embedded', 'external'] as const;

export const foundationOperations: Operation[] = [
	{
		path: '/api/health',
		method: 'get',
		operationId: 'getHealth',
		summary: 'Liveness and database mode',
		access: 'public',
		responses: {
			'200': {
				description: 'The atlas is up',
				body: v.object({ status: v.literal('ok'), database: v.picklist(DATABASE_MODES), communities: integer() })
			},
			'503': {
				description: 'The database does not answer; see the Retry-After header',
				body: v.object({ status: v.literal('unavailable'), database: v.picklist(DATABASE_MODES), reason: v.string(), since: timestamp() })
			},
			'400': badText
		}
	},
	{
		path: '/api/openapi.json',
		method: 'get',
		operationId: 'getOpenApiDocument',
		summary: 'This description of the API (OpenAPI 3.1)',
		access: 'public',
		responses: { '200': { description: 'The OpenAPI document', body: v.object({ openapi: v.literal('3.1.0'), paths: v.record(v.string(), v.unknown()) }) }, '400': badText }
	},
	{
		path: '/api/communities',
		method: 'get',
		operationId: 'listCommunities',
		summary: 'Every community (577 census subdivisions)',
		access: 'signed-in',
		parameters: [{ name: 'q', in: 'query', description: 'Name search, accents and case ignored', schema: v.pipe(v.string(), v.maxLength(100)) }],
		responses: { '200': { description: 'Communities', body: listOf(Community) } }
	},
	{
		path: '/api/communities/{csduid}',
		method: 'get',
		operationId: 'getCommunity',
		summary: 'One community',
		access: 'signed-in',
		parameters: [csduidParameter],
		responses: {
			'200': {
				description: 'The community',
				body: v.object({
					data: CommunityDetail
				})
			},
			'400': error('A malformed CSDUID'),
			'404': error('No such community')
		}
	},
	{
		path: '/api/services',
		method: 'get',
		operationId: 'listPoliceServices',
		summary: 'Every police service (94)',
		access: 'signed-in',
		responses: { '200': { description: 'Police services', body: listOf(PoliceService) } }
	},
	{
		path: '/api/services/{id}',
		method: 'get',
		operationId: 'getPoliceService',
		summary: 'One police service with the CSDUIDs it covers',
		access: 'signed-in',
		parameters: [serviceIdParameter],
		responses: {
			'200': { description: 'The police service', body: v.object({ data: PoliceService }) },
			'400': error('A malformed id'),
			'404': error('No such police service')
		}
	}
];
