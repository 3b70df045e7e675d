/**
 * The OPP requests support too, end to end: the North West regional command sees its team's load and
 * every community it answers for (own and assisted), files a surge request through the same workflow,
 * and a planner sees the OPP's open support requests beside the allocation, in FTE-weeks. axe checks
 * the new pages against WCAG 2.0 A/AA.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, SIGNED_OUT, test, type DemoAccount } from './fixtures';

test.use({ account: null });

async function signedIn(browser: Browser, baseURL: string | undefined, account: DemoAccount): Promise<Page> {
	const context = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
	const answer = await context.request.post('/api/session', { data: { username: account, password: DEMO_PASSWORD } });
	expect(answer.ok(), `${account} signs in`).toBe(true);
	return context.newPage();
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	expect(results.violations.map((v) => `${what}: ${v.id} (${v.nodes.length})`)).toEqual([]);
}

test('the North West command sees its region, files a surge request, and a planner sees it beside the allocation', async ({ browser, baseURL }) => {
	const command = await signedIn(browser, baseURL, 'opp-northwest');
	await command.goto('/opp/region?lang=en');
	await expect(command.getByRole('heading', { level: 1 })).toContainText('OPP North West region');
	await expect(command.getByTestId('region-load')).toHaveAttribute('data-unit', 'opp-north-west');
	const rows = command.locator('[data-testid="region-communities"] tbody tr');
	expect(await rows.count()).toBeGreaterThan(0);
	await expect(command.locator('[data-testid="region-communities"] tbody tr[data-relationship="assisted"]').first()).toBeVisible();
	await expect(command.locator('[data-testid="region-communities"] tbody tr[data-relationship="opp"]').first()).toBeVisible();
	// The demo seed filed one illustrative request for this team.
	await expect(command.getByTestId('region-requests')).toContainText('Surge help from the CSEU');
	await expectNoAxeViolations(command, 'region page');

	const csduid = await rows.first().getAttribute('data-csduid');
	await command.goto(`/project-p/requests/new?csduid=${csduid}&lang=en`);
	await command.getByLabel('Expected workload').fill('13');
	await command.getByRole('button', { name: /file|submit/i }).first().click();
	await expect(command).toHaveURL(/\/project-p\/requests\/\d+/);
	await expect(command.getByTestId('request-facts')).toContainText('Surge help from the CSEU');
	await expect(command.getByTestId('running-total')).toContainText('Assigned 0 of 13 FTE-weeks asked');

	const planner = await signedIn(browser, baseURL, 'planner');
	await planner.goto('/allocations?lang=en');
	const panel = planner.getByTestId('opp-support');
	await expect(panel).toContainText('North West');
	expect(await panel.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
	await expect(panel).toContainText('0 / 13');
	await expectNoAxeViolations(planner, 'allocations with the OPP panel');

	await command.goto('/opp/region?lang=fr');
	await expect(command.getByRole('heading', { level: 1 })).toContainText('Région Nord-Ouest de la PPO');
});
