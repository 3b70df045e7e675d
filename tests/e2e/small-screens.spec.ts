/**
 * Small screens: no page scrolls sideways at 390 px (a common phone) or 320 px (the WCAG reflow
 * width). Wide tables scroll inside their own region, charts shrink with their viewBox, and the
 * header stays compact. Every route a planner reaches is visited, and /admin/users as an administrator.
 */
import { expect, test, type DemoAccount } from './fixtures';
import type { Page } from '@playwright/test';

const PLANNER_ROUTES = [
	'/',
	'/communities',
	'/communities/3560051',
	'/services',
	'/services/toronto',
	'/gaps',
	'/gaps/thresholds',
	'/compare',
	'/compare/toronto',
	'/streams',
	'/imports',
	'/imports/dictionary',
	'/allocations',
	'/allocations/new',
	'/project-p',
	'/about/data',
	'/audit'
];

async function overflow(page: Page, path: string): Promise<string | null> {
	const response = await page.goto(path);
	expect(response?.status(), path).toBe(200);
	const { scrollWidth, innerWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		innerWidth: window.innerWidth
	}));
	return scrollWidth <= innerWidth ? null : `${path}: ${scrollWidth} px wide on a ${innerWidth} px screen`;
}

async function visitAll(page: Page, routes: readonly string[]) {
	const problems: string[] = [];
	for (const path of routes) {
		const problem = await overflow(page, path);
		if (problem) problems.push(problem);
	}
	return problems;
}

for (const width of [390, 320]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 844 } });

		test.describe('as a planner', () => {
			test.use({ account: 'planner' satisfies DemoAccount });
			test('no page is wider than the screen', async ({ page }) => {
				expect(await visitAll(page, PLANNER_ROUTES)).toEqual([]);
			});
		});

		test.describe('as an administrator', () => {
			test.use({ account: 'admin' satisfies DemoAccount });
			test('the accounts page is no wider than the screen', async ({ page }) => {
				expect(await visitAll(page, ['/admin/users', '/audit'])).toEqual([]);
			});
		});
	});
}

test.describe('tables on a phone', () => {
	test.use({ account: 'planner', viewport: { width: 390, height: 844 } });

	test('a wide table scrolls in a named region the keyboard can reach', async ({ page }) => {
		await page.goto('/gaps?lang=en');
		const region = page.locator('.atlas-table-wrap[role="region"]').first();
		await expect(region).toHaveAttribute('tabindex', '0');
		await expect(region).toHaveAttribute('aria-label', /.+/);
		const scrolls = await region.evaluate((node) => node.scrollWidth > node.clientWidth);
		expect(scrolls).toBe(true);
		await region.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => region.evaluate((node) => node.scrollLeft)).toBeGreaterThan(0);
	});

	test('the community page fits, its charts shrink', async ({ page }) => {
		await page.goto('/communities/3560051?lang=en');
		const chart = page.locator('svg.trend__svg').first();
		await expect(chart).toBeVisible();
		const box = await chart.boundingBox();
		expect(box!.width).toBeLessThanOrEqual(390);
		await page.screenshot({ path: 'test-results/small-screen-community-390.png', fullPage: true });
	});
});
