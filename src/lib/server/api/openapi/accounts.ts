/** OpenAPI paths for signing in (session cookie) and API tokens. */
import type { PathItems } from './document';

const json = (schema: unknown) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json({ $ref: '#/components/schemas/Error' }) });

const SessionUser = {
	type: 'object',
	required: ['username', 'display_name', 'role', 'police_service_id', 'via'],
	properties: {
		username: { type: 'string' },
		display_name: { type: 'string' },
		role: { type: 'string', enum: ['planner', 'chief', 'project_p', 'viewer', 'admin'] },
		police_service_id: { type: ['string', 'null'], description: 'The service a chief is bound to; null for other roles' },
		via: { type: 'string', enum: ['session', 'token'] },
		expires_at: { type: 'string', format: 'date-time', description: 'Absolute expiry of a new session (12 h); idle expiry is 30 min' }
	}
};

const ApiToken = {
	type: 'object',
	required: ['id', 'name', 'token_prefix', 'scopes', 'created_at'],
	properties: {
		id: { type: 'integer' },
		name: { type: 'string' },
		token_prefix: { type: 'string', description: 'The first characters, to tell tokens apart' },
		scopes: { type: 'array', items: { type: 'string', enum: ['read', 'write'] } },
		created_at: { type: 'string', format: 'date-time' },
		expires_at: { type: ['string', 'null'], format: 'date-time' },
		last_used_at: { type: ['string', 'null'], format: 'date-time' },
		revoked_at: { type: ['string', 'null'], format: 'date-time' }
	}
};

export const accountsPaths: PathItems = {
	'/api/session': {
		get: {
			summary: 'Who is signed in',
			responses: { '200': { description: 'The signed-in user', content: json({ type: 'object', properties: { data: SessionUser } }) }, '401': error('Not signed in') }
		},
		post: {
			summary: 'Sign in; the session comes back as an HttpOnly cookie (atlas_session)',
			description:
				'A new session id is issued at every sign-in. Five failed attempts for a username, or twenty from one address, within 15 minutes lock sign-in for that username or address for up to 15 minutes.',
			security: [],
			requestBody: {
				required: true,
				content: json({ type: 'object', required: ['username', 'password'], properties: { username: { type: 'string' }, password: { type: 'string', format: 'password' } } })
			},
			responses: {
				'200': { description: 'Signed in', content: json({ type: 'object', properties: { data: SessionUser } }) },
				'400': { $ref: '#/components/responses/BadRequest' },
				'401': error('Incorrect username or password (one message for both)'),
				'429': error('Too many failed attempts; see the Retry-After header')
			}
		},
		delete: { summary: 'Sign out (ends the session, clears the cookie)', security: [], responses: { '204': { description: 'Signed out' } } }
	},
	'/api/tokens': {
		get: {
			summary: 'Your API tokens (never their secrets)',
			description: 'Requires a browser session: an API token cannot list, create or revoke tokens.',
			security: [{ session: [] }],
			responses: { '200': { description: 'Tokens', content: json({ type: 'object', properties: { count: { type: 'integer' }, data: { type: 'array', items: ApiToken } } }) }, '401': error('Not signed in'), '403': error('Not allowed with an API token') }
		},
		post: {
			summary: 'Create an API token; the secret is in this answer only',
			security: [{ session: [] }],
			requestBody: {
				required: true,
				content: json({
					type: 'object',
					required: ['name'],
					properties: {
						name: { type: 'string', maxLength: 100 },
						scopes: { type: 'array', items: { type: 'string', enum: ['read', 'write'] }, default: ['read'], description: 'read: GET only; write: every method your role allows' },
						expires_in_days: { type: 'integer', minimum: 1, maximum: 365 }
					}
				})
			},
			responses: {
				'201': { description: 'Created', content: json({ type: 'object', properties: { data: { allOf: [ApiToken, { type: 'object', required: ['token'], properties: { token: { type: 'string' } } }] } } }) },
				'400': { $ref: '#/components/responses/BadRequest' },
				'401': error('Not signed in')
			}
		}
	},
	'/api/tokens/{id}': {
		delete: {
			summary: 'Revoke one of your API tokens',
			security: [{ session: [] }],
			parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
			responses: { '204': { description: 'Revoked' }, '400': { $ref: '#/components/responses/BadRequest' }, '404': { $ref: '#/components/responses/NotFound' } }
		}
	}
};

/** How to authenticate; every other path requires one of these unless ATLAS_PUBLIC_VIEW is set. */
export const securitySchemes = {
	session: { type: 'apiKey', in: 'cookie', name: 'atlas_session', description: 'Set by POST /api/session' },
	bearer: { type: 'http', scheme: 'bearer', description: 'An API token from POST /api/tokens (atlas_…)' }
};
