import type { RequestHandler } from './$types';
import { apiError, badParameter, notFound } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import * as tokens from '$lib/server/auth/tokens';

/** Revokes one of the caller's own tokens; someone else's token is answered as not found. */
export const DELETE: RequestHandler = async ({ locals, params, getClientAddress }) => {
	if (!locals.user) return apiError(401, 'unauthorized', 'Not signed in');
	if (!/^[1-9][0-9]{0,8}$/.test(params.id)) return badParameter('id', 'must be a token id (a positive integer)');
	const revoked = await tokens.withdraw(await getDb(), Number(params.id), {
		owner: locals.user,
		now: new Date(),
		client_address: getClientAddress()
	});
	return revoked ? new Response(null, { status: 204 }) : notFound('token', params.id);
};
