/**
 * The community and service page use cases: an unknown subject and a quarter without data are
 * outcomes the route can answer (404, 400), never a thrown 500; a known subject's coverage is the
 * quarter asked for, and the service's community levels are that quarter's.
 */
import { describe, expect, it } from 'vitest';
import { communityPage, servicePage } from '../../src/lib/server/services/subject-pages';
import { appDatabase } from './test-db';

appDatabase();
const locals = (): App.Locals => ({ locale: 'fr', user: null }) as App.Locals;


describe('the subject page use cases', () => {
	it('answers not_found for an unknown community or service', async () => {
		expect(await communityPage('3599999', { locals: locals(), period: null })).toEqual({ status: 'not_found' });
		expect(await servicePage('no-such-service', { locals: locals(), period: null })).toEqual({ status: 'not_found' });
	});

	it('answers bad_period, naming why, for a quarter without data', async () => {
		const outcome = await communityPage('3560077', { locals: locals(), period: '1999-Q1' });
		expect(outcome.status).toBe('bad_period');
		if (outcome.status === 'bad_period') expect(outcome.message.length).toBeGreaterThan(0);
	});

	it("gives a community the quarter asked for, in the reader's language, with trends", async () => {
		const outcome = await communityPage('3560077', { locals: locals(), period: '2025-Q2' });
		if (outcome.status !== 'ok') throw new Error(`expected a page, got ${outcome.status}`);
		expect(outcome.page.community.csduid).toBe('3560077');
		expect(outcome.page.coverage?.period).toBe('2025-Q2');
		expect(outcome.page.coverage?.periods).toContain('2025-Q2');
		expect(Object.values(outcome.page.trends).some((points) => (points?.length ?? 0) > 0)).toBe(true);
		expect(outcome.page.coverage?.responder.name).toBe(outcome.page.coverage?.subject.responder_name.fr);
		expect(outcome.page.projectP.visible).toBe(false);
	});

	it("lists a service's communities with that quarter's levels", async () => {
		const outcome = await servicePage('toronto', { locals: locals(), period: '2025-Q2' });
		if (outcome.status !== 'ok') throw new Error(`expected a page, got ${outcome.status}`);
		expect(outcome.page.communities.length).toBeGreaterThan(0);
		expect(outcome.page.communities.filter((row) => row.level === null)).toEqual([]);
		expect(outcome.page.coverage?.subject.police_service_id).toBe('toronto');
	});
});
