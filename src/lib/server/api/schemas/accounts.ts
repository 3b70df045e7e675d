/**
 * Request bodies of signing in and of API tokens: the endpoints parse with these very schemas and the OpenAPI
 * document is generated from them, so what is documented is what is accepted.
 */
import * as v from 'valibot';
import { MAX_LOGIN_PASSWORD_LENGTH } from '$lib/server/auth/login';
import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS } from '$lib/server/auth/tokens';
import { TOKEN_SCOPES } from '$lib/server/auth/user';

export const Credentials = v.object({
	username: v.pipe(v.string(), v.maxLength(100)),
	password: v.pipe(v.string(), v.maxLength(MAX_LOGIN_PASSWORD_LENGTH, 'password'), v.metadata({ format: 'password' }))
});

export const NewToken = v.object({
	name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100), v.regex(/^[^\u0000-\u001f\u007f]*$/)),
	scopes: v.optional(
		v.pipe(v.array(v.picklist(TOKEN_SCOPES)), v.minLength(1), v.description('read: GET only; write: every method your role allows')),
		['read']
	),
	// A token without an end date outlives everyone's memory of it: 90 days unless asked otherwise.
	expires_in_days: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_EXPIRY_DAYS)), DEFAULT_EXPIRY_DAYS)
});
