import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/database';
import { logOut } from '$lib/server/auth/login';
import { clearSessionCookie } from '$lib/server/auth/cookies';

/** Sign-out is a POST (a link or an image could otherwise sign people out); SvelteKit checks its origin. */
export const POST: RequestHandler = async ({ locals, cookies, url, getClientAddress }) => {
	if (locals.user) await logOut(await getDb(), locals.user, new Date(), getClientAddress());
	clearSessionCookie(cookies, url);
	// The map page may be kept by the browser for revalidation (private, no-cache): drop it at sign-out.
	return new Response(null, { status: 303, headers: { location: '/login', 'clear-site-data': '"cache"' } });
};
