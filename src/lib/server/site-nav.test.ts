import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { fr } from '$lib/i18n/fr';
import type { SiteNav } from '$lib/site-nav';
import { DEMO_ACCOUNTS } from './auth/demo-users';
import type { AuthUser } from './auth/user';
import { can, ruleFor } from './policy';
import { declaredLinks, siteNav } from './site-nav';

const READING = ['/', '/communities', '/services', '/gaps', '/compare', '/streams'] as const;

/** What each demo account saw in the header when the header decided by role; the policy must give the same. */
const EXPECTED: Record<string, { main: string[]; account: string[] }> = {
	planner: { main: [...READING, '/imports', '/allocations', '/project-p'], account: ['/audit'] },
	'chief-toronto': { main: [...READING, '/imports', '/project-p'], account: [] },
	'chief-naps': { main: [...READING, '/imports', '/project-p'], account: [] },
	'opp-northwest': { main: [...READING, '/opp/region', '/project-p'], account: [] },
	'project-p': { main: [...READING, '/project-p'], account: [] },
	viewer: { main: [...READING], account: [] },
	admin: { main: [...READING], account: ['/admin/users', '/audit'] }
};

/** The addresses of a nav, in order. */
function hrefs(nav: SiteNav) {
	return { main: nav.main.map((link) => link.href), account: nav.account.map((link) => link.href) };
}

function signedIn(account: (typeof DEMO_ACCOUNTS)[number], credential: AuthUser['credential'] = { kind: 'session', session_hash: 'x' }): AuthUser {
	return { id: 1, username: account.username, display_name: account.display_name, role: account.role, police_service_id: account.police_service_id, opp_region: account.opp_region ?? null, credential };
}

describe('siteNav', () => {
	it('has an expectation for every demo account', () => {
		expect(DEMO_ACCOUNTS.map((account) => account.username).sort()).toEqual(Object.keys(EXPECTED).sort());
	});

	for (const account of DEMO_ACCOUNTS) {
		it(`shows ${account.username} exactly the links the policy lets them open`, () => {
			const nav = hrefs(siteNav(signedIn(account), { publicView: false, locale: 'en' }));
			expect(nav).toEqual(EXPECTED[account.username]);
			// And every link shown opens, every link hidden would be refused.
			const links = declaredLinks();
			expect(links.length).toBeGreaterThan(0);
			for (const link of links) {
				const shown = nav.main.includes(link.href) || nav.account.includes(link.href);
				expect(can(signedIn(account), link.routeId), `${account.username} ${link.href}`).toBe(shown);
			}
		});
	}

	it('gives a read-only API token the same links as the session of the same account', () => {
		const planner = DEMO_ACCOUNTS.find((account) => account.role === 'planner');
		expect(planner).toBeDefined();
		const token = siteNav(signedIn(planner!, { kind: 'token', token_id: 1, scopes: ['read'] }), { publicView: false, locale: 'en' });
		expect(hrefs(token)).toEqual(EXPECTED.planner);
	});

	it('shows an anonymous visitor nothing, or the reading pages when the atlas is public', () => {
		expect(siteNav(null, { publicView: false, locale: 'en' })).toEqual({ main: [], account: [] });
		expect(hrefs(siteNav(null, { publicView: true, locale: 'en' }))).toEqual({ main: [...READING], account: [] });
	});

	it('links only to routes the policy has a GET rule for', () => {
		const links = declaredLinks();
		expect(links.length).toBeGreaterThan(0);
		const missing = links.filter((link) => ruleFor({ routeId: link.routeId, method: 'GET', action: null }) === null);
		expect(missing).toEqual([]);
	});

	it('words every link in both languages, each link differently', () => {
		const admin = DEMO_ACCOUNTS.find((account) => account.role === 'admin');
		const planner = DEMO_ACCOUNTS.find((account) => account.role === 'planner');
		expect(admin && planner).toBeTruthy();
		for (const locale of ['en', 'fr'] as const) {
			const labels = declaredLinks().map((link) => link.label(locale === 'en' ? en : fr));
			expect(labels.length).toBeGreaterThan(0);
			for (const label of labels) expect(label.trim()).not.toBe('');
			expect(new Set(labels).size).toBe(labels.length);
		}
		expect(siteNav(signedIn(planner!), { publicView: false, locale: 'en' }).main.find((link) => link.href === '/gaps')?.label).toBe(en.nav.gaps);
		expect(siteNav(signedIn(planner!), { publicView: false, locale: 'fr' }).main.find((link) => link.href === '/gaps')?.label).toBe(fr.nav.gaps);
		expect(siteNav(signedIn(admin!), { publicView: false, locale: 'fr' }).account.find((link) => link.href === '/audit')?.label).toBe(fr.auth.auditLog);
	});

	it('maps a route group to its address: the map page is /', () => {
		expect(declaredLinks().find((link) => link.routeId === '/(atlas)')?.href).toBe('/');
	});
});

describe('can', () => {
	it('answers as the policy decides a request', () => {
		const [planner, viewer] = (['planner', 'viewer'] as const).map((username) => DEMO_ACCOUNTS.find((account) => account.username === username));
		expect(planner && viewer).toBeTruthy();
		expect(can(signedIn(planner!), '/gaps/thresholds')).toBe(true);
		expect(can(signedIn(viewer!), '/gaps/thresholds')).toBe(false);
		expect(can(signedIn(viewer!), '/streams/registry')).toBe(false);
		expect(can(null, '/about/data')).toBe(true);
		expect(can(null, '/communities')).toBe(false);
		expect(can(null, '/communities', 'GET', { publicView: true })).toBe(true);
		expect(can(signedIn(planner!), '/no/such/route')).toBe(false);
	});
});
