import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import type { RequestHandler } from './$types';
import { apiData, apiError, badParameter } from '$lib/server/api/respond';
import { Credentials } from '$lib/server/api/schemas/accounts';
import { isJson } from '$lib/server/auth/json-request';
import { getDb } from '$lib/server/database';
import { logIn, logOut, MAX_LOGIN_PASSWORD_LENGTH } from '$lib/server/auth/login';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '$lib/server/auth/cookies';
import type { AuthUser } from '$lib/server/auth/user';

function sessionJson(user: AuthUser, expiresAt?: Date) {
	return {
		username: user.username,
		display_name: user.display_name,
		role: user.role,
		police_service_id: user.police_service_id,
		via: user.credential.kind,
		...(expiresAt ? { expires_at: expiresAt.toISOString() } : {})
	};
}

/** Who is signed in (session or token). */
export const GET: RequestHandler = ({ locals }) => {
	return locals.user ? apiData(sessionJson(locals.user)) : apiError(401, 'unauthorized', 'Not signed in');
};

/** Sign in with JSON `{ "username", "password" }`; the session comes back as an HttpOnly cookie. */
export const POST: RequestHandler = async ({ request, cookies, url, getClientAddress }) => {
	// JSON only: a form-encoded or text/plain body is what a cross-site form would send (ASVS 4.0 V13.1.5).
	if (!isJson(request)) return badParameter('content-type', 'send JSON (Content-Type: application/json)');
	const body: unknown = await request.json().catch(() => null);
	const parsed = v.safeParse(Credentials, body);
	if (!parsed.success) {
		if (parsed.issues[0]?.message === 'password') return badParameter('password', `at most ${MAX_LOGIN_PASSWORD_LENGTH} characters`);
		return badParameter('body', 'expected JSON {"username": string, "password": string}');
	}
	const now = new Date();
	const outcome = await logIn(
		await getDb(),
		{ ...parsed.output, client_address: getClientAddress(), previous_session_id: cookies.get(SESSION_COOKIE) },
		now
	);
	if (outcome.ok) {
		setSessionCookie(cookies, url, outcome.session);
		return apiData(sessionJson(outcome.user, outcome.session.expires_at));
	}
	if (outcome.reason === 'invalid') return apiError(401, 'unauthorized', 'Incorrect username or password');
	if (outcome.reason === 'tooLong') return badParameter('password', `at most ${MAX_LOGIN_PASSWORD_LENGTH} characters`);
	const retryAfter = Math.max(1, Math.ceil((outcome.until.getTime() - now.getTime()) / 1000));
	return json(
		{ error: { status: 429, code: 'too_many_requests', message: 'Too many failed sign-in attempts; try again later' } },
		{ status: 429, headers: { 'Retry-After': String(retryAfter) } }
	);
};

/** Sign out: ends the session and clears the cookie. Answers 204 even without a session. */
export const DELETE: RequestHandler = async ({ locals, cookies, url, getClientAddress }) => {
	if (locals.user) await logOut(await getDb(), locals.user, new Date(), getClientAddress());
	clearSessionCookie(cookies, url);
	return new Response(null, { status: 204 });
};
