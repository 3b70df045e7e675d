import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test.use({ account: 'chief-toronto' });

test('a chief goes from the map to the comparison of their own service and exports it', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.atlas-map svg').first()).toBeVisible();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
	await expect(page).toHaveURL(/\/compare\/toronto$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toronto Police Service compared with similar services');
	await expect(page.locator('[data-illustrative="true"]').first()).toBeVisible();
	await expect(page.getByTestId('peer-table').locator('tbody tr')).toHaveCount(8);
	await expect(page.getByTestId('comparison-table').locator('tbody tr')).toHaveCount(15);
	// Rates only: the seven raw counts are shown in the table but not ranked across services of different sizes.
	await expect(page.locator('figure.ski-slope')).toHaveCount(8);
	await expect(page.locator('figure.ski-slope rect.bar--chosen')).toHaveCount(8);
	await expect(page.getByTestId('similarity-note')).toContainText('Distances use');
	await expect(page.locator('figure.trend')).toHaveCount(15);
	await page.screenshot({ path: 'test-results/compare-toronto.png', fullPage: true });

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download the comparison (CSV)' }).click();
	const file = await (await download).path();
	const csv = readFileSync(file, 'utf8');
	expect(csv.startsWith('\uFEFFrow_type,period,period_label,police_service_id')).toBe(true);
	expect(csv.split('\r\n').filter((line) => line.startsWith('metric,')).length).toBe(15);

	await page.emulateMedia({ media: 'print' });
	await page.screenshot({ path: 'test-results/compare-toronto-print.png', fullPage: true });
	const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
	expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(2);
});

test('changing the grouping and its size keeps the choice in the URL', async ({ page }) => {
	await page.goto('/compare/toronto');
	await page.getByLabel('Compare with').selectOption('kind');
	await page.getByRole('button', { name: 'Update comparison' }).click();
	await expect(page).toHaveURL(/group=kind/);
	await expect(page.getByTestId('peer-table').locator('tbody tr')).toHaveCount(43);
	await page.getByLabel('Compare with').selectOption('similar');
	await page.getByLabel(/Number of most similar services/).fill('4');
	await page.getByRole('button', { name: 'Update comparison' }).click();
	await expect(page).toHaveURL(/k=4/);
	await expect(page.getByTestId('peer-table').locator('tbody tr')).toHaveCount(5);
});

test('side by side: up to four services, a shareable address, a clear message past four', async ({ page }) => {
	await page.goto('/compare/toronto');
	await page.getByRole('link', { name: 'Side by side with its closest peers' }).click();
	await expect(page).toHaveURL(/\/compare\/side-by-side\?ids=toronto,[a-z0-9-]+,[a-z0-9-]+,[a-z0-9-]+$/);
	await expect(page.getByTestId('side-by-side').locator('thead th')).toHaveCount(5);

	await page.getByLabel('Service 4').selectOption('naps');
	await page.getByRole('button', { name: 'Show side by side' }).click();
	await expect(page).toHaveURL(/ids=[^&]*naps/);
	await page.screenshot({ path: 'test-results/compare-side-by-side.png', fullPage: true });

	await page.goto('/compare/side-by-side?ids=toronto,naps,ottawa,peel,london');
	await expect(page.getByTestId('side-by-side-error')).toContainText('At most 4 services');
	await page.goto('/compare/side-by-side?ids=toronto,atlantis');
	await expect(page.getByTestId('side-by-side-error')).toContainText('There is no police service “atlantis”');
});

test('the comparison reads in French', async ({ page }) => {
	await page.goto('/compare/naps?lang=fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service de police Nishnawbe-Aski comparé à des services semblables');
	await expect(page.getByRole('heading', { name: 'Classements' })).toBeVisible();
});

test('axe finds no WCAG 2.0 A/AA violations on the comparison and side by side', async ({ page }) => {
	for (const path of ['/compare/toronto', '/compare/side-by-side?ids=toronto,naps', '/compare?choose=1']) {
		await page.goto(path);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
		expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
	}
});
