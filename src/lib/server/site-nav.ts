/**
 * The links a reader sees are the routes the policy lets them open: each link is declared with its
 * route's rule (policy.ts, `nav`) and shown when `can(user, route, 'GET')`, never re-encoded by role,
 * so a change of rule moves the link with it. Labels are worded here, so the page carries only the
 * words of the links it shows, not the sections they come from.
 */
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import type { SiteNav } from '../site-nav';
import type { AuthUser } from './auth/user';
import { can, routePolicies, type NavEntry, type RoutePolicy } from './policy';

interface DeclaredLink extends NavEntry {
	routeId: string;
	href: string;
}

/** A route id's address: groups such as `(atlas)` are not part of the URL (SvelteKit "Advanced routing"). */
function hrefOf(routeId: string): string {
	return routeId.replace(/\/\([^)]+\)/g, '') || '/';
}

/** Every link the policy table declares, in display order within each menu. */
export function declaredLinks(table: Readonly<Record<string, RoutePolicy>> = routePolicies): DeclaredLink[] {
	return Object.entries(table)
		.flatMap(([routeId, policy]) => (policy.nav ? [{ ...policy.nav, routeId, href: hrefOf(routeId) }] : []))
		.sort((a, b) => a.position - b.position);
}

export function siteNav(user: AuthUser | null, options: { publicView: boolean; locale: Locale }): SiteNav {
	const t = messages(options.locale);
	const shown = declaredLinks().filter((link) => can(user, link.routeId, 'GET', options) && (user !== null || link.menu === 'main'));
	const menu = (name: NavEntry['menu']) => shown.filter((link) => link.menu === name).map((link) => ({ href: link.href, label: link.label(t) }));
	return { main: menu('main'), account: menu('account') };
}

/** The reader's links under this server's settings (ATLAS_PUBLIC_VIEW, read as hooks.server.ts reads it). */
export function navFor(user: AuthUser | null, locale: Locale): SiteNav {
	return siteNav(user, { publicView: process.env.ATLAS_PUBLIC_VIEW === 'true', locale });
}
