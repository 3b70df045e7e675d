/**
 * Who is making this request: an API token (`Authorization: Bearer`, API routes only) or the
 * session cookie. A credential that is present but not valid yields null, never a fallback to the
 * other kind, and a dead session cookie is cleared.
 */
import type { Cookies } from '@sveltejs/kit';
import type { AtlasDb } from '../db/client';
import { clearSessionCookie, SESSION_COOKIE } from './cookies';
import * as sessions from './sessions';
import * as tokens from './tokens';
import type { AuthUser } from './user';

export interface CredentialSource {
	cookies: Cookies;
	request: Request;
	url: URL;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

export async function authenticate(db: AtlasDb, source: CredentialSource, now: Date): Promise<AuthUser | null> {
	const authorization = source.request.headers.get('authorization');
	if (authorization !== null && source.url.pathname.startsWith('/api/')) {
		const secret = BEARER.exec(authorization)?.[1];
		return secret ? tokens.validate(db, secret, now) : null;
	}
	const sessionId = source.cookies.get(SESSION_COOKIE);
	if (!sessionId) return null;
	const user = await sessions.validate(db, sessionId, now);
	if (!user) clearSessionCookie(source.cookies, source.url);
	return user;
}
