import { expect, test } from './fixtures';

// Every page needs a signed-in user: these tests run as the demo viewer (fixtures.ts).

test('the communities page lists all 577 communities with population and police service', async ({ page }) => {
	await page.goto('/communities');
	await expect(page.getByRole('heading', { level: 1, name: 'Communities' })).toBeVisible();
	await expect(page.locator('[data-testid="communities-table"] tbody tr')).toHaveCount(577);
	const pikangikum = page.locator('tr[data-csduid="3560077"]');
	await expect(pikangikum).toContainText('Population not available');
	await expect(page.locator('[data-illustrative="true"]').first()).toBeVisible();
	await page.screenshot({ path: 'test-results/communities.png', fullPage: false });
});

test('search ignores accents and case, in English and French', async ({ page }) => {
	await page.goto('/communities');
	await page.getByLabel('Search by name').fill('sault ste marie');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/q=sault\+ste\+marie/);
	await expect(page.locator('tr[data-csduid="3557061"]')).toBeVisible();

	await page.getByLabel('Search by name').fill('GRAND SUDBURY');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page.locator('[data-testid="communities-table"] tbody tr')).toHaveCount(1);
	await expect(page.locator('tr[data-csduid="3553005"]')).toContainText('Greater Sudbury / Grand Sudbury');
	await page.screenshot({ path: 'test-results/communities-search.png' });
});

test('sorting by population puts Toronto first and unavailable populations last', async ({ page }) => {
	await page.goto('/communities?sort=population&dir=desc');
	const rows = page.locator('[data-testid="communities-table"] tbody tr');
	await expect(rows.first()).toHaveAttribute('data-csduid', '3520005');
	await expect(rows.last()).toContainText('Population not available');
});

test('the language toggle shows the page in French and remembers it', async ({ page }) => {
	await page.goto('/communities');
	await page.getByRole('link', { name: 'Afficher cette page en français' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Collectivités' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
	await page.goto('/services');
	await expect(page.getByRole('heading', { level: 1, name: 'Services de police' })).toBeVisible();
	await page.screenshot({ path: 'test-results/services-fr.png' });
});

test('the services page lists 54 police services', async ({ page }) => {
	await page.goto('/services?lang=en');
	await expect(page.locator('[data-testid="services-table"] tbody tr')).toHaveCount(54);
});

test('the API answers health, lists, details, 404 and 400', async ({ request }) => {
	const health = await (await request.get('/api/health')).json();
	expect(health).toMatchObject({ status: 'ok', database: 'embedded' });
	const list = await (await request.get('/api/communities')).json();
	expect(list.data).toHaveLength(577);
	const one = await request.get('/api/communities/3553005');
	expect((await one.json()).data).toMatchObject({ name: 'Greater Sudbury / Grand Sudbury', name_fr: 'Grand Sudbury' });
	const unknown = await request.get('/api/communities/3599999');
	expect(unknown.status()).toBe(404);
	const malformed = await request.get('/api/communities/toronto');
	expect(malformed.status()).toBe(400);
	expect((await malformed.json()).error.parameter).toBe('csduid');
	const service = await (await request.get('/api/services/naps')).json();
	expect(service.data.kind).toBe('first_nations');
	expect((await request.get('/api/services/no-such-service')).status()).toBe(404);
	expect((await request.get('/api/services/Bad_Id')).status()).toBe(400);
	const openapi = await (await request.get('/api/openapi.json')).json();
	expect(openapi.openapi).toBe('3.1.0');
	expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/communities/{csduid}']));
});
