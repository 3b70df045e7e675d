import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ account: 'planner' });

/** Console warnings and errors (Svelte's runtime warnings, e.g. derived_inert) and uncaught errors. */
function watchConsole(page: Page): string[] {
	const logged: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning' || message.type() === 'error') logged.push(`${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => logged.push(`pageerror: ${error.message}`));
	return logged;
}

const communityLink = '.atlas-map svg a[href*="/communities/"]';

for (const way of ['click', 'keyboard'] as const) {
	test(`opening a community from the map (${way}) logs no console warning or error`, async ({ page }) => {
		const logged = watchConsole(page);
		await page.goto('/?lang=en');
		await page.waitForLoadState('networkidle');
		const link = page.locator(communityLink).nth(100);
		// The keyboard way is the one that removed the map while a community link had focus.
		if (way === 'click') await link.click();
		else {
			await link.focus();
			await page.keyboard.press('Enter');
		}
		await expect(page).toHaveURL(/\/communities\/\d+/);
		await expect(page.locator('h1')).toBeVisible();
		await page.waitForLoadState('networkidle');
		// Let late effects (the removed map's last focusout, tooltips) run before checking.
		await page.waitForTimeout(500);
		expect(logged).toEqual([]);
	});
}
