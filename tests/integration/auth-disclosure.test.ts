/**
 * Disclosure control (domain.md §9): a chief sees their own service's small counts in full; for any
 * other service, counts of 1–4 read "<5" and rates built on them are withheld, through pages, the
 * API and CSV exports alike.
 *
 * EXTEND HERE: when an endpoint, page or export that carries caseload figures lands, add it to
 * SOURCES. The test gives NAPS only small counts, then checks that chief-toronto never receives a
 * NAPS value of a controlled metric as a plain number, while chief-naps (cleared) does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { clearanceFor } from '../../src/lib/domain/clearance';
import { metrics } from '../../src/lib/metrics';
import { MAP_METRICS } from '../../src/lib/domain/atlas-view';
import * as sessions from '../../src/lib/server/auth/sessions';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { appDatabase } from './test-db';
import { createUser, fakeEvent, signIn } from './auth-support';
import { unpackAtlasRows } from '../../src/lib/domain/atlas-rows-wire';

const OWN = 'toronto';
const OTHER = 'naps';
/** A NAPS community (Pikangikum First Nation). */
const OTHER_COMMUNITY = '3560077';
/** Metrics under disclosure control: counts, and rates built on counts (metrics.ts). */
const CONTROLLED = new Set(
	Object.entries(metrics)
		.filter(([, metric]) => metric.disclosure === 'count' || metric.disclosure === 'rate_on_counts')
		.map(([id]) => id)
);
const CONTROLLED_MAP_METRICS = MAP_METRICS.filter((id) => CONTROLLED.has(id));
/**
 * On a community's row, referrals per investigator is its responder's load over every community the
 * responder answers for, computed from public data (small counts replaced by a stand-in at source), so
 * it is not NAPS's figure when an OPP team answers for NAPS; attack-property.test.ts checks it never
 * moves with a hidden NAPS count.
 */
const RESPONDER_LOAD = 'referrals_per_investigator';

/** One figure as a viewer received it. */
interface Observation {
	service_id: string;
	metric: string;
	value: unknown;
}
interface Source {
	name: string;
	observe: (user: AuthUser) => Promise<Observation[]>;
	/** False while the source carries no controlled figures: only the "never leaks" half is checked. */
	carriesFigures: boolean;
}

function eventFor(user: AuthUser, routeId: string, path: string, params: Record<string, string> = {}) {
	const event = fakeEvent({ routeId, path, params });
	event.locals.user = user;
	return event;
}

/** Every controlled field anywhere in a JSON body, attributed to `serviceId`. */
function walk(body: unknown, serviceId: string): Observation[] {
	if (Array.isArray(body)) return body.flatMap((item) => walk(item, serviceId));
	if (body === null || typeof body !== 'object') return [];
	return Object.entries(body).flatMap(([key, value]) => [
		...(CONTROLLED.has(key) ? [{ service_id: serviceId, metric: key, value }] : []),
		...walk(value, serviceId)
	]);
}

async function apiObservations(routeId: string, path: string, params: Record<string, string>, user: AuthUser): Promise<Observation[]> {
	const modules: Record<string, () => Promise<{ GET: (event: never) => Response | Promise<Response> }>> = {
		'/api/services/[id]': () => import('../../src/routes/api/services/[id]/+server'),
		'/api/communities/[csduid]': () => import('../../src/routes/api/communities/[csduid]/+server')
	};
	const load = modules[routeId];
	if (!load) throw new Error(`no module for ${routeId}`);
	const response = await (await load()).GET(eventFor(user, routeId, path, params) as never);
	return walk(await response.json(), OTHER);
}

const SOURCES: Source[] = [
	{
		name: 'GET /api/services/[id] (another service)',
		observe: (user) => apiObservations('/api/services/[id]', `/api/services/${OTHER}`, { id: OTHER }, user),
		carriesFigures: false
	},
	{
		name: 'GET /api/communities/[csduid] (a community of another service)',
		observe: (user) => apiObservations('/api/communities/[csduid]', `/api/communities/${OTHER_COMMUNITY}`, { csduid: OTHER_COMMUNITY }, user),
		carriesFigures: false
	},
	{
		name: 'the atlas map page (/, every map metric of every community)',
		observe: async (user) => {
			const { load } = await import('../../src/routes/(atlas)/+page.server');
			const data = (await load(eventFor(user, '/(atlas)', '/') as never)) as { rowsJson: string };
			return unpackAtlasRows(data.rowsJson).flatMap((row) =>
				Object.entries(row.values).filter(([metric]) => CONTROLLED.has(metric)).map(([metric, value]) => ({ service_id: row.service_id, metric, value }))
			);
		},
		carriesFigures: true
	},
	{
		name: 'the CSV export of the map view (/export/atlas.csv, each controlled metric)',
		observe: async (user) => {
			const { GET } = await import('../../src/routes/export/atlas.csv/+server');
			const observations: Observation[] = [];
			for (const metric of CONTROLLED_MAP_METRICS) {
				const response = await GET(eventFor(user, '/export/atlas.csv', `/export/atlas.csv?metric=${metric}`) as never);
				const rows = parseCsv(await response.text(), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
				observations.push(...rows.map((row) => ({ service_id: row.police_service_id ?? '', metric, value: row.value })));
			}
			return observations;
		},
		carriesFigures: true
	}
];

const isPlainNumber = (value: unknown) => typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()));

const test = appDatabase();
let chiefOwn: AuthUser;
let chiefOther: AuthUser;

beforeAll(async () => {
	// NAPS gets small counts in every quarter, so its trailing sums are small too (at most 4).
	await test.db
		.updateTable('ice_quarter')
		.set({ referrals_received: 1, investigations_opened: 1, investigations_concluded: 1, charges_laid: 1, victims_identified: 1, open_backlog: 2, files_referred_project_p: 1 })
		.where('police_service_id', '=', OTHER)
		.execute();
	const signedIn = async (username: string, service: string) => {
		const row = await createUser(test.db, username, 'chief', service);
		const user = await sessions.validate(test.db, await signIn(test.db, row.id), new Date());
		if (!user) throw new Error('session not valid');
		return user;
	};
	chiefOwn = await signedIn('disclosure-chief-toronto', OWN);
	chiefOther = await signedIn('disclosure-chief-naps', OTHER);
});

describe("a chief cannot read another service's unsuppressed counts", () => {
	it('the clearance predicate built from a signed-in chief covers their own service only', () => {
		expect(clearanceFor(chiefOwn)(OWN)).toBe(true);
		expect(clearanceFor(chiefOwn)(OTHER)).toBe(false);
		expect(clearanceFor(chiefOther)(OTHER)).toBe(true);
	});

	for (const source of SOURCES) {
		it(`through ${source.name}`, async () => {
			const seen = (await source.observe(chiefOwn)).filter((o) => o.service_id === OTHER && o.metric !== RESPONDER_LOAD);
			const leaked = seen.filter((o) => isPlainNumber(o.value));
			expect(leaked, 'NAPS figures under disclosure control reached chief-toronto').toEqual([]);
			if (source.carriesFigures) {
				expect(seen.length, 'the source should show NAPS figures at all').toBeGreaterThan(0);
				const cleared = (await source.observe(chiefOther)).filter((o) => o.service_id === OTHER && o.metric !== RESPONDER_LOAD && isPlainNumber(o.value));
				expect(cleared.length, 'chief-naps, who is cleared, should see NAPS figures in full').toBeGreaterThan(0);
			}
		});
	}
});
