/**
 * Pages say when the latest figures are more than two quarters old (domain/data-age.ts). Whether the
 * notice shows depends on today's date, so the expectation is worked out from the same rule and the
 * latest quarter the API reports, and the test checks both that it shows when due and not otherwise.
 */
import { ontarioDate, staleData } from '../../src/lib/domain/data-age';
import { expect, test } from './fixtures';

test.use({ account: 'planner' });

const PAGES = ['/', '/gaps', '/communities/3560077', '/services/toronto', '/compare', '/compare/toronto', '/allocations'];

test('the map, gaps, community, service, compare and allocation pages warn about old data, in both languages', async ({ page, request }) => {
	const answer = (await (await request.get('/api/baselines')).json()) as { period: `${number}-Q${1 | 2 | 3 | 4}`; data_as_of: string };
	expect(answer.data_as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	const due = staleData(answer.period, ontarioDate(new Date()));
	for (const path of PAGES) {
		await page.goto(path);
		const notice = page.locator('[data-stale-data]');
		if (due) {
			await expect(notice, path).toHaveText(`The latest figures are for ${due.label_en}, which ended on ${due.ended}: more than two quarters ago.`);
		} else {
			await expect(notice, path).toHaveCount(0);
		}
	}
	await page.goto('/gaps?lang=fr');
	if (due) await expect(page.locator('[data-stale-data]')).toContainText(`${due.label_fr}, qui s’est terminé le ${due.ended}`);
});
