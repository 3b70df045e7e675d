/**
 * Project P assistance, end to end (issue 7, deliverable 8): a chief of the Nishnawbe-Aski Police Service
 * files a request for one of its communities from the coverage flag's pre-filled draft, the Project P
 * coordinator triages it and assigns a roster member, and the map shows the open request as a ring.
 * Each account has a browser context of its own, signed in with POST /api/session. The coordinator
 * works with the keyboard only; axe checks the pages against WCAG 2.0 A/AA, in English and French.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, SIGNED_OUT, test, type DemoAccount } from './fixtures';

const PIKANGIKUM = '3560077'; // policed by NAPS; critical, Project P recommended on the illustrative figures

test.use({ account: null });

async function signedIn(browser: Browser, baseURL: string | undefined, account: DemoAccount): Promise<Page> {
	const context = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
	const answer = await context.request.post('/api/session', { data: { username: account, password: DEMO_PASSWORD } });
	expect(answer.ok(), `${account} signs in`).toBe(true);
	return context.newPage();
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	expect(results.violations.map((v) => `${what}: ${v.id} (${v.nodes.length})`)).toEqual([]);
}

test('a chief files a request, the coordinator triages and assigns it, and the map shows it', async ({ browser, baseURL }) => {
	const chief = await signedIn(browser, baseURL, 'chief-naps');
	const coordinator = await signedIn(browser, baseURL, 'project-p');

	// The chief starts from the community page's flag, which opens the pre-filled draft
	// (with the reminder not to identify victims).
	await chief.goto(`/communities/${PIKANGIKUM}?lang=en`);
	await expect(chief.getByTestId('project-p-history')).toContainText('Project P');
	await chief.getByTestId('request-from-flag').click();
	await expect(chief).toHaveURL(new RegExp(`/project-p/requests/new\\?csduid=${PIKANGIKUM}`));
	await expect(chief.getByRole('heading', { level: 1, name: 'Request Project P assistance' })).toBeVisible();
	await expect(chief.getByTestId('draft-flag')).toContainText('Project P assistance recommended');
	await expect(chief.getByTestId('victim-reminder')).toContainText('Do not identify victims');
	await expect(chief.getByLabel('What help is needed')).toHaveValue(/^Coverage flag \(FY\d{4}-\d{2} Q\d\): level critical/);
	await chief.screenshot({ path: 'test-results/project-p-new.png', fullPage: true });
	await expectNoAxeViolations(chief, 'new request');

	// An identifier is refused with a message pointing at the field; nothing is filed.
	await chief.getByLabel('What help is needed').fill('Victim born on 3 April 2012 needs help.');
	await chief.getByRole('button', { name: 'File the request' }).click();
	await expect(chief.getByTestId('form-errors')).toContainText('What help is needed: remove a date of birth or a full date');
	await expectNoAxeViolations(chief, 'new request with errors');

	await chief.getByLabel('Forensic examination').check();
	await chief.getByLabel('Expected workload').fill('6.5');
	await chief.getByLabel('What help is needed').fill('Devices seized in two files await examination; we have no examiner of our own.');
	await chief.getByRole('button', { name: 'File the request' }).click();
	await expect(chief).toHaveURL(/\/project-p\/requests\/\d+\?filed=1$/);
	const requestPath = new URL(chief.url()).pathname;
	await expect(chief.getByTestId('request-facts')).toContainText('Submitted');
	await expect(chief.getByTestId('request-facts')).toContainText('Forensic examination');

	// The coordinator finds it at the head of the queue and works it with the keyboard only.
	await coordinator.goto('/project-p?lang=en');
	const row = coordinator.locator(`[data-testid="queue"] tr[data-csduid="${PIKANGIKUM}"]`);
	await expect(row).toContainText('Forensic examination');
	await expect(row).toContainText('Critical');
	await coordinator.screenshot({ path: 'test-results/project-p-queue.png', fullPage: true });
	await expectNoAxeViolations(coordinator, 'queue');

	await coordinator.goto(`${requestPath}?lang=en`);
	await coordinator.getByRole('button', { name: 'Mark as triaged' }).focus();
	await coordinator.keyboard.press('Enter');
	await expect(coordinator).toHaveURL(/done=triaged/);
	await expect(coordinator.getByTestId('request-facts')).toContainText('Triaged');

	// Assignments are in FTE-weeks, the unit of the ask: 6.5 is half time for the quarter.
	const input = coordinator.getByLabel('FTE-weeks for Illustrative detective D12');
	await input.focus();
	await coordinator.keyboard.type('6.5');
	await coordinator.getByRole('button', { name: 'Assign and mark as assigned' }).focus();
	await coordinator.keyboard.press('Enter');
	await expect(coordinator).toHaveURL(/done=assigned/);
	await expect(coordinator.getByTestId('request-assignments')).toContainText('Illustrative detective D12');
	await expect(coordinator.getByTestId('running-total')).toContainText('Assigned 6.5');
	await expect(coordinator.locator('[data-testid="request-history"] tbody tr')).toHaveCount(3);
	await coordinator.screenshot({ path: 'test-results/project-p-request.png', fullPage: true });
	await expectNoAxeViolations(coordinator, 'request page');

	// The chief sees the new status; the request is on the map, for the chief and for the coordinator.
	await chief.goto(`${requestPath}?lang=en`);
	await expect(chief.getByTestId('request-facts')).toContainText('Assigned');
	await expect(chief.getByTestId('next-steps')).toHaveCount(0);
	for (const page of [chief, coordinator]) {
		await page.goto('/?lang=en');
		await expect(page.locator(`[data-request-csduid="${PIKANGIKUM}"]`)).toHaveCount(1);
	}
	await expect(coordinator.locator('[data-class-id="requests"]')).toBeVisible();

	// The same pages in French pass axe too.
	for (const path of ['/project-p?lang=fr', `${requestPath}?lang=fr`, '/project-p/roster?lang=fr', `/project-p/requests/new?csduid=${PIKANGIKUM}&lang=fr`]) {
		await coordinator.goto(path);
		await expectNoAxeViolations(coordinator, path);
	}
	await coordinator.context().close();
	await chief.context().close();
});

test('another service’s chief cannot file for the community, and a viewer sees no request', async ({ browser, baseURL }) => {
	const chief = await signedIn(browser, baseURL, 'chief-toronto');
	await chief.goto(`/project-p/requests/new?csduid=${PIKANGIKUM}&lang=en`);
	await expect(chief.getByTestId('not-allowed')).toContainText('Nishnawbe-Aski Police Service');
	await expect(chief.getByTestId('request-form')).toHaveCount(0);
	const refused = await chief.request.post('/api/project-p/requests', {
		data: { csduid: PIKANGIKUM, kind: 'training', urgency: 'routine', description: 'Training for our investigators.' }
	});
	expect(refused.status()).toBe(403);
	expect((await refused.json()).error.parameter).toBe('csduid');

	const viewer = await signedIn(browser, baseURL, 'viewer');
	expect((await viewer.goto('/project-p?lang=en'))?.status()).toBe(403);
	await viewer.goto('/?lang=en');
	await expect(viewer.locator('[data-request-csduid]')).toHaveCount(0);
	await chief.context().close();
	await viewer.context().close();
});
