import { expect, test } from './fixtures';

test.use({ account: 'planner' });

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

test('the comparison and stream exports follow the viewer’s language: headers and names', async ({ request }) => {
	const comparison = lines(await (await request.get('/compare/toronto/comparison.csv?lang=fr')).text());
	expect(comparison[0]).toMatch(/^type_ligne,periode,periode_libelle,id_service_police,element,libelle,/);
	expect(comparison.some((line) => line.startsWith('metric,') && line.includes('Renvois'))).toBe(true);
	expect(comparison.join('\n')).not.toContain('Police Service,');

	const prevention = lines(await (await request.get('/streams/prevention/export.csv?lang=fr')).text());
	expect(prevention[0]).toMatch(/^sdridu,collectivite,id_service_police,annee_scolaire,/);
	expect(prevention.length).toBeGreaterThan(1);

	const training = lines(await (await request.get('/streams/training/export.csv?lang=fr')).text());
	expect(training[0]).toMatch(/^type_bureau,id_bureau,bureau,/);
	expect(training.some((line) => line.includes('Service de police de Toronto'))).toBe(true);
	expect(training.join('\n')).not.toContain('Toronto Police Service');

	const registry = lines(await (await request.get('/streams/registry/export.csv?lang=fr')).text());
	expect(registry[0]).toMatch(/^id_programme,id_service_police,service_police,periode,periode_libelle,/);
	expect(registry.some((line) => line.includes('Service de police de Toronto'))).toBe(true);

	const english = lines(await (await request.get('/streams/training/export.csv?lang=en')).text());
	expect(english[0]).toMatch(/^office_kind,office_id,office,/);
	expect(english.some((line) => line.includes('Toronto Police Service'))).toBe(true);
});

test('the allocation scenario export follows the viewer’s language', async ({ page }) => {
	await page.goto('/allocations/new?lang=en');
	await page.getByLabel('Scenario name').fill(`E2E French export ${Date.now()}`);
	await page.getByRole('button', { name: 'Save scenario' }).click();
	await expect(page).toHaveURL(/\/allocations\/\d+\?done=created/);
	const id = new URL(page.url()).pathname.split('/').at(-1);
	const french = lines(await (await page.request.get(`/allocations/${id}/export.csv?lang=fr`)).text());
	expect(french[0]).toMatch(/^id_scenario,scenario,statut,periode,periode_libelle,id_service_police,service_police,admissible,montant_cents,/);
	expect(french[0]).toContain('formule_renvois_cents');
	expect(french.some((line) => line.includes('Service de police de Toronto'))).toBe(true);
	expect(french.join('\n')).not.toContain('Toronto Police Service');
});
