import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD, expect, test } from './fixtures';

test.use({ account: 'planner' });

const mapShapes = '.atlas-map svg [data-csduid]';

test('the map draws every one of the 577 communities, server-rendered', async ({ page }) => {
	await page.goto('/');
	const ids = await page.locator(mapShapes).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-csduid')));
	expect(new Set(ids).size).toBe(577);
	await expect(page.getByTestId('atlas-summary')).toContainText('communities at gap or critical level');
	await page.screenshot({ path: 'test-results/map-gap-level.png', fullPage: true });
});

test('without JavaScript the map draws its outlines from the immutable outlines file', async ({ browser, baseURL, signedInState }) => {
	const context = await browser.newContext({ baseURL, storageState: await signedInState('planner'), javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	const uses = page.locator('.atlas-map svg use[data-csduid]');
	await expect(uses).toHaveCount(527);
	const href = (await uses.first().getAttribute('href')) ?? '';
	expect(href).toMatch(/^\/map\/communities\.[\w-]{12}\.svg#c35\d{5}$/);
	const file = await page.request.get(href.split('#')[0] ?? '');
	expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(await file.text()).toContain(`id="${href.split('#')[1]}"`);
	await context.close();
});

test('a repeat visit is revalidated (304) and the stored page still comes alive under its own nonce', async ({ page }) => {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	const statuses: number[] = [];
	cdp.on('Network.responseReceivedExtraInfo', (event) => statuses.push(event.statusCode));
	const problems: string[] = [];
	page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
	page.on('pageerror', (error) => problems.push(String(error)));
	for (let visit = 0; visit < 2; visit++) {
		await page.goto('/?metric=gap_level');
		// Live: the map has replaced its references by paths, which only the page's script does.
		await expect(page.locator('.atlas-map svg path[data-csduid]')).toHaveCount(527);
		await page.goto('about:blank');
	}
	expect(statuses).toContain(304);
	expect(problems).toEqual([]);
});

test('switching the metric changes fills and legend, and the URL reproduces the view', async ({ page }) => {
	await page.goto('/');
	const fills = () => page.locator(`${mapShapes}`).evaluateAll((nodes) => nodes.slice(0, 60).map((node) => node.getAttribute('fill')).join());
	const legend = page.locator('.atlas-map').getByText('Legend').locator('..');
	const before = { fills: await fills(), legend: await legend.innerText() };

	await page.getByLabel('Metric').selectOption('referrals_per_investigator');
	await expect(page).toHaveURL(/metric=referrals_per_investigator/);
	await expect.poll(fills).not.toBe(before.fills);
	await expect.poll(() => legend.innerText()).not.toBe(before.legend);
	const after = { fills: await fills(), legend: await legend.innerText() };
	await page.screenshot({ path: 'test-results/map-referrals.png', fullPage: true });

	await page.reload();
	await expect(page.getByLabel('Metric')).toHaveValue('referrals_per_investigator');
	expect(await fills()).toBe(after.fills);
	expect(await legend.innerText()).toBe(after.legend);

	await page.goBack();
	await expect(page).not.toHaveURL(/metric=referrals_per_investigator/);
});

test('the prevention reach metric (issue 10) colours the map with its own legend', async ({ page }) => {
	await page.goto('/');
	const legend = page.locator('.atlas-map').getByText('Legend').locator('..');
	const before = await legend.innerText();
	await page.getByLabel('Metric').selectOption('prevention_reach_share');
	await expect(page).toHaveURL(/metric=prevention_reach_share/);
	await expect.poll(() => legend.innerText()).not.toBe(before);
	// About one community in three has no prevention row in the illustrative seed: "no data".
	await expect(legend).toContainText('%');
});

test('finding "Attawapiskat" selects it on the map and in the table', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Find a community').fill('Attawapiskat');
	await page.getByRole('button', { name: 'Find' }).click();
	await expect(page).toHaveURL(/selected=35600\d\d/);
	const selected = new URL(page.url()).searchParams.get('selected');
	await expect(page.locator(`[data-testid="atlas-table"] tr.selected`)).toHaveAttribute('data-csduid', selected ?? '');
	await expect(page.locator(`[data-testid="atlas-table"] tr.selected`)).toContainText('Attawapiskat');
	await page.screenshot({ path: 'test-results/map-attawapiskat.png' });
});

test('a keyboard-only user reaches a community page from the map', async ({ page }) => {
	await page.goto('/');
	let inMap = false;
	for (let press = 0; press < 60 && !inMap; press++) {
		await page.keyboard.press('Tab');
		inMap = await page.evaluate(() => Boolean(document.activeElement?.closest('.atlas-map svg')));
	}
	expect(inMap).toBe(true);
	await page.keyboard.press('ArrowRight');
	const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
	expect(target).toMatch(/^\/communities\/35\d{5}$/);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${target}$`));
});

test('exports: the SVG is well-formed with a legend, the CSV has a BOM, 577 rows and says it is illustrative', async ({ page }) => {
	await page.goto('/?metric=investigators_per_100k');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download map (SVG)' }).click();
	const svgText = readFileSync((await (await download).path()) ?? '', 'utf8');
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName, text: doc.documentElement.textContent ?? '' };
	}, svgText);
	expect(parsed.error).toBe(false);
	expect(parsed.root).toBe('svg');
	expect(parsed.text).toContain('ICE investigators per 100,000');
	expect(parsed.text).toContain('ILLUSTRATIVE');

	const href = await page.getByRole('link', { name: 'Download data (CSV)' }).getAttribute('href');
	const csv = await (await page.request.get(href ?? '')).text();
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const lines = csv.slice(1).trim().split('\r\n');
	expect(lines[0]).toBe('csduid,community,police_service_id,police_service,opp_region,period,period_label,metric,value,gap_level,project_p_recommended,illustrative');
	expect(lines).toHaveLength(578);
	expect(lines.slice(1).every((line) => line.endsWith(',true'))).toBe(true);
});

test('a viewer not cleared for a service sees rates on small counts withheld in the map CSV, a planner sees them', async ({ playwright, baseURL }) => {
	const csvAs = async (username: string) => {
		const context = await playwright.request.newContext({ baseURL });
		const session = await context.post('/api/session', { data: { username, password: DEMO_PASSWORD } });
		expect(session.ok()).toBe(true);
		const text = await (await context.get('/export/atlas.csv?metric=project_p_share')).text();
		await context.dispose();
		return text;
	};
	const asViewer = await csvAs('viewer');
	const asPlanner = await csvAs('planner');
	expect(asViewer.split('\r\n')).toHaveLength(asPlanner.split('\r\n').length);
	expect(asPlanner).not.toContain('withheld');
	expect(asViewer).toContain('withheld');
});

test('axe finds no WCAG 2.0 A/AA violations on the map', async ({ page }) => {
	// 577 community links and their table: axe needs longer than the default on a shared machine.
	test.setTimeout(150_000);
	await page.goto('/');
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
