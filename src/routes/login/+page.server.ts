import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/database';
import { logIn, MAX_LOGIN_PASSWORD_LENGTH } from '$lib/server/auth/login';
import { SESSION_COOKIE, setSessionCookie } from '$lib/server/auth/cookies';
import { safeRedirect } from '$lib/server/auth/redirect';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	return { redirectTo, maxPasswordLength: MAX_LOGIN_PASSWORD_LENGTH };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const username = String(form.get('username') ?? '').slice(0, 100);
		const password = String(form.get('password') ?? '');
		const redirectTo = safeRedirect(String(form.get('redirectTo') ?? ''));
		if (!username.trim() || !password) return fail(400, { username, redirectTo, error: 'missing' as const, minutes: 0 });

		const now = new Date();
		const outcome = await logIn(
			await getDb(),
			{ username, password, client_address: getClientAddress(), previous_session_id: cookies.get(SESSION_COOKIE) },
			now
		);
		if (!outcome.ok) {
			const minutes = outcome.reason === 'locked' ? Math.max(1, Math.ceil((outcome.until.getTime() - now.getTime()) / 60_000)) : 0;
			return fail(outcome.reason === 'locked' ? 429 : 400, { username, redirectTo, error: outcome.reason, minutes });
		}
		setSessionCookie(cookies, url, outcome.session);
		redirect(303, redirectTo);
	}
};
