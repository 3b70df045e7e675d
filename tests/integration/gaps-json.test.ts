/**
 * GET /api/gaps is assembled from rows written once per data version in both disclosure forms
 * (server/api/gaps-json.ts). For any viewer it must be exactly the text the disclosed view gives,
 * so nobody sees more, or less, than disclosure control allows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearanceFor } from '../../src/lib/domain/clearance';
import type { Clearance } from '../../src/lib/domain/coverage';
import { communityGapJson, isIllustrative } from '../../src/lib/server/api/coverage-json';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chooseEncoding, gapsBody, gapsJson } from '../../src/lib/server/api/gaps-json';
import { choosePeriod, coverageFor } from '../../src/lib/server/coverage';
import { periodFields, type PeriodKey } from '../../src/lib/domain/period';
import { createTestDatabase, type TestDatabase } from './test-db';

let test: TestDatabase;
let period: PeriodKey;
let latest: PeriodKey | undefined;

/** The answer as the route built it before: disclose the whole run, then map and stringify. */
async function reference(cleared: Clearance): Promise<string> {
	const view = await coverageFor(test.db, period, cleared);
	const rank = new Map(view.ranked.communities.map((row, index) => [row.csduid, index + 1]));
	const data = view.communities.map((community) => ({ ...communityGapJson(community), rank: rank.get(community.csduid) ?? null }));
	const services = view.ranked.services.map((row, index) => ({ rank: index + 1, ...row }));
	return JSON.stringify({ ...periodFields(period, latest), illustrative: isIllustrative(view), thresholds: view.thresholds, count: data.length, services, data });
}

beforeAll(async () => {
	test = await createTestDatabase();
	const choice = await choosePeriod(test.db, null);
	if (!choice.ok) throw new Error(choice.message);
	period = choice.period;
	latest = choice.periods.at(-1);
});
afterAll(async () => {
	await test.drop();
});

describe('gapsJson', () => {
	const viewers: [string, Clearance][] = [
		['a planner (every service)', clearanceFor({ role: 'planner', police_service_id: null })],
		['a viewer (no service)', clearanceFor({ role: 'viewer', police_service_id: null })],
		['the Toronto chief (one service)', clearanceFor({ role: 'chief', police_service_id: 'toronto' })],
		['a coordinator (two services)', clearanceFor({ role: 'project_p', police_service_id: null }, new Set(['toronto', 'naps']))]
	];

	it.each(viewers)('gives %s exactly the text of the disclosed view', async (_, cleared) => {
		const text = await gapsJson(test.db, period, cleared);
		expect(text).toBe(await reference(cleared));
		expect((JSON.parse(text) as { data: unknown[] }).data.length).toBeGreaterThan(500);
	});

	it('differs between viewers where a small count is suppressed', async () => {
		const planner = await gapsJson(test.db, period, () => true);
		const viewer = await gapsJson(test.db, period, () => false);
		expect(planner).not.toBe(viewer);
		expect(viewer).toContain('"<5"');
		expect(planner).not.toContain('"<5"');
	});
});

describe('gapsBody', () => {
	it('sends each viewer the bytes of its own text, in every encoding, and reuses them', async () => {
		const toronto = clearanceFor({ role: 'chief', police_service_id: 'toronto' });
		const text = await gapsJson(test.db, period, toronto);
		const identity = await gapsBody(test.db, period, toronto, 'identity');
		expect(identity.toString('utf8')).toBe(text);
		expect(gunzipSync(await gapsBody(test.db, period, toronto, 'gzip')).toString('utf8')).toBe(text);
		expect(brotliDecompressSync(await gapsBody(test.db, period, toronto, 'br')).toString('utf8')).toBe(text);
		// Kept: the same viewer class gets the very same buffer back.
		expect(await gapsBody(test.db, period, clearanceFor({ role: 'chief', police_service_id: 'toronto' }), 'identity')).toBe(identity);
	});

	it('never hands one viewer the bytes kept for another', async () => {
		const planner = await gapsBody(test.db, period, () => true, 'identity');
		const viewer = await gapsBody(test.db, period, () => false, 'identity');
		expect(planner.toString('utf8')).toBe(await reference(() => true));
		expect(viewer.toString('utf8')).toBe(await reference(() => false));
		expect(viewer.toString('utf8')).toContain('"<5"');
	});
});

describe('chooseEncoding', () => {
	it.each([
		['br, gzip', 'br'],
		['gzip, deflate', 'gzip'],
		['gzip;q=0, br;q=0', 'identity'],
		['br;q=0, gzip', 'gzip'],
		['deflate', 'identity'],
		[null, 'identity']
	] as const)('answers %s with %s', (header, expected) => {
		expect(chooseEncoding(header)).toBe(expected);
	});
});
