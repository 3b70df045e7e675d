/**
 * The session cookie: HttpOnly (no script can read it), SameSite=Lax (not sent on cross-site
 * POSTs), Secure whenever the site is reached over HTTPS, Path=/. (OWASP Session Management Cheat
 * Sheet, "Cookies"; ASVS 4.0 V3.4.1–V3.4.3.) A plain-HTTP run (a planner's laptop reached at its
 * LAN address) must not set Secure: browsers drop such a cookie over HTTP, and sign-in would fail.
 */
import type { Cookies } from '@sveltejs/kit';
import { ABSOLUTE_TIMEOUT_MS, type NewSession } from './sessions';

export const SESSION_COOKIE = 'atlas_session';

function secure(url: URL): boolean {
	return url.protocol === 'https:';
}

export function setSessionCookie(cookies: Cookies, url: URL, session: NewSession): void {
	cookies.set(SESSION_COOKIE, session.id, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: secure(url),
		maxAge: Math.floor(ABSOLUTE_TIMEOUT_MS / 1000)
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: secure(url) });
}
