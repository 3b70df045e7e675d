/**
 * The header's links as the root layout sends them: worded, in display order, and only those the
 * reader may open. Each is declared with its page's rule in server/policy.ts (`nav`) and picked by
 * server/site-nav.ts, so a new page's link is part of its policy line, not a list of its own.
 */
export interface SiteLink {
	href: string;
	label: string;
}

export interface SiteNav {
	main: SiteLink[];
	account: SiteLink[];
}
