/**
 * Labels a reader can trust, in both languages: pickers that are not cut off in French, CSV exports
 * in the viewer's language, community pages without compilers' notes and with the right children
 * share, and the clearance ratio saying what period it covers.
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ account: 'planner' });

const ATTAWAPISKAT = '3560051';

/** Options whose text is wider than the select's text box (the select shows it cut off). */
async function cutOffOptions(page: Page): Promise<string[]> {
	return page.getByLabel('Indicateur').evaluate((node) => {
		const select = node as HTMLSelectElement;
		const style = getComputedStyle(select);
		const context = document.createElement('canvas').getContext('2d');
		if (!context) return ['no canvas'];
		context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
		// The text box: the select's width less its padding and borders (the arrow sits in the right padding).
		const box = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
		return [...select.options].filter((option) => context.measureText(option.text).width > box).map((option) => option.text);
	});
}

for (const viewport of [{ width: 1366, height: 900 }, { width: 390, height: 844 }]) {
	test(`the French metric picker shows every name whole at ${viewport.width} px`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/?lang=fr');
		await expect(page.getByLabel('Indicateur')).toBeVisible();
		expect(await page.getByLabel('Indicateur').locator('option').count()).toBeGreaterThan(5);
		expect(await cutOffOptions(page)).toEqual([]);
		// The full name heads the map.
		await expect(page.locator('#atlas-map-title')).toContainText('Niveau de lacune de couverture');
	});
}

test('the map CSV follows the viewer’s language: headers, regions and service names', async ({ request }) => {
	const french = await (await request.get('/export/atlas.csv?lang=fr')).text();
	const [header, ...lines] = french.replace(/^\uFEFF/, '').split('\r\n');
	expect(header).toBe('sdridu,collectivite,id_service_police,service_police,region_ppo,periode,periode_libelle,indicateur,valeur,niveau_lacune,projet_p_recommande,illustratif');
	expect(lines.some((line) => line.includes('Service de police de Toronto'))).toBe(true);
	expect(lines.some((line) => line.includes('Nord-Ouest'))).toBe(true);
	expect(french).not.toContain('Toronto Police Service');

	const english = await (await request.get('/export/atlas.csv?lang=en')).text();
	expect(english.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^csduid,community,police_service_id,police_service,opp_region/);
	expect(english).toContain('Toronto Police Service');
	expect(english).toContain('North West');
});

test('the gaps CSV follows the viewer’s language too', async ({ request }) => {
	const french = await (await request.get('/gaps/export.csv?lang=fr')).text();
	const [header, ...lines] = french.replace(/^\uFEFF/, '').split('\r\n');
	expect((header ?? '').split(',').slice(0, 4)).toEqual(['rang', 'sdridu', 'collectivite', 'id_service_police']);
	expect(lines.some((line) => /Nord-(Ouest|Est)/.test(line))).toBe(true);
});

test('Attawapiskat’s page has no internal note and names the reserve share of children', async ({ page }) => {
	await page.goto(`/communities/${ATTAWAPISKAT}?lang=en`);
	await expect(page.locator('h1')).toContainText('Attawapiskat');
	await expect(page.locator('main')).not.toContainText(/verify/i);
	const note = page.getByTestId('children-note');
	await expect(note).toContainText(/30\s?%/);
	await expect(note).toContainText('assumed share for First Nations reserves');
	await expect(note).toContainText(/19\.5\s?%/);

	await page.goto('/communities/3520005?lang=en');
	await expect(page.getByTestId('children-note')).toContainText(/19\.5\s?%, Ontario’s share of children in the 2021 Census/);
});

test('the clearance ratio says it covers four quarters', async ({ page }) => {
	await page.goto('/services/toronto?lang=en');
	await expect(page.locator('main')).toContainText('Clearance ratio (4 quarters)');
	await expect(page.locator('main')).not.toContainText(/Clearance ratio(?! \(4 quarters\)| over four quarters)/);
});
