/**
 * The map page's rows are kept per viewer class (routes/(atlas)/+page.server.ts): viewers cleared for
 * the same services share one text, viewers cleared differently never do, and a change of the data
 * or of the language gives new rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { unpackAtlasRows } from '../../src/lib/domain/atlas-rows-wire';
import { appDatabase } from './test-db';
import { fakeEvent } from './auth-support';

const test = appDatabase();

function user(id: number, role: AuthUser['role'], police_service_id: string | null = null): AuthUser {
	return { id, username: `rows-${id}`, display_name: role, role, police_service_id, credential: { kind: 'session', session_hash: `s${id}` } };
}

async function rowsJson(who: AuthUser, locale: 'en' | 'fr' = 'en'): Promise<string> {
	const { load } = await import('../../src/routes/(atlas)/+page.server');
	const event = fakeEvent({ routeId: '/(atlas)', path: '/' });
	event.locals.user = who;
	event.locals.locale = locale;
	return ((await load(event as never)) as { rowsJson: string }).rowsJson;
}

beforeAll(async () => {
	// Small NAPS counts, so that disclosure control has something to hide from everyone but NAPS.
	await test.db.updateTable('ice_quarter').set({ referrals_received: 2, charges_laid: 1 }).where('police_service_id', '=', 'naps').execute();
});

describe('the map page rows', () => {
	it('are one text for every viewer of a class and differ between classes', async () => {
		const plannerA = await rowsJson(user(1, 'planner'));
		const plannerB = await rowsJson(user(2, 'planner'));
		expect(plannerB).toBe(plannerA);
		const naps = await rowsJson(user(3, 'chief', 'naps'));
		const toronto = await rowsJson(user(4, 'chief', 'toronto'));
		const viewer = await rowsJson(user(5, 'viewer'));
		expect(new Set([plannerA, naps, viewer]).size).toBe(3);
		// Cleared for Toronto only, whose counts are not small here: the same figures as any viewer sees.
		const napsRow = (json: string) => unpackAtlasRows(json).filter((row) => row.service_id === 'naps');
		expect(napsRow(naps).length).toBeGreaterThan(0);
		expect(JSON.stringify(napsRow(toronto))).toBe(JSON.stringify(napsRow(viewer)));
		expect(JSON.stringify(napsRow(naps))).not.toBe(JSON.stringify(napsRow(viewer)));
	});

	it('follow the language and the data version', async () => {
		const english = await rowsJson(user(1, 'planner'));
		const french = await rowsJson(user(1, 'planner'), 'fr');
		expect(french).not.toBe(english);
		await test.db.updateTable('community').set({ name: 'Renamed Township' }).where('csduid', '=', '3560077').execute();
		const after = await rowsJson(user(1, 'planner'));
		expect(after).toContain('Renamed Township');
		expect(english).not.toContain('Renamed Township');
	});
});
