/**
 * The site's links, each with the route whose GET rule (server/policy.ts) decides who sees it. The
 * root layout keeps the ones the reader may open (server/site-nav.ts); the header only words them.
 */
export const MAIN_NAV = [
	{ href: '/', routeId: '/(atlas)' },
	{ href: '/communities', routeId: '/communities' },
	{ href: '/services', routeId: '/services' },
	{ href: '/gaps', routeId: '/gaps' },
	{ href: '/compare', routeId: '/compare' },
	{ href: '/streams', routeId: '/streams' },
	{ href: '/imports', routeId: '/imports' },
	{ href: '/allocations', routeId: '/allocations' },
	{ href: '/opp/region', routeId: '/opp/region' },
	{ href: '/project-p', routeId: '/project-p' }
] as const;

/** Links beside the account name. */
export const ACCOUNT_NAV = [
	{ href: '/admin/users', routeId: '/admin/users' },
	{ href: '/audit', routeId: '/audit' }
] as const;

export type MainHref = (typeof MAIN_NAV)[number]['href'];
export type AccountHref = (typeof ACCOUNT_NAV)[number]['href'];

/** The links one reader sees, in display order. */
export interface SiteNav {
	main: MainHref[];
	account: AccountHref[];
}
