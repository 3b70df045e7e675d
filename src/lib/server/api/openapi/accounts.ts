/** Operations for signing in (session cookie) and API tokens. */
import * as v from 'valibot';
import { TOKEN_SCOPES } from '$lib/server/auth/user';
import { Credentials, NewToken } from '../schemas/accounts';
import { ApiError, described, integer, nullableTimestamp, timestamp } from '../schemas/shared';
import type { Operation } from './operation';
import { ROLES } from '$lib/domain/vocabulary';

const error = (description: string) => ({ description, body: ApiError });
const tooMany = { description: 'Too many failed attempts; see the Retry-After header', body: ApiError };

const SessionUser = v.object({
	username: v.string(),
	display_name: v.string(),
	role: v.picklist(ROLES),
	police_service_id: described(v.nullable(v.string()), 'The service a chief (or an OPP regional account) is bound to; null for other roles'),
	via: v.picklist(['session', 'token']),
	expires_at: v.optional(described(timestamp(), 'Absolute expiry of a new session (12 h); idle expiry is 30 min'))
});

const ApiToken = v.object({
	id: integer(),
	name: v.string(),
	token_prefix: described(v.string(), 'The first characters, to tell tokens apart'),
	scopes: v.array(v.picklist(TOKEN_SCOPES)),
	created_at: timestamp(),
	expires_at: nullableTimestamp(),
	last_used_at: nullableTimestamp(),
	revoked_at: nullableTimestamp()
});

const tokenOnly = 'Requires a browser session: an API token cannot list, create or revoke tokens.';

export const accountsOperations: Operation[] = [
	{
		path: '/api/session',
		method: 'get',
		operationId: 'getSession',
		summary: 'Who is signed in',
		access: 'signed-in',
		responses: { '200': { description: 'The signed-in user', body: v.object({ data: SessionUser }) } }
	},
	{
		path: '/api/session',
		method: 'post',
		operationId: 'signIn',
		summary: 'Sign in; the session comes back as an HttpOnly cookie (atlas_session)',
		description:
			'A new session id is issued at every sign-in. Five failed attempts for a username, or twenty from one address, within 15 minutes lock sign-in for that username or address for up to 15 minutes.',
		access: 'public',
		body: { schema: Credentials },
		responses: {
			'200': { description: 'Signed in', body: v.object({ data: SessionUser }) },
			'400': error('Not JSON, or a field missing or too long'),
			'401': error('Incorrect username or password (one message for both)'),
			'429': tooMany
		}
	},
	{
		path: '/api/session',
		method: 'delete',
		operationId: 'signOut',
		summary: 'Sign out (ends the session, clears the cookie)',
		description: 'Answers 204 even without a session.',
		access: 'public',
		responses: { '204': { description: 'Signed out' }, '403': error('A cross-site request carrying cookies (its Origin is not this site)') }
	},
	{
		path: '/api/tokens',
		method: 'get',
		operationId: 'listApiTokens',
		summary: 'Your API tokens (never their secrets)',
		description: tokenOnly,
		access: 'session',
		responses: { '200': { description: 'Tokens', body: v.object({ count: integer(), data: v.array(ApiToken) }) }, '403': error('Not allowed with an API token') }
	},
	{
		path: '/api/tokens',
		method: 'post',
		operationId: 'createApiToken',
		summary: 'Create an API token; the secret is in this answer only',
		description: tokenOnly,
		access: 'session',
		body: { schema: NewToken },
		responses: {
			'201': { description: 'Created', body: v.object({ data: v.intersect([ApiToken, v.object({ token: v.string() })]) }) },
			'400': error('Not JSON, or a bad field (named in `parameter`)'),
			'403': error('Not allowed with an API token')
		}
	},
	{
		path: '/api/tokens/{id}',
		method: 'delete',
		operationId: 'revokeApiToken',
		summary: 'Revoke one of your API tokens',
		description: tokenOnly,
		access: 'session',
		parameters: [{ name: 'id', in: 'path', schema: v.pipe(v.number(), v.integer(), v.minValue(1)) }],
		responses: { '204': { description: 'Revoked' }, '400': error('A malformed id'), '404': error('No such token of yours') }
	}
];
