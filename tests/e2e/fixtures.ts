/**
 * Signed-in pages for end-to-end tests. Import `test` and `expect` from here instead of
 * '@playwright/test':
 *
 *   import { expect, test } from './fixtures';
 *   test('…', async ({ page, request }) => { … });          // signed in as `viewer` (the default)
 *   test.use({ account: 'planner' });                          // this file or describe: as a planner
 *   test.use({ account: null });                               // anonymous visitor
 *   test('…', async ({ plannerPage, pageAs }) => {             // other accounts side by side
 *     const admin = await pageAs('admin');
 *   });
 *
 * Each demo account signs in once per worker (POST /api/session) and its cookie is reused as
 * Playwright storage state, so `page` and `request` share it; a cached session that has ended (a
 * test signed out, or signed in again over it) is replaced before use.
 *
 * Trap: a browser or request context created inside a test (`browser.newContext()`,
 * `playwright.request.newContext()`) inherits the test's sign-in. Pass `storageState: SIGNED_OUT`
 * for an anonymous one — and note that signing in from a context that carries a session ends that
 * session (no session fixation).
 */
import { test as base, expect, request as playwrightRequest, type BrowserContext, type Page } from '@playwright/test';

export { expect };

/** README "Demo accounts": created by the embedded database at startup. */
export const DEMO_PASSWORD = process.env.ATLAS_DEMO_PASSWORD || 'atlas-demo-2026';
export const DEMO_ACCOUNTS = ['planner', 'chief-toronto', 'chief-naps', 'opp-northwest', 'project-p', 'viewer', 'admin'] as const;
export type DemoAccount = (typeof DEMO_ACCOUNTS)[number];

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Storage state of a visitor who has not signed in. */
export const SIGNED_OUT: StorageState = { cookies: [], origins: [] };

interface TestFixtures {
	/** Who `page` and `request` are signed in as; null for an anonymous visitor. Default: viewer. */
	account: DemoAccount | null;
	/** Opens a page signed in as `account`, in a browser context of its own. */
	pageAs: (account: DemoAccount) => Promise<Page>;
	viewerPage: Page;
	plannerPage: Page;
	adminPage: Page;
}

interface WorkerFixtures {
	signedInState: (account: DemoAccount) => Promise<StorageState>;
}

/** True while the session in `state` is alive on the server. */
async function stillSignedIn(baseURL: string, state: StorageState): Promise<boolean> {
	const context = await playwrightRequest.newContext({ baseURL, storageState: state });
	try {
		return (await context.get('/api/session')).ok();
	} finally {
		await context.dispose();
	}
}

async function signIn(baseURL: string, account: DemoAccount): Promise<StorageState> {
	// An explicit empty state: inside a test, Playwright would otherwise lend this context the test's
	// own cookies, and signing in revokes the session a request arrives with (no session fixation).
	const context = await playwrightRequest.newContext({ baseURL, storageState: SIGNED_OUT });
	try {
		const response = await context.post('/api/session', { data: { username: account, password: DEMO_PASSWORD } });
		if (!response.ok()) throw new Error(`demo account ${account} could not sign in: ${response.status()} ${await response.text()}`);
		return (await context.storageState()) as StorageState;
	} finally {
		await context.dispose();
	}
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
	account: ['viewer', { option: true }],

	signedInState: [
		async ({}, use, workerInfo) => {
			const baseURL = workerInfo.project.use.baseURL;
			if (!baseURL) throw new Error('playwright.config.ts sets no baseURL');
			const states = new Map<DemoAccount, StorageState>();
			await use(async (account) => {
				const cached = states.get(account);
				if (cached && (await stillSignedIn(baseURL, cached))) return cached;
				const state = await signIn(baseURL, account);
				states.set(account, state);
				return state;
			});
		},
		{ scope: 'worker' }
	],

	storageState: async ({ account, signedInState }, use) => {
		await use(account ? await signedInState(account) : SIGNED_OUT);
	},

	pageAs: async ({ browser, baseURL, signedInState }, use) => {
		const contexts: BrowserContext[] = [];
		await use(async (account) => {
			const context = await browser.newContext({ baseURL, storageState: await signedInState(account) });
			contexts.push(context);
			return context.newPage();
		});
		for (const context of contexts) await context.close();
	},

	viewerPage: async ({ pageAs }, use) => use(await pageAs('viewer')),
	plannerPage: async ({ pageAs }, use) => use(await pageAs('planner')),
	adminPage: async ({ pageAs }, use) => use(await pageAs('admin'))
});
