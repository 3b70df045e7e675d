/**
 * Accounts and security, end to end: signing in and out (with and without JavaScript's help, the
 * form is plain HTML), one message for every wrong credential, an admin creating a user, roles
 * enforced on the server, and the security headers on every HTML response.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Response } from '@playwright/test';
import { DEMO_PASSWORD, expect, SIGNED_OUT, test } from './fixtures';

async function signInWithForm(page: Page, username: string, password: string): Promise<void> {
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('signing in and out', () => {
	test.use({ account: null });

	test('an anonymous visitor is sent to sign in, then back to the page asked for', async ({ page }) => {
		await page.goto('/communities?lang=en');
		await expect(page).toHaveURL(/\/login\?redirectTo=%2Fcommunities/);
		await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
		await page.screenshot({ path: 'test-results/login.png' });
		await signInWithForm(page, 'viewer', DEMO_PASSWORD);
		await expect(page).toHaveURL(/\/communities/);
		await expect(page.getByTestId('account')).toContainText('Demo viewer');
		await expect(page.getByTestId('account')).toContainText('Viewer');
	});

	test('an unknown user and a wrong password get the same message', async ({ page }) => {
		await page.goto('/login?lang=en');
		await signInWithForm(page, 'viewer', 'not-the-right-password');
		const wrongPassword = await page.getByTestId('login-error').innerText();
		await expect(page.getByLabel('Username')).toHaveValue('viewer');
		await page.screenshot({ path: 'test-results/login-error.png' });
		await signInWithForm(page, 'no-such-user', 'not-the-right-password');
		expect(await page.getByTestId('login-error').innerText()).toBe(wrongPassword);
		expect(wrongPassword).toContain('The username or password is incorrect.');
	});

	test('signing out ends the session on the server, not just in the browser', async ({ page, context }) => {
		await page.goto('/login?lang=en');
		await signInWithForm(page, 'planner', DEMO_PASSWORD);
		await expect(page.getByTestId('account')).toContainText('Demo ministry planner');
		const [session] = (await context.cookies()).filter((cookie) => cookie.name === 'atlas_session');
		if (!session) throw new Error('no session cookie after signing in');
		expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

		await page.getByRole('button', { name: 'Sign out' }).click();
		await expect(page).toHaveURL(/\/login$/);
		await page.goto('/audit');
		await expect(page).toHaveURL(/\/login\?redirectTo=%2Faudit/);

		// The old cookie, replayed, is dead.
		await context.addCookies([session]);
		expect((await page.request.get('/api/session')).status()).toBe(401);
	});

	test('the sign-in page is in French too', async ({ page }) => {
		await page.goto('/login?lang=fr');
		await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
		await expect(page.getByLabel('Nom d’utilisateur')).toBeVisible();
		await expect(page.getByLabel('Mot de passe')).toBeVisible();
		await page.screenshot({ path: 'test-results/login-fr.png' });
	});
});

test.describe('roles', () => {
	test('a viewer is refused the audit log; a planner reads and filters it', async ({ viewerPage, plannerPage }) => {
		const refused = await viewerPage.goto('/audit?lang=en');
		expect(refused?.status()).toBe(403);
		await expect(viewerPage.getByRole('heading', { level: 1, name: 'Access denied' })).toBeVisible();
		await expect(viewerPage.getByTestId('account')).toHaveCount(0);

		await plannerPage.goto('/audit?lang=en&action=user.create');
		await expect(plannerPage.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
		await expect(plannerPage.locator('[data-testid="audit-table"] tbody tr[data-action="user.create"]').first()).toBeVisible();
		await expect(plannerPage.locator('[data-testid="audit-table"] tbody tr:not([data-action="user.create"])')).toHaveCount(0);
		await plannerPage.screenshot({ path: 'test-results/audit.png', fullPage: true });
	});

	test('an admin creates a user, who can then sign in with the role given', async ({ adminPage, browser, baseURL }) => {
		const username = `e2e-${Date.now()}`;
		await adminPage.goto('/admin/users?lang=en');
		await expect(adminPage.getByRole('heading', { level: 1, name: 'User accounts' })).toBeVisible();
		const form = adminPage.getByTestId('create-user-form');
		await form.getByLabel('Username').fill(username);
		await form.getByLabel('Name', { exact: true }).fill('Analyst <b>Test</b>');
		await form.getByLabel('Role').selectOption('chief');
		await form.getByLabel('Police service').selectOption('toronto');
		await form.getByLabel('Initial password').fill('a long enough password');
		await form.getByRole('button', { name: 'Create account' }).click();
		await expect(adminPage.getByTestId('admin-status')).toContainText(`Account ${username} created.`);
		const row = adminPage.locator(`tr[data-username="${username}"]`);
		await expect(row).toContainText('Analyst <b>Test</b>');
		await expect(row).toContainText('Police chief');
		await adminPage.screenshot({ path: 'test-results/admin-users.png', fullPage: true });

		const context = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
		const page = await context.newPage();
		await page.goto('/login?lang=en');
		await signInWithForm(page, username, 'a long enough password');
		await expect(page.getByTestId('account')).toContainText('Police chief');
		expect((await page.goto('/admin/users'))?.status()).toBe(403);
		await context.close();
	});

	test('an admin sees a clear error for a chief without a police service', async ({ adminPage }) => {
		await adminPage.goto('/admin/users?lang=en');
		const form = adminPage.getByTestId('create-user-form');
		await form.getByLabel('Username').fill(`e2e-nochief-${Date.now()}`);
		await form.getByLabel('Name', { exact: true }).fill('No service');
		await form.getByLabel('Role').selectOption('chief');
		await form.getByLabel('Initial password').fill('a long enough password');
		await form.getByRole('button', { name: 'Create account' }).click();
		await expect(form.getByRole('alert')).toContainText('A chief must be bound to a police service.');
	});
});

test.describe('the API', () => {
	test.use({ account: null });

	test('answers 401 without credentials, signs in with JSON, and honours token scopes', async ({ playwright, baseURL }) => {
		const anonymous = await playwright.request.newContext({ baseURL, storageState: SIGNED_OUT });
		const refused = await anonymous.get('/api/communities');
		expect(refused.status()).toBe(401);
		expect((await refused.json()).error.code).toBe('unauthorized');

		const signIn = await anonymous.post('/api/session', { data: { username: 'planner', password: DEMO_PASSWORD } });
		expect(signIn.status()).toBe(200);
		const setCookie = signIn.headers()['set-cookie'] ?? '';
		expect(setCookie).toMatch(/atlas_session=/);
		expect(setCookie).toMatch(/HttpOnly/i);
		expect(setCookie).toMatch(/SameSite=Lax/i);
		expect((await anonymous.get('/api/communities')).status()).toBe(200);

		const created = await anonymous.post('/api/tokens', { data: { name: 'e2e read token', scopes: ['read'], expires_in_days: 1 } });
		expect(created.status()).toBe(201);
		const token = (await created.json()).data.token as string;
		await anonymous.dispose();

		const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
		expect((await script.get('/api/services/toronto')).status()).toBe(200);
		expect((await script.post('/api/tokens', { data: { name: 'escalation' } })).status()).toBe(403);
		await script.dispose();
	});
});

test.describe('security headers', () => {
	function checkHeaders(response: Response, problems: string[]): void {
		const headers = response.headers();
		const url = new URL(response.url()).pathname;
		const csp = headers['content-security-policy'] ?? '';
		const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
		if (!csp) problems.push(`${url}: no Content-Security-Policy`);
		if (scriptSrc.includes("'unsafe-inline'") || scriptSrc.includes("'unsafe-eval'")) problems.push(`${url}: unsafe script-src`);
		if (!csp.includes("default-src 'none'") && !/'nonce-[^']+'/.test(scriptSrc)) problems.push(`${url}: no script nonce`);
		if (!csp.includes("frame-ancestors 'none'")) problems.push(`${url}: framing allowed`);
		if (headers['x-content-type-options'] !== 'nosniff') problems.push(`${url}: no nosniff`);
		if (headers['referrer-policy'] !== 'strict-origin-when-cross-origin') problems.push(`${url}: referrer policy`);
		if (headers['x-frame-options'] !== 'DENY') problems.push(`${url}: X-Frame-Options`);
	}

	test('every HTML response carries the CSP with a nonce, no inline script, and the other headers', async ({ pageAs, browser, baseURL }) => {
		const problems: string[] = [];
		let documents = 0;
		const watch = (page: Page) =>
			page.on('response', (response) => {
				if (response.request().resourceType() !== 'document' || response.status() >= 300 && response.status() < 400) return;
				documents += 1;
				checkHeaders(response, problems);
			});
		const anonymous = await (await browser.newContext({ baseURL, storageState: SIGNED_OUT })).newPage();
		watch(anonymous);
		for (const path of ['/login', '/login?lang=fr', '/no-such-page']) await anonymous.goto(path);

		const visits: [Parameters<typeof pageAs>[0], string[]][] = [
			['viewer', ['/', '/communities', '/communities/3520005', '/services', '/services/toronto', '/audit', '/admin/users', '/communities/9999999']],
			['planner', ['/audit', '/audit?actor=admin']],
			['admin', ['/admin/users']],
			['chief-naps', ['/services/naps']]
		];
		for (const [account, paths] of visits) {
			const page = await pageAs(account);
			watch(page);
			for (const path of paths) {
				const response = await page.goto(path);
				if (!response || response.status() >= 400) continue;
				// The map is revalidated (private, no-cache, ETag); every other signed-in page is never stored.
				if (path === '/') expect(response.headers()['cache-control'], path).toBe('private, no-cache');
				else expect(response.headers()['cache-control'], path).toContain('no-store');
			}
		}
		expect(problems).toEqual([]);
		expect(documents).toBeGreaterThanOrEqual(15);
	});
});

test.describe('accessibility', () => {
	test('axe finds no WCAG 2.0 A/AA violations on the sign-in, accounts, audit and 403 pages', async ({ pageAs, browser, baseURL }) => {
		const violations = async (page: Page, path: string) => {
			await page.goto(path);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
			return results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`);
		};
		const anonymous = await (await browser.newContext({ baseURL, storageState: SIGNED_OUT })).newPage();
		const admin = await pageAs('admin');
		const viewer = await pageAs('viewer');
		const found = [
			...(await violations(anonymous, '/login?lang=en')),
			...(await violations(anonymous, '/login?lang=fr')),
			...(await violations(admin, '/admin/users?lang=en')),
			...(await violations(admin, '/audit?lang=fr')),
			...(await violations(viewer, '/audit?lang=en'))
		];
		expect(found).toEqual([]);
	});
});
