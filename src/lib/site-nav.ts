import type { Messages } from './i18n/messages';

/**
 * The site's links, each with the route whose GET rule (server/policy.ts) decides who sees it and
 * its words in the dictionary. The root layout keeps the ones the reader may open
 * (server/site-nav.ts); the header draws them. A new page's link is one line here.
 */
interface NavLink {
	readonly href: string;
	readonly routeId: string;
	readonly label: (t: Messages) => string;
}

export const MAIN_NAV = [
	{ href: '/', routeId: '/(atlas)', label: (t) => t.nav.map },
	{ href: '/communities', routeId: '/communities', label: (t) => t.nav.communities },
	{ href: '/services', routeId: '/services', label: (t) => t.nav.services },
	{ href: '/gaps', routeId: '/gaps', label: (t) => t.nav.gaps },
	{ href: '/compare', routeId: '/compare', label: (t) => t.compare.nav },
	{ href: '/streams', routeId: '/streams', label: (t) => t.streams.nav },
	{ href: '/imports', routeId: '/imports', label: (t) => t.imports.nav },
	{ href: '/allocations', routeId: '/allocations', label: (t) => t.allocations.nav },
	{ href: '/opp/region', routeId: '/opp/region', label: (t) => t.projectP.region.nav },
	{ href: '/project-p', routeId: '/project-p', label: (t) => t.projectP.nav }
] as const satisfies readonly NavLink[];

/** Links beside the account name. */
export const ACCOUNT_NAV = [
	{ href: '/admin/users', routeId: '/admin/users', label: (t) => t.auth.adminUsers },
	{ href: '/audit', routeId: '/audit', label: (t) => t.auth.auditLog }
] as const satisfies readonly NavLink[];

/** The dictionary's words for a link the layout passed down. */
export function navLabel(href: MainHref | AccountHref, t: Messages): string {
	const link: NavLink | undefined = [...MAIN_NAV, ...ACCOUNT_NAV].find((candidate) => candidate.href === href);
	return link ? link.label(t) : href;
}

export type MainHref = (typeof MAIN_NAV)[number]['href'];
export type AccountHref = (typeof ACCOUNT_NAV)[number]['href'];

/** The links one reader sees, in display order. */
export interface SiteNav {
	main: MainHref[];
	account: AccountHref[];
}
