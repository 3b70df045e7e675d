/**
 * Disclosure control through the coverage API, the /gaps CSV export and the community page
 * (domain.md §9): a viewer, who is cleared for no service, sees a count of 1–4 as "<5" and the rates
 * built on it withheld; a planner, cleared for every service, sees the real figure.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAll } from '../support/expect-all';
import { SUPPRESSED, WITHHELD } from '../../src/lib/domain/coverage';
import type { AuthUser } from '../../src/lib/server/auth/user';
import type { PageServerData } from '../../src/routes/communities/[csduid=csduid]/$types';
import { appDatabase } from './test-db';
import { fakeEvent } from './auth-support';
import type { Role } from '../../src/lib/domain/vocabulary';

const NAPS = 'naps';
/** Pikangikum 14, policed by NAPS. */
const PIKANGIKUM = '3560077';

function user(role: Role): AuthUser {
	return { id: 0, username: `disclosure-${role}`, display_name: role, role, police_service_id: null, credential: { kind: 'session', session_hash: 'test' } };
}

function event(routeId: string, path: string, role: Role, params: Record<string, string> = {}): RequestEvent {
	const made = fakeEvent({ routeId, path, params });
	made.locals.user = user(role);
	return made;
}

type Handler = (event: RequestEvent) => Promise<Response>;
interface MetricJson {
	id: string;
	value: unknown;
}

async function serviceMetrics(role: Role): Promise<Map<string, unknown>> {
	const { GET } = (await import('../../src/routes/api/services/[id]/metrics/+server')) as { GET: Handler };
	const body = (await (await GET(event('/api/services/[id]/metrics', `/api/services/${NAPS}/metrics`, role, { id: NAPS }))).json()) as {
		data: { metrics: MetricJson[] };
	};
	return new Map(body.data.metrics.map((metric) => [metric.id, metric.value]));
}

async function gapsCsv(role: Role): Promise<Record<string, string>[]> {
	const { GET } = (await import('../../src/routes/gaps/export.csv/+server')) as { GET: Handler };
	const response = await GET(event('/gaps/export.csv', '/gaps/export.csv', role));
	expect(response.headers.get('content-type')).toContain('text/csv');
	const bytes = new Uint8Array(await response.arrayBuffer());
	// UTF-8 byte-order mark, so spreadsheets read the French accents right.
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	return parseCsv(new TextDecoder().decode(bytes), { columns: true }) as Record<string, string>[];
}

const test = appDatabase();

beforeAll(async () => {
	// Small caseload counts (1–4) for NAPS in every quarter: 1 referral a quarter is 4 over the trailing year.
	await test.db
		.updateTable('ice_quarter')
		.set({ referrals_received: 1, investigations_opened: 2, investigations_concluded: 1, charges_laid: 4, victims_identified: 1, open_backlog: 2, files_referred_project_p: 1 })
		.where('police_service_id', '=', NAPS)
		.execute();
});

describe('the API', () => {
	it('shows a viewer "<5" for counts and "withheld" for rates on them', async () => {
		const values = await serviceMetrics('viewer');
		for (const id of ['referrals_received', 'investigations_opened', 'charges_laid', 'victims_identified', 'open_backlog']) expect(values.get(id)).toBe('<5');
		expect(values.get('project_p_share')).toBe('withheld');
		expect(values.get('clearance_ratio')).toBe('withheld');
	});

	it('shows a planner the real counts and rates', async () => {
		const values = await serviceMetrics('planner');
		expect(values.get('referrals_received')).toBe(1);
		expect(values.get('charges_laid')).toBe(4);
		expect(values.get('project_p_share')).toBe(1);
	});
});

describe('the /gaps CSV export', () => {
	it('withholds from a viewer a reason value that rests on a hidden count, and says the figures are illustrative', async () => {
		const rows = await gapsCsv('viewer');
		const pikangikum = rows.find((row) => row.csduid === PIKANGIKUM);
		// The annualised total includes quarters of 1–4: it is withheld, not "<5" (it may be 16).
		expect(pikangikum?.reasons_en).toContain('referrals over the last four quarters (annualised): withheld');
		expect(pikangikum?.reasons_fr).toContain('(en rythme annuel) : confidentiel');
		expect(pikangikum?.illustrative).toBe('true');
		expectAll(rows, (row) => !/\(annualised\): [1-4]\b/.test(row.reasons_en ?? ''));
	});

	it('gives a planner the count itself', async () => {
		const pikangikum = (await gapsCsv('planner')).find((row) => row.csduid === PIKANGIKUM);
		expect(pikangikum?.reasons_en).toContain('referrals over the last four quarters (annualised): 4');
	});

	it('lists the flagged communities in rank order', async () => {
		const ranks = (await gapsCsv('viewer')).map((row) => Number(row.rank));
		expect(ranks).toEqual(ranks.map((_, i) => i + 1));
	});
});

describe('the community page', () => {
	async function pageData(role: Role): Promise<PageServerData> {
		const { load } = await import('../../src/routes/communities/[csduid=csduid]/+page.server');
		const made = event('/communities/[csduid=csduid]', `/communities/${PIKANGIKUM}`, role, { csduid: PIKANGIKUM });
		return (await load(made as Parameters<typeof load>[0])) as PageServerData;
	}

	it('gives a viewer suppressed counts in the table and in every quarter of the trends', async () => {
		const data = await pageData('viewer');
		expect(data.coverage?.subject.metrics.referrals_received).toEqual(SUPPRESSED);
		expect(data.coverage?.subject.metrics.project_p_share).toEqual(WITHHELD);
		expectAll(data.trends.referrals_received, (point) => point.value === SUPPRESSED || point.value === 0);
		expect(JSON.stringify(data)).not.toMatch(/"referrals_received":[1-4][,}]/);
	});

	it('gives a planner the counts', async () => {
		const data = await pageData('planner');
		expect(data.coverage?.subject.metrics.referrals_received).toBe(1);
		expect(data.trends.referrals_received?.at(-1)?.value).toBe(1);
	});
});
