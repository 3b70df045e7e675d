/**
 * The allocation planner end to end (issue 6): a planner creates, saves, compares and approves scenarios in the
 * browser; the live recompute and the field errors; the form without JavaScript; keyboard use; the CSV and the
 * printed briefing; and a viewer refused (403) by pages, form actions and the API alike.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, test } from './fixtures';

test.use({ account: 'planner' });

/** One CSV line's cells (RFC 4180 quoting; no line breaks inside cells in these exports). */
function cells(line: string): string[] {
	return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((match) => {
		const cell = match[1] ?? '';
		return cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
	});
}

async function newScenario(page: Page, name: string, weights: Partial<Record<string, string>> = {}) {
	await page.goto('/allocations/new?lang=en');
	await page.getByLabel('Scenario name').fill(name);
	for (const [label, value] of Object.entries(weights)) await page.getByLabel(label, { exact: true }).fill(value ?? '');
	await page.getByRole('button', { name: 'Save scenario' }).click();
	await expect(page).toHaveURL(/\/allocations\/\d+\?done=created/);
	await expect(page.getByTestId('notice')).toHaveText('Scenario saved as a draft.');
	return Number(new URL(page.url()).pathname.split('/').at(-1));
}

test.describe('a planner', () => {
	test('creates, saves, compares and approves a scenario', async ({ page }) => {
		const first = await newScenario(page, `E2E remoteness-first ${Date.now()}`, { 'Remoteness of its communities (fly-in, or distance to an OPP regional headquarters)': '45', 'Children 0–17': '5' });
		await expect(page.getByTestId('live-total')).toContainText('$5,000,000.00');
		await expect(page.getByTestId('projection-summary')).toContainText('communities change to a better level');
		await page.screenshot({ path: 'test-results/allocation-scenario.png', fullPage: true });

		// Save a change: the damping goes into the saved parameters.
		await page.getByLabel('Damping: largest change against last year (%)').fill('60');
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(page.getByTestId('notice')).toHaveText('Saved.');
		await expect(page.getByLabel('Damping: largest change against last year (%)')).toHaveValue('60');

		const second = await newScenario(page, `E2E charges-first ${Date.now()}`, { 'Cases referred for prosecution (charges, last four quarters)': '40', 'Remoteness of its communities (fly-in, or distance to an OPP regional headquarters)': '0' });

		await page.goto('/allocations?lang=en');
		await page.locator(`#compare-${first}`).check();
		await page.locator(`#compare-${second}`).check();
		await page.getByRole('button', { name: 'Compare selected scenarios' }).click();
		// In the list's order: most recently changed first.
		await expect(page).toHaveURL(new RegExp(`/allocations/compare\\?ids=${second}&ids=${first}`));
		await expect(page.getByTestId('compare-totals')).toContainText('$5,000,000.00');
		await expect(page.getByTestId('compare-services').locator('tbody tr').first()).toBeVisible();
		// Each scenario's change from last year, beside last year's funding.
		await expect(page.getByTestId('compare-services').locator('thead')).toContainText('Last year');
		await expect(page.getByTestId('compare-services').locator('thead')).toContainText('change from last year');
		await page.screenshot({ path: 'test-results/allocation-compare.png', fullPage: true });

		await page.goto(`/allocations/${first}?lang=en`);
		await page.getByRole('button', { name: 'Approve this scenario' }).click();
		await expect(page.locator('#approve-error')).toHaveText('Tick the box to confirm that you mean to approve.');
		await page.getByLabel('I understand that an approved scenario cannot be changed or deleted').check();
		await page.getByRole('button', { name: 'Approve this scenario' }).click();
		await expect(page).toHaveURL(/done=approved/);
		await expect(page.getByTestId('approved-notice')).toContainText('Approved by planner');
		await expect(page.getByTestId('scenario-form')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Make a new version (a draft copy)' })).toBeVisible();

		// A new version is a draft copy; the approved one stays as it was.
		await page.getByRole('button', { name: 'Make a new version (a draft copy)' }).click();
		await expect(page).toHaveURL(/done=duplicated/);
		await expect(page.getByTestId('scenario-form')).toBeVisible();
		const api = await (await page.request.get(`/api/allocations/${first}`)).json();
		expect(api).toMatchObject({ id: first, status: 'approved', total_cents: 500_000_000 });
	});

	test('sees the split recomputed live, and errors next to the fields they concern', async ({ page }) => {
		await page.goto('/allocations/new?lang=en');
		const firstAmount = page.locator('[data-testid="allocation-table"] tbody tr').first().locator('td').first();
		const before = await firstAmount.textContent();
		// The default ±10 % damping cannot absorb a 20 % cut: the damping field says what would work.
		await page.getByLabel('Budget (dollars)').fill('4,000,000');
		await expect(page.locator('#field-damping-error')).toContainText(/A damping of at least [0-9.]+% would work\./);
		await page.getByLabel('Damping: largest change against last year (%)').fill('');
		await expect(page.getByTestId('live-total')).toContainText('$4,000,000.00');
		await expect(firstAmount).not.toHaveText(before ?? '');

		await page.getByLabel('Referrals (last four quarters)', { exact: true }).fill('50');
		await expect(page.locator('#field-weights-error')).toHaveText('The weights must add up to 100 %; they add up to 120 %.');
		await expect(page.getByTestId('error-summary')).toContainText('they add up to 120 %');
		await page.getByLabel('Budget (dollars)').fill('lots');
		await expect(page.locator('#field-budget-error')).toHaveText('Enter an amount in dollars, to the cent.');
		await expect(page.getByLabel('Budget (dollars)')).toHaveAttribute('aria-invalid', 'true');
		await page.screenshot({ path: 'test-results/allocation-errors.png', fullPage: true });
	});

	test('saves without JavaScript, and a refused save keeps what was typed', async ({ browser, baseURL, signedInState }) => {
		const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await signedInState('planner') });
		const page = await context.newPage();
		await page.goto('/allocations/new?lang=en');
		await page.getByLabel('Scenario name').fill('No-JS scenario');
		await page.getByLabel('Budget (dollars)').fill('-5');
		await page.getByLabel('Population', { exact: true }).fill('12.5');
		await page.getByRole('button', { name: 'Save scenario' }).click();
		await expect(page.getByTestId('error-summary')).toContainText('Must not be negative.');
		await expect(page.locator('#field-budget-error')).toHaveText('Must not be negative.');
		await expect(page.locator('#field-weights-error')).toContainText('they add up to 112.5 %');
		await expect(page.getByLabel('Budget (dollars)')).toHaveValue('-5');
		await expect(page.getByLabel('Scenario name')).toHaveValue('No-JS scenario');

		await page.getByLabel('Budget (dollars)').fill('5,000,000');
		await page.getByLabel('Population', { exact: true }).fill('0');
		await page.getByRole('button', { name: 'Save scenario' }).click();
		await expect(page).toHaveURL(/done=created/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('No-JS scenario');
		await context.close();
	});

	test('works the form with the keyboard alone', async ({ page }) => {
		await page.goto('/allocations/new?lang=en');
		await page.getByLabel('Scenario name').focus();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('Keyboard scenario');
		// Tab to the budget and type over it.
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Budget (dollars)')).toBeFocused();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('5100000');
		await expect(page.getByTestId('live-total')).toContainText('$5,100,000.00');
		// Arrow keys move between radio buttons of a group.
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowRight');
		await expect(page.getByLabel('$1,000')).toBeChecked();
		await page.getByRole('button', { name: 'Save scenario' }).focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/done=created/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Keyboard scenario');
	});

	test('exports a scenario as CSV in cents and dollars, and prints a one-page briefing', async ({ page }) => {
		const id = await newScenario(page, `E2E export ${Date.now()}`);
		const csv = await (await page.request.get(`/allocations/${id}/export.csv`)).text();
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const [header = [], ...rows] = csv.slice(1).trimEnd().split('\r\n').map(cells);
		expect(header).toEqual(expect.arrayContaining(['police_service_id', 'amount_cents', 'amount_dollars', 'explanation_en', 'explanation_fr', 'illustrative']));
		expect(rows).toHaveLength(54);
		const column = (name: string) => rows.map((row) => row[header.indexOf(name)] ?? '');
		expect(column('amount_cents').reduce((sum, cents) => sum + Number(cents), 0)).toBe(500_000_000);
		expect(column('amount_dollars').reduce((sum, dollars) => sum + Math.round(Number(dollars) * 100), 0)).toBe(500_000_000);
		expect(new Set(column('illustrative'))).toEqual(new Set(['true']));
		// Where each amount came from: the OPP's row carries the assisted-communities line; Toronto its change.
		const opp = rows.find((row) => row[header.indexOf('police_service_id')] === 'opp') ?? [];
		expect(Number(opp[header.indexOf('assisted_line_cents')])).toBeGreaterThan(0);
		const toronto = rows.find((row) => row[header.indexOf('police_service_id')] === 'toronto') ?? [];
		expect(Math.abs(Number(toronto[header.indexOf('change_from_last_year_share')]))).toBeLessThanOrEqual(0.1 + 1e-9);

		await page.goto(`/allocations/${id}/briefing?lang=en`);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Print this briefing' })).toBeHidden();
		await page.screenshot({ path: 'test-results/allocation-briefing-print.png', fullPage: true });
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
	});

	test('finds no WCAG 2.0 A/AA violations on the allocation pages, in English and French', async ({ page }) => {
		// Six pages, each with tables of every service: longer than the default on a shared machine.
		test.setTimeout(240_000);
		const first = await newScenario(page, `E2E axe ${Date.now()}`);
		const second = await newScenario(page, `E2E axe, all services ${Date.now()}`);
		const found: string[] = [];
		const paths = ['/allocations?lang=en', '/allocations/new?lang=fr', `/allocations/${first}?lang=en`, `/allocations/${second}?lang=fr`, `/allocations/${first}/briefing?lang=fr`, `/allocations/compare?ids=${first},${second}&lang=en`];
		for (const path of paths) {
			await page.goto(path);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
			found.push(...results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`));
		}
		expect(found).toEqual([]);
	});
});

test.describe('a viewer', () => {
	test('cannot see or save scenarios (403), in pages, form actions or the API', async ({ playwright, baseURL }) => {
		const viewer = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL ?? '' } });
		expect((await viewer.post('/api/session', { data: { username: 'viewer', password: DEMO_PASSWORD } })).status()).toBe(200);
		expect((await viewer.get('/allocations')).status()).toBe(403);
		expect((await viewer.get('/allocations/new')).status()).toBe(403);
		const form = { name: 'Viewer scenario', budget: '5000000', period: '' };
		expect((await viewer.post('/allocations/new', { form })).status()).toBe(403);
		expect((await viewer.post('/api/allocations', { data: { name: 'Viewer scenario' } })).status()).toBe(403);
		expect((await viewer.post('/api/allocations/compute', { data: {} })).status()).toBe(403);
		await viewer.dispose();

		// The same form post from a planner is accepted, so the 403 above is the policy, not the request.
		const planner = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL ?? '' } });
		await planner.post('/api/session', { data: { username: 'planner', password: DEMO_PASSWORD } });
		const accepted = await planner.post('/allocations/new', { form, maxRedirects: 0 });
		expect([200, 303, 422]).toContain(accepted.status());
		await planner.dispose();
	});
});
