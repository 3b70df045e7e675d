/**
 * The first screen a planner sees: the map and the quarter's headline figures without scrolling at
 * 1366 × 900, the pickers beside the map, the table below; one palette shared by the map legend and
 * the level badges; one clear line per fact in the tooltip and the table. Works without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test.use({ account: 'planner' });

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

test('at 1366 × 900 the map and five headline figures are on the first screen, the table below', async ({ page }) => {
	await page.setViewportSize(DESKTOP);
	await page.goto('/?lang=en');
	const figures = page.getByTestId('atlas-headline').locator('[data-figure]');
	await expect(figures).toHaveCount(5);
	for (const label of ['Communities flagged', 'On the Project P list', 'Children in them', 'ICE investigators', 'Strategy funding']) {
		await expect(page.getByTestId('atlas-headline').getByText(label, { exact: true })).toBeVisible();
	}
	// Figures are numbers, not dashes: the seed has flagged communities, investigators and funding.
	for (const value of await page.locator('.atlas-headline__value').allInnerTexts()) expect(value).toMatch(/\d/);

	const headline = await page.getByTestId('atlas-headline').boundingBox();
	const map = await page.locator('.atlas-map svg').first().boundingBox();
	const metric = await page.getByLabel('Metric').boundingBox();
	const table = await page.getByTestId('atlas-table').boundingBox();
	expect(headline && map && metric && table).toBeTruthy();
	expect(headline!.y + headline!.height).toBeLessThanOrEqual(DESKTOP.height);
	// The whole map fits the window: southern Ontario is at its bottom edge.
	expect(map!.y).toBeLessThan(DESKTOP.height / 2);
	expect(map!.y + map!.height).toBeLessThanOrEqual(DESKTOP.height);
	// The metric picker sits beside the map, not above it; the table starts below the fold.
	expect(metric!.x + metric!.width).toBeLessThanOrEqual(map!.x);
	expect(table!.y).toBeGreaterThan(map!.y + map!.height);
	await page.screenshot({ path: 'test-results/first-screen-1366x900.png' });

	// French names are longer (header, buttons): the province still fits the first screen.
	await page.goto('/?lang=fr');
	const frenchMap = await page.locator('.atlas-map svg').first().boundingBox();
	const frenchHeadline = await page.getByTestId('atlas-headline').boundingBox();
	expect(frenchMap!.y + frenchMap!.height).toBeLessThanOrEqual(DESKTOP.height);
	expect(frenchHeadline!.y + frenchHeadline!.height).toBeLessThanOrEqual(DESKTOP.height);
	await page.screenshot({ path: 'test-results/first-screen-1366x900-fr.png' });
});

test('at 390 × 844 the header is compact and the page does not scroll sideways', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/?lang=en');
	const banner = await page.locator('.atlas-illustrative').boundingBox();
	expect(banner).toBeTruthy();
	// Header, navigation and the illustrative-data banner: was 370 px of the 844.
	expect(banner!.y + banner!.height).toBeLessThan(200);
	await expect(page.getByTestId('atlas-headline')).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
	await page.screenshot({ path: 'test-results/first-screen-390x844.png' });
});

test('without JavaScript the first screen renders and the pickers still change the map', async ({ browser, baseURL, signedInState }) => {
	const context = await browser.newContext({ baseURL, viewport: DESKTOP, javaScriptEnabled: false, storageState: await signedInState('planner') });
	const page = await context.newPage();
	await page.goto('/?lang=en');
	await expect(page.getByTestId('atlas-headline').locator('[data-figure]')).toHaveCount(5);
	await page.getByLabel('Metric').selectOption('investigators_per_100k');
	await page.getByRole('button', { name: 'Update map' }).click();
	await expect(page).toHaveURL(/metric=investigators_per_100k/);
	// Filters fold away, and open by themselves when the view uses one.
	await page.getByText('Filters and outlines').click();
	await page.getByLabel('OPP region').selectOption('North West');
	await page.getByRole('button', { name: 'Update map' }).click();
	await expect(page).toHaveURL(/region=North(\+|%20)West/);
	await expect(page.getByLabel('OPP region')).toBeVisible();
	await context.close();
});

test('levels have one colour: the map legend swatch and the level badge agree', async ({ page }) => {
	await page.goto('/?lang=en');
	const swatches = await page.locator('.atlas-map-legend li[data-class-id^="category-"] rect').evaluateAll((rects) =>
		Object.fromEntries(rects.map((rect) => [rect.closest('li')?.getAttribute('data-class-id')?.replace('category-', ''), rect.getAttribute('fill')]))
	);
	expect(Object.keys(swatches)).toEqual(['none', 'watch', 'gap', 'critical']);
	await page.goto('/gaps?lang=en');
	const badges = page.locator('.level-badge');
	expect(await badges.count()).toBeGreaterThan(0);
	const badge = badges.first();
	const level = await badge.getAttribute('data-level');
	const background = await badge.evaluate((node) => getComputedStyle(node).backgroundColor);
	const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
	expect(hex(background)).toBe(swatches[level ?? '']);
});

test('the gap-level view says the level once: one tooltip line, one table column', async ({ page }) => {
	await page.setViewportSize(DESKTOP);
	await page.goto('/?lang=en&metric=gap_level');
	const headers = await page.getByTestId('atlas-table').locator('thead th').allInnerTexts();
	expect(headers.filter((text) => /gap level/i.test(text))).toHaveLength(1);
	await page.locator('.atlas-map svg a').first().focus();
	const tooltip = page.locator('.atlas-map-tooltip');
	await expect(tooltip).toBeVisible();
	await expect(tooltip.locator('dt')).toHaveText(['Police service', 'Gap level']);
	await expect(tooltip).not.toContainText('Value');

	await page.goto('/?lang=en&metric=investigators_per_100k');
	await page.locator('.atlas-map svg a').first().focus();
	await expect(page.locator('.atlas-map-tooltip dt')).toHaveText(['Police service', 'Investigators / 100k pop.', 'Gap level']);
});

test('class labels of a skewed metric are round and do not overlap', async ({ page }) => {
	await page.goto('/?lang=en&metric=investigators_per_100k&method=quantile');
	const labels = await page.locator('.atlas-map-legend li[data-class-id^="range-"] .atlas-map-legend__label').allInnerTexts();
	expect(labels.length).toBeGreaterThan(1);
	// Every class but the last stops "under" a round number that starts the next one.
	for (const label of labels.slice(0, -1)) expect(label).toMatch(/to under \d[\d,]*(\.\d+)?$/);
});

for (const size of [DESKTOP, PHONE]) {
	test(`the first screen has no WCAG 2.0 A/AA violations at ${size.width} px`, async ({ page }) => {
		// 577 community links and their table: axe needs longer than the default on a shared machine.
		test.setTimeout(150_000);
		await page.setViewportSize(size);
		await page.goto('/?lang=en');
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	});
}
