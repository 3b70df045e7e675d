import { describe, expect, it } from 'vitest';
import { ACCOUNT_NAV, MAIN_NAV, type SiteNav } from '$lib/site-nav';
import { DEMO_ACCOUNTS } from './auth/demo-users';
import type { AuthUser } from './auth/user';
import { can, ruleFor } from './policy';
import { siteNav } from './site-nav';

const READING = ['/', '/communities', '/services', '/gaps', '/compare', '/streams'] as const;

/** What each demo account saw in the header when the header decided by role; the policy must give the same. */
const EXPECTED: Record<string, SiteNav> = {
	planner: { main: [...READING, '/imports', '/allocations', '/project-p'], account: ['/audit'] },
	'chief-toronto': { main: [...READING, '/imports', '/project-p'], account: [] },
	'chief-naps': { main: [...READING, '/imports', '/project-p'], account: [] },
	'opp-northwest': { main: [...READING, '/opp/region', '/project-p'], account: [] },
	'project-p': { main: [...READING, '/project-p'], account: [] },
	viewer: { main: [...READING], account: [] },
	admin: { main: [...READING], account: ['/admin/users', '/audit'] }
};

function signedIn(account: (typeof DEMO_ACCOUNTS)[number], credential: AuthUser['credential'] = { kind: 'session', session_hash: 'x' }): AuthUser {
	return { id: 1, username: account.username, display_name: account.display_name, role: account.role, police_service_id: account.police_service_id, opp_region: account.opp_region ?? null, credential };
}

describe('siteNav', () => {
	it('has an expectation for every demo account', () => {
		expect(DEMO_ACCOUNTS.map((account) => account.username).sort()).toEqual(Object.keys(EXPECTED).sort());
	});

	for (const account of DEMO_ACCOUNTS) {
		it(`shows ${account.username} exactly the links the policy lets them open`, () => {
			const nav = siteNav(signedIn(account), { publicView: false });
			expect(nav).toEqual(EXPECTED[account.username]);
			// And every link shown opens, every link hidden would be refused.
			for (const link of [...MAIN_NAV, ...ACCOUNT_NAV]) {
				const shown = (nav.main as string[]).includes(link.href) || (nav.account as string[]).includes(link.href);
				expect(can(signedIn(account), link.routeId), `${account.username} ${link.href}`).toBe(shown);
			}
		});
	}

	it('gives a read-only API token the same links as the session of the same account', () => {
		const planner = DEMO_ACCOUNTS.find((account) => account.role === 'planner');
		expect(planner).toBeDefined();
		const token = siteNav(signedIn(planner!, { kind: 'token', token_id: 1, scopes: ['read'] }), { publicView: false });
		expect(token).toEqual(EXPECTED.planner);
	});

	it('shows an anonymous visitor nothing, or the reading pages when the atlas is public', () => {
		expect(siteNav(null, { publicView: false })).toEqual({ main: [], account: [] });
		expect(siteNav(null, { publicView: true })).toEqual({ main: [...READING], account: [] });
	});

	it('links only to routes the policy has a GET rule for', () => {
		const missing = [...MAIN_NAV, ...ACCOUNT_NAV].filter((link) => ruleFor({ routeId: link.routeId, method: 'GET', action: null }) === null);
		expect(missing).toEqual([]);
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
