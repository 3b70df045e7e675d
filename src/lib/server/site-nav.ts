/**
 * The links a reader sees are the routes the policy lets them open: asked of policy.ts, never
 * re-encoded by role, so a change of rule moves the link with it.
 */
import { ACCOUNT_NAV, MAIN_NAV, type SiteNav } from '../site-nav';
import type { AuthUser } from './auth/user';
import { can } from './policy';

export function siteNav(user: AuthUser | null, options: { publicView: boolean }): SiteNav {
	const open = (link: { routeId: string }) => can(user, link.routeId, 'GET', options);
	return {
		main: MAIN_NAV.filter(open).map((link) => link.href),
		account: user ? ACCOUNT_NAV.filter(open).map((link) => link.href) : []
	};
}

/** The reader's links under this server's settings (ATLAS_PUBLIC_VIEW, read as hooks.server.ts reads it). */
export function navFor(user: AuthUser | null): SiteNav {
	return siteNav(user, { publicView: process.env.ATLAS_PUBLIC_VIEW === 'true' });
}
