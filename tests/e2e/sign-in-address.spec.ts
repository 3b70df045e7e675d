/**
 * Sign-in works at whatever address the server is reached by (README "Run it"): the start script
 * sets no ORIGIN, so the site's address is the one in the request. A form posted from another
 * site is still refused by SvelteKit's origin check.
 */
import { DEMO_PASSWORD, expect, SIGNED_OUT, test } from './fixtures';

test.use({ account: null });

for (const host of ['127.0.0.1', 'localhost']) {
	test(`a planner signs in with the form at http://${host}`, async ({ browser, baseURL }) => {
		const port = new URL(baseURL ?? '').port;
		const context = await browser.newContext({ storageState: SIGNED_OUT });
		const page = await context.newPage();
		await page.goto(`http://${host}:${port}/login?lang=en`);
		await page.getByLabel('Username').fill('planner');
		await page.getByLabel('Password').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByTestId('account')).toContainText('Ministry planner');
		expect(new URL(page.url()).hostname).toBe(host);
		await expect(page.getByTestId('login-error')).toHaveCount(0);
		await context.close();
	});
}

test('a form posted from another site is refused', async ({ playwright, baseURL }) => {
	const request = await playwright.request.newContext({ baseURL, storageState: SIGNED_OUT });
	const answer = await request.post('/login', {
		headers: { origin: 'http://attacker.example', 'content-type': 'application/x-www-form-urlencoded' },
		data: `username=planner&password=${encodeURIComponent(DEMO_PASSWORD)}`
	});
	expect(answer.status()).toBe(403);
	expect(answer.headers()['set-cookie'] ?? '').not.toContain('atlas_session');
	await request.dispose();
});
