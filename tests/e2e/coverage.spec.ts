/**
 * Coverage gaps, community and service coverage, the coverage API and the thresholds form (issue 3,
 * deliverables 5–7), against the production build with the demo accounts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const PIKANGIKUM = '3560077';

test.describe('as a planner', () => {
	test.use({ account: 'planner' });

	test('/gaps ranks the flagged communities, with reasons and links', async ({ page }) => {
		await page.goto('/gaps?lang=en');
		await expect(page.getByRole('heading', { level: 1, name: /Coverage gaps/ })).toBeVisible();
		await expect(page.locator('h1 [data-illustrative="true"]')).toBeVisible();
		const rows = page.locator('[data-testid="gap-table"] tbody tr');
		await expect(rows).toHaveCount(50);
		await expect(rows.first().locator('td').first()).toHaveText('1');
		await expect(rows.first()).toHaveAttribute('data-level', 'critical');
		await expect(rows.first().locator('[data-reason]').first()).not.toBeEmpty();
		await page.screenshot({ path: 'test-results/coverage-gaps.png', fullPage: false });
		const services = page.locator('[data-testid="gap-services-table"] tbody tr');
		await expect(services.first().locator('td').first()).toHaveText('1');
		await expect(page.locator('[data-testid="gap-services-table"] tr[data-service-id="naps"]')).toHaveAttribute('data-level', 'critical');

		await page.getByRole('link', { name: 'Next page' }).first().click();
		await expect(page).toHaveURL(/page=2/);
		await expect(rows.first().locator('td').first()).toHaveText('51');

		await rows.first().locator('th a').first().click();
		await expect(page).toHaveURL(/\/communities\/35\d{5}/);
	});

	test('filters live in the URL: level, region and kind', async ({ page }) => {
		await page.goto('/gaps?lang=en');
		await page.getByLabel('Critical').check();
		await page.getByLabel('OPP region').selectOption('North West');
		await page.getByLabel('Police service kind').selectOption('first_nations');
		await page.getByRole('button', { name: 'Apply filters' }).click();
		await expect(page).toHaveURL(/level=critical/);
		await expect(page).toHaveURL(/region=North\+West/);
		const rows = page.locator('[data-testid="gap-table"] tbody tr');
		expect(await rows.count()).toBeGreaterThan(0);
		for (const level of await rows.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-level')))) expect(level).toBe('critical');
		for (const text of await rows.locator('th').allInnerTexts()) expect(text).toContain('North West');
		await expect(page.getByTestId('gap-summary')).toContainText('critical');
	});

	test('the CSV export is the filtered list, UTF-8 with a byte-order mark and an illustrative column', async ({ request }) => {
		const response = await request.get('/gaps/export.csv?level=critical&lang=fr');
		expect(response.headers()['content-type']).toContain('text/csv');
		const bytes = await response.body();
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
		// Asked for in French, the columns are named in French (the values stay codes).
		expect(lines[0]).toContain('niveau_lacune');
		expect(lines[0]?.endsWith(',illustratif')).toBe(true);
		expect(lines.length).toBeGreaterThan(10);
		expect(lines.slice(1).every((line) => line.includes(',critical,') && line.endsWith(',true'))).toBe(true);
	});

	test('a community page shows its level, Project P flag, reasons, metrics against the province and trends', async ({ page }) => {
		await page.goto(`/communities/${PIKANGIKUM}?lang=en`);
		const summary = page.getByTestId('coverage-summary');
		await expect(summary.locator('[data-level="critical"]')).toBeVisible();
		await expect(page.getByTestId('project-p')).toHaveAttribute('data-recommended', 'true');
		await expect(page.locator('[data-reason="fly_in_community"]')).toContainText('Fly-in community');
		await expect(page.locator('[data-testid="metric-table"] tbody tr')).toHaveCount(16);
		const charts = page.locator('[data-testid="trend-grid"] figure');
		await expect(charts).toHaveCount(16);
		await expect(charts.first().locator('svg[role="img"] title')).toHaveText(/Pikangikum 14, by quarter/);
		await page.screenshot({ path: 'test-results/coverage-community.png', fullPage: true });
	});

	test('a service page shows the service’s coverage, trends and its communities’ levels', async ({ page }) => {
		await page.goto('/services/naps?lang=en');
		await expect(page.getByTestId('coverage-summary')).toBeVisible();
		await expect(page.locator('[data-testid="trend-grid"] figure')).toHaveCount(15);
		await page.screenshot({ path: 'test-results/coverage-service.png', fullPage: true });
	});

	test('an earlier quarter is chosen with the quarter picker', async ({ page }) => {
		await page.goto(`/communities/${PIKANGIKUM}?lang=en`);
		await page.getByLabel('Quarter', { exact: true }).selectOption('2021-Q3');
		await page.getByRole('button', { name: 'Show quarter' }).click();
		await expect(page).toHaveURL(/period=2021-Q3/);
		await expect(page.locator('[data-testid="metric-table"] caption')).toContainText('FY2021-22 Q3');
	});

	test('the thresholds form keeps what was typed and points at the wrong field, then saves', async ({ page }) => {
		await page.goto('/gaps/thresholds?lang=en');
		const distance = page.getByLabel('Distance to the responder’s nearest base (km)');
		const original = await distance.inputValue();
		await distance.fill('9999');
		await page.getByRole('button', { name: 'Save thresholds' }).click();
		await expect(page.getByTestId('thresholds-errors')).toContainText('at most 5,000');
		await expect(distance).toHaveValue('9999');
		await expect(distance).toHaveAttribute('aria-invalid', 'true');
		await page.screenshot({ path: 'test-results/coverage-thresholds-error.png', fullPage: true });

		await distance.fill(original);
		await page.getByRole('button', { name: 'Save thresholds' }).click();
		await expect(page.getByTestId('thresholds-saved')).toBeVisible();
		await expect(page.getByTestId('last-change')).toContainText('planner');
	});

	test('axe finds no WCAG 2.0 A/AA violations on the coverage pages', async ({ page }) => {
		for (const path of ['/gaps', `/communities/${PIKANGIKUM}`, '/services/naps', '/gaps/thresholds', '/gaps?lang=fr']) {
			await page.goto(path);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
			expect(results.violations.map((v) => `${path}: ${v.id} ${v.nodes.length}`)).toEqual([]);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ account: 'viewer', javaScriptEnabled: false });

	test('the /gaps filter form works as a plain GET form', async ({ page }) => {
		await page.goto('/gaps?lang=en');
		await page.getByLabel('Watch').check();
		await page.getByRole('button', { name: 'Apply filters' }).click();
		await expect(page).toHaveURL(/level=watch/);
		const levels = await page.locator('[data-testid="gap-table"] tbody tr').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-level')));
		expect(levels.length).toBeGreaterThan(0);
		expect(new Set(levels)).toEqual(new Set(['watch']));
	});
});

test.describe('in French', () => {
	test('/gaps and its reasons read in French', async ({ page }) => {
		await page.goto('/gaps?lang=fr');
		await expect(page.getByRole('heading', { level: 1, name: /Lacunes de couverture/ })).toBeVisible();
		await expect(page.locator(`[data-testid="gap-table"] tbody tr`).first()).toContainText('Critique');
		await expect(page.locator('[data-reason]').first()).toContainText(/renvois|enquêteur|appareils|avion|unité EEI/);
	});
});

test.describe('disclosure control', () => {
	test('a viewer sees "<5" where a planner sees the count, in the API and on the page', async ({ pageAs }) => {
		const viewer = await pageAs('viewer');
		const planner = await pageAs('planner');
		const metrics = async (page: typeof viewer) => {
			const body = (await (await page.request.get('/api/services/treaty-three/metrics?period=2025-Q2')).json()) as {
				data: { metrics: { id: string; value: unknown }[] };
			};
			return new Map(body.data.metrics.map((metric) => [metric.id, metric.value]));
		};
		const [seen, full] = [await metrics(viewer), await metrics(planner)];
		const small = ['referrals_received', 'investigations_opened', 'charges_laid', 'victims_identified'].filter((id) => typeof full.get(id) === 'number' && (full.get(id) as number) >= 1 && (full.get(id) as number) <= 4);
		expect(small.length).toBeGreaterThan(0);
		for (const id of small) expect(seen.get(id)).toBe('<5');

		const id = small[0] ?? '';
		const cell = `[data-testid="metric-table"] tr[data-metric="${id}"] [data-testid="metric-value"]`;
		await viewer.goto('/services/treaty-three?lang=en&period=2025-Q2');
		await expect(viewer.locator(cell)).toHaveText('<5');
		await expect(viewer.getByTestId('disclosure-note')).toBeVisible();
		await planner.goto('/services/treaty-three?lang=en&period=2025-Q2');
		await expect(planner.locator(cell)).toHaveText(String(full.get(id)));
	});

	test('a viewer may not open the thresholds form', async ({ page }) => {
		const response = await page.goto('/gaps/thresholds');
		expect(response?.status()).toBe(403);
	});
});

test.describe('the coverage API', () => {
	test('answers the registry, gaps with illustrative: true, and errors naming the parameter', async ({ request }) => {
		const registry = await (await request.get('/api/metrics')).json();
		expect(registry.data.map((metric: { id: string }) => metric.id)).toContain('referrals_per_investigator');
		const gaps = await (await request.get('/api/gaps')).json();
		expect(gaps).toMatchObject({ illustrative: true, count: 577 });
		expect(gaps.data[0]).toMatchObject({ csduid: expect.any(String), level: expect.any(String), reasons: expect.any(Array), project_p_recommended: expect.any(Boolean) });

		for (const path of ['/api/gaps?period=2025-Q7', '/api/gaps?period=1990-Q1', `/api/communities/${PIKANGIKUM}/metrics?period=soon`, '/api/baselines?period=x']) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(400);
			expect((await response.json()).error.parameter, path).toBe('period');
		}
		expect((await request.get('/api/communities/3599999/metrics')).status()).toBe(404);
		expect((await request.get('/api/services/no-such-service/metrics')).status()).toBe(404);
		expect((await (await request.get('/api/communities/abc/metrics')).json()).error.parameter).toBe('csduid');
		const openapi = await (await request.get('/api/openapi.json')).json();
		expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/gaps', '/api/metrics', '/api/baselines']));
	});
});
