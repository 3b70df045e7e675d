/**
 * The gaps use case serves both /gaps and its CSV export: for the same URL they must agree on which
 * communities match, and a period that does not exist is refused by both without touching anything.
 */
import { describe, expect, it } from 'vitest';
import { gapsExport, gapsPage } from '../../src/lib/server/services/gaps';
import { appDatabase } from './test-db';
import { fakeEvent } from './auth-support';

appDatabase();

function event(query: string) {
	return fakeEvent({ routeId: '/gaps', path: `/gaps?${query}` });
}

/** The csduid column of the CSV body, header and byte-order mark left out. */
function csvIds(csv: string): string[] {
	return csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split(/\r?\n/)
		.slice(1)
		.map((line) => line.split(',')[1] ?? '');
}


describe('the gaps use case', () => {
	it('gives the page and the CSV export the same matching communities, in rank order', async () => {
		for (const query of ['period=2025-Q2', 'period=2025-Q2&level=critical&level=gap', 'period=2025-Q2&kind=opp']) {
			const page = await gapsPage(event(query));
			const csv = await gapsExport(event(query));
			if (!page.ok || !csv.ok) throw new Error(`expected both to answer for ${query}`);
			const ids = csvIds(csv.csv);
			expect(ids).toHaveLength(page.page.matching);
			expect(page.page.rows.map((row) => row.csduid)).toEqual(ids.slice(0, page.page.rows.length));
		}
	});

	it('filters: every row shown has a chosen level, and the counts add up to the matching total', async () => {
		const page = await gapsPage(event('period=2025-Q2&level=critical'));
		if (!page.ok) throw new Error('expected a page');
		expect(page.page.matching).toBeGreaterThan(0);
		expect(page.page.rows.length).toBeGreaterThan(0);
		expect(page.page.rows.filter((row) => row.level !== 'critical')).toEqual([]);
		expect(page.page.matchingCounts.critical).toBe(page.page.matching);
	});

	it('refuses a period with no data, naming why, in both doors', async () => {
		const page = await gapsPage(event('period=1999-Q1'));
		const csv = await gapsExport(event('period=1999-Q1'));
		expect(page).toMatchObject({ ok: false });
		expect(csv).toMatchObject({ ok: false });
		if (!page.ok) expect(page.message.length).toBeGreaterThan(0);
	});
});
