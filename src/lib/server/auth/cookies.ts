/**
 * The session cookie: HttpOnly (no script can read it), SameSite=Lax (not sent on cross-site
 * POSTs), Secure everywhere except plain-HTTP localhost during development and tests, Path=/.
 * (OWASP Session Management Cheat Sheet, "Cookies"; ASVS 4.0 V3.4.1–V3.4.3.)
 */
import type { Cookies } from '@sveltejs/kit';
import { isLocalHost } from '../security-headers';
import { ABSOLUTE_TIMEOUT_MS, type NewSession } from './sessions';

export const SESSION_COOKIE = 'atlas_session';

function secure(url: URL): boolean {
	return url.protocol === 'https:' || !isLocalHost(url);
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
