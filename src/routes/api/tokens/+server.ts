import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import type { RequestHandler } from './$types';
import { apiData, apiError, badParameter } from '$lib/server/api/respond';
import { NewToken } from '$lib/server/api/schemas/accounts';
import { isJson } from '$lib/server/auth/json-request';
import { getDb } from '$lib/server/database';
import * as tokens from '$lib/server/auth/tokens';

const MAX_DAYS = tokens.MAX_EXPIRY_DAYS;

function tokenJson(row: tokens.TokenRow) {
	return {
		id: row.id,
		name: row.name,
		token_prefix: row.token_prefix,
		scopes: row.scopes,
		created_at: row.created_at.toISOString(),
		expires_at: row.expires_at?.toISOString() ?? null,
		last_used_at: row.last_used_at?.toISOString() ?? null,
		revoked_at: row.revoked_at?.toISOString() ?? null
	};
}

/** The caller's own tokens, without their secrets. */
export const GET: RequestHandler = async ({ locals }) => {
	if (!locals.user) return apiError(401, 'unauthorized', 'Not signed in');
	const rows = await tokens.listFor(await getDb(), locals.user.id);
	return apiData(rows.map(tokenJson), { count: rows.length });
};

/** Creates a token; its secret is in this answer only. */
export const POST: RequestHandler = async ({ locals, request, getClientAddress }) => {
	if (!locals.user) return apiError(401, 'unauthorized', 'Not signed in');
	// JSON only: a form-encoded or text/plain body is what a cross-site form would send (ASVS 4.0 V13.1.5).
	if (!isJson(request)) return badParameter('content-type', 'send JSON (Content-Type: application/json)');
	const parsed = v.safeParse(NewToken, await request.json().catch(() => null));
	if (!parsed.success) {
		const field = parsed.issues[0]?.path?.[0]?.key;
		return badParameter(typeof field === 'string' ? field : 'body', `expected JSON {"name": string, "scopes"?: ["read"|"write"], "expires_in_days"?: 1–${MAX_DAYS}, default ${tokens.DEFAULT_EXPIRY_DAYS}}`);
	}
	const { name, scopes, expires_in_days } = parsed.output;
	const now = new Date();
	const expiresAt = new Date(now.getTime() + expires_in_days * 86_400_000);
	const { secret, row } = await tokens.issue(
		await getDb(),
		{ name, scopes, expires_at: expiresAt },
		{ owner: locals.user, now, client_address: getClientAddress() }
	);
	return json({ data: { ...tokenJson(row), token: secret } }, { status: 201 });
};
