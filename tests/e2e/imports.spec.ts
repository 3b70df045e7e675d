/**
 * Journey (issue 9): a planner checks a CSV, sees the preview, imports it, finds it in the
 * history, and rolls it back (so the shared end-to-end database is left as it was). A file with
 * errors lists them by row and column. Works without JavaScript: plain form posts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/imports');
const file = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(path.join(fixtures, name)) });

test.use({ account: 'planner', javaScriptEnabled: false });

test('a planner previews a caseload file, imports it, sees it in the history and rolls it back', async ({ page }) => {
	await page.goto('/imports');
	await expect(page.getByRole('heading', { level: 1, name: 'Data imports' })).toBeVisible();
	await page.getByLabel('What the file holds').selectOption('caseload');
	await page.getByLabel(/^File \(CSV/).setInputFiles(file('caseload-good.csv'));
	await page.getByRole('button', { name: 'Check the file' }).click();

	const preview = page.getByTestId('import-preview');
	await expect(preview).toContainText('Preview: nothing has been written yet');
	await expect(page.getByTestId('preview-summary')).toHaveText('3 rows: 0 new, 3 changed, 0 unchanged.');
	// Every changed value, before → after, by row and column.
	const values = page.getByTestId('import-values');
	await expect(values.getByRole('table', { name: 'Each changed value, before → after' })).toBeVisible();
	const toronto = values.locator('tbody tr').filter({ hasText: 'toronto, 2025-Q1' });
	await expect(toronto.first()).toBeVisible();
	await expect(toronto.first().locator('td').last()).toHaveText(/^→\s?\d/);
	await expect(page.getByTestId('import-warnings')).toHaveCount(0);
	await page.screenshot({ path: 'test-results/imports-preview.png', fullPage: true });
	await page.getByRole('button', { name: 'Import these figures' }).click();

	await expect(page.getByTestId('import-status')).toContainText(/Import #\d+ committed: 0 new, 3 changed, 0 unchanged rows\./);
	const row = page.getByTestId('import-history').locator('tbody tr').first();
	await expect(row).toContainText('caseload-good.csv');
	await expect(row).toContainText('planner');
	await expect(page.getByTestId('import-provenance').locator('[data-dataset="caseload"]')).toContainText('Last import #');
	await page.screenshot({ path: 'test-results/imports-history.png', fullPage: true });

	await row.getByRole('button', { name: 'Roll back' }).click();
	await expect(page.getByTestId('import-status')).toContainText(/Import #\d+ rolled back/);
	await expect(page.getByTestId('import-history').locator('tbody tr').first()).toContainText('Rolled back');
});

test('an implausible jump is held until the planner ticks “import anyway”', async ({ page }) => {
	const header = 'police_service_id,period,referrals_received,investigations_opened,investigations_concluded,charges_laid,victims_identified,open_backlog,files_referred_project_p';
	const jump = { name: 'jump.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\r\ntoronto,2025-Q1,99999,540,500,180,30,470,20\r\n`) };
	await page.goto('/imports');
	await page.getByLabel('What the file holds').selectOption('caseload');
	await page.getByLabel(/^File \(CSV/).setInputFiles(jump);
	await page.getByRole('button', { name: 'Check the file' }).click();

	const warnings = page.getByTestId('import-warnings');
	await expect(warnings.getByRole('heading')).toHaveText('Check these figures before importing');
	await expect(warnings.locator('li').filter({ hasText: 'row 2, column referrals_received' })).toContainText('more than three times the median of the last');
	await expect(page.getByTestId('import-values').locator('tbody tr').filter({ hasText: 'referrals_received' })).toContainText(/→\s?99,999/);
	const confirm = page.getByLabel('I have checked these figures: import anyway');
	await expect(confirm).not.toBeChecked();
	// Not ticked: the form does not go through (required), and the server holds it too (tested in the API).
	await page.getByRole('button', { name: 'Import these figures' }).click();
	await expect(page.getByTestId('import-preview')).toBeVisible();
	await expect(page.getByTestId('import-status')).toHaveText('');
	await page.screenshot({ path: 'test-results/imports-warning.png', fullPage: true });

	await confirm.check();
	await page.getByRole('button', { name: 'Import these figures' }).click();
	await expect(page.getByTestId('import-status')).toContainText(/Import #\d+ committed: 0 new, 1 changed, 0 unchanged rows\./);
	// Leave the shared database as it was.
	const row = page.getByTestId('import-history').locator('tbody tr').first();
	await expect(row).toContainText('jump.csv');
	await row.getByRole('button', { name: 'Roll back' }).click();
	await expect(page.getByTestId('import-status')).toContainText(/Import #\d+ rolled back/);
});

test('a file with errors lists each one by row and column, and nothing is imported', async ({ page }) => {
	await page.goto('/imports?lang=fr');
	await page.getByLabel('Contenu du fichier').selectOption('caseload');
	await page.getByLabel(/^Fichier \(CSV/).setInputFiles(file('caseload-bad.csv'));
	await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
	const problems = page.getByTestId('import-problems');
	await expect(problems.getByRole('heading')).toHaveText('9 problèmes ont été relevés : rien n’a été importé');
	await expect(problems.locator('tbody tr').first()).toContainText('referrals_received');
	await expect(problems.locator('tbody tr').first()).toContainText('« 12a » n’est pas un nombre entier');
});

test('the data dictionary links a template for every kind', async ({ page, request }) => {
	await page.goto('/imports/dictionary');
	// capacity, caseload, funding, children, jurisdiction, roster, and the three strategy streams
	await expect(page.locator('section[data-kind]')).toHaveCount(9);
	const template = await request.get('/api/imports/templates/funding.csv');
	expect(template.status()).toBe(200);
	expect((await template.body()).toString('utf8')).toBe('\ufeffpolice_service_id,fiscal_year,amount_dollars\r\n');
});
