/**
 * The allocation workbench while a planner edits: the last valid split stays on screen, marked as not
 * up to date, while a field is invalid; the totals stay in view beside the weights being edited; and
 * deleting a draft asks first, without JavaScript too.
 */
import { expect, test } from './fixtures';

test.use({ account: 'planner' });

test('an invalid weight keeps the last valid split on screen, marked stale, until it is fixed', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('/allocations/new?lang=en');
	const table = page.getByTestId('allocation-table');
	await expect(table).toBeVisible();
	await page.getByLabel('Budget (dollars)').fill('4,800,000');
	await expect(page.getByTestId('live-total')).toContainText('$4,800,000.00');
	const rows = await table.locator('tbody tr').count();
	expect(rows).toBeGreaterThan(0);

	await page.getByLabel('Referrals (last four quarters)', { exact: true }).fill('50');
	await expect(page.locator('#field-weights-error')).toBeVisible();
	await expect(page.getByTestId('stale-note')).toContainText('Not up to date');
	await expect(table).toBeVisible();
	await expect(table.locator('tbody tr')).toHaveCount(rows);
	await expect(page.getByTestId('live-total')).toContainText('$4,800,000.00');
	await expect(page.locator('.allocation-results')).toHaveAttribute('data-stale', 'true');
	await page.screenshot({ path: 'test-results/workbench-stale.png' });

	// The totals bar is in the window while the weight is being edited.
	const bar = page.getByTestId('live-bar');
	await expect(bar).toBeInViewport();
	await expect(bar).toContainText('$4,800,000.00');
	await expect(bar).toContainText('last valid values');

	await page.getByLabel('Referrals (last four quarters)', { exact: true }).press('Control+a');
	await page.getByLabel('Referrals (last four quarters)', { exact: true }).fill('30');
	await expect(page.locator('#field-weights-error')).toHaveCount(0);
	await expect(page.getByTestId('stale-note')).toBeEmpty();
	await expect(page.locator('.allocation-results')).toHaveAttribute('data-stale', 'false');
});

test('the totals stay in view on a phone while the weights are edited', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/allocations/new?lang=en');
	const weight = page.getByLabel('Population', { exact: true });
	await weight.scrollIntoViewIfNeeded();
	await weight.fill('25');
	await expect(page.getByTestId('live-bar')).toBeInViewport();
	await page.screenshot({ path: 'test-results/workbench-phone-390.png' });
});

test('deleting a draft takes two steps, and works without JavaScript', async ({ browser, baseURL, signedInState }) => {
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await signedInState('planner') });
	const page = await context.newPage();
	await page.goto('/allocations/new?lang=en');
	const name = `E2E delete ${Date.now()}`;
	await page.getByLabel('Scenario name').fill(name);
	await page.getByRole('button', { name: 'Save scenario' }).click();
	await expect(page).toHaveURL(/\/allocations\/\d+\?done=created/);
	const scenario = new URL(page.url()).pathname;

	const confirm = page.getByRole('button', { name: 'Yes, delete this draft' });
	await expect(confirm).toBeHidden();
	await page.getByText('Delete draft…').click();
	await expect(page.getByText('Delete this draft for good?')).toBeVisible();
	// Opening the question deleted nothing.
	expect((await page.request.get(`/api/allocations/${scenario.split('/').at(-1)}`)).status()).toBe(200);
	await confirm.click();
	await expect(page.getByText(`The draft “${name}” was deleted.`)).toBeVisible();
	expect((await page.request.get(`/api/allocations/${scenario.split('/').at(-1)}`)).status()).toBe(404);
	await context.close();
});
