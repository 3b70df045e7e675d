/**
 * Strategy streams (issue 10) against a real, seeded database: the illustrative seed step is idempotent,
 * the registry API answers planners only (through the same hook code every request runs), and the
 * prevention and training APIs answer every signed-in reader with flagged, illustrative figures.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAll } from '../support/expect-all';
import { openApiDocument } from '../../src/lib/server/api/openapi/document';
import { authorizeAndResolve } from '../../src/lib/server/auth/handle';
import { seedDatabase } from '../../src/lib/server/seed/seed';
import * as preventionApi from '../../src/routes/api/streams/prevention/+server';
import * as registryApi from '../../src/routes/api/streams/registry/+server';
import * as trainingApi from '../../src/routes/api/streams/training/+server';
import { createUser, fakeEvent, signIn } from './auth-support';
import { appDatabase } from './test-db';
import type { Role } from '../../src/lib/domain/vocabulary';

const test = appDatabase();
const sessions = new Map<string, string>();

beforeAll(async () => {
	const people: [string, Role, string | null][] = [
		['streams-viewer', 'viewer', null],
		['streams-planner', 'planner', null],
		['streams-chief', 'chief', 'toronto']
	];
	for (const [username, role, service] of people) {
		const user = await createUser(test.db, username, role, service);
		sessions.set(role, await signIn(test.db, user.id));
	}
});

const HANDLERS: Record<string, (event: RequestEvent) => Response | Promise<Response>> = {
	'/api/streams/prevention': preventionApi.GET as (event: RequestEvent) => Promise<Response>,
	'/api/streams/training': trainingApi.GET as (event: RequestEvent) => Promise<Response>,
	'/api/streams/registry': registryApi.GET as (event: RequestEvent) => Promise<Response>
};

async function get(role: Role, routeId: keyof typeof HANDLERS, path: string): Promise<Response> {
	const event = fakeEvent({ path, routeId, sessionId: sessions.get(role) });
	const handler = HANDLERS[routeId];
	if (!handler) throw new Error(`no handler for ${routeId}`);
	return authorizeAndResolve(event, () => handler(event), { db: async () => test.db, publicView: false, production: true });
}

const STREAM_TABLES = ['stream_prevention', 'stream_training', 'stream_registry_program', 'stream_registry_quarter'] as const;

describe('illustrative stream seed', () => {
	it('has written every stream table, every row flagged illustrative', async () => {
		for (const table of STREAM_TABLES) {
			const rows = await test.db.selectFrom(table).select('illustrative').execute();
			expect(rows.length, table).toBeGreaterThan(0);
			expectAll(rows, (row) => row.illustrative, table);
		}
	});

	it('changes nothing when run again', async () => {
		const reports = await seedDatabase(test.db);
		const streams = reports.filter((report) => report.table.startsWith('stream_'));
		expect(streams.map((report) => report.table).sort()).toEqual([...STREAM_TABLES].sort());
		for (const report of streams) expect(report, report.table).toMatchObject({ inserted: 0, updated: 0, unchanged: report.rows });
	});

	it('shapes the first registry program on the Toronto pilot: two years, about 1,000 registrants, $700,000', async () => {
		const program = await test.db.selectFrom('stream_registry_program').selectAll().executeTakeFirstOrThrow();
		expect(program).toMatchObject({ police_service_id: 'toronto', budget_cents: 70_000_000, target_registrants: 1000 });
		const quarters = await test.db.selectFrom('stream_registry_quarter').select('period').where('program_id', '=', program.id).execute();
		expect(quarters).toHaveLength(8);
	});
});

describe('GET /api/streams/registry', () => {
	it('refuses a viewer and a chief with 403', async () => {
		for (const role of ['viewer', 'chief'] as const) {
			const response = await get(role, '/api/streams/registry', '/api/streams/registry');
			expect(response.status, role).toBe(403);
		}
	});

	it('answers a planner with aggregates per service only, flagged illustrative', async () => {
		const response = await get('planner', '/api/streams/registry', '/api/streams/registry?period=2025-Q2');
		expect(response.status).toBe(200);
		const body = (await response.json()) as { period: string; illustrative: boolean; data: Record<string, unknown>[] };
		expect(body).toMatchObject({ period: '2025-Q2', illustrative: true });
		expect(body.data).toHaveLength(1);
		expect(Object.keys(body.data[0] ?? {}).sort()).toEqual(
			['illustrative', 'non_compliant_located', 'period', 'period_end', 'period_label', 'period_label_fr', 'period_start', 'police_service_id', 'program_id', 'registrants', 'registry_verification_rate', 'verifications_done'].sort()
		);
	});

	it('names the parameter of a malformed quarter in a 400', async () => {
		const response = await get('planner', '/api/streams/registry', '/api/streams/registry?period=2025-Q9');
		expect(response.status).toBe(400);
		expect(((await response.json()) as { error: { parameter: string } }).error.parameter).toBe('period');
	});
});

describe('GET /api/streams/prevention and /api/streams/training', () => {
	it('answers a viewer with prevention reach per community and the no-reach flag', async () => {
		const response = await get('viewer', '/api/streams/prevention', '/api/streams/prevention?school_year=2024-25');
		expect(response.status).toBe(200);
		const body = (await response.json()) as { school_year: string; illustrative: boolean; data: { flags: string[]; coverage_level: string | null; students_reached: number }[] };
		expect(body).toMatchObject({ school_year: '2024-25', illustrative: true });
		expect(body.data.length).toBeGreaterThan(500);
		for (const row of body.data.filter((r) => r.flags.includes('no_prevention_reach'))) {
			expect(['gap', 'critical']).toContain(row.coverage_level);
			expect(row.students_reached).toBe(0);
		}
	});

	it('rejects a school year that is not one (2024-26) with a 400 naming school_year', async () => {
		const response = await get('viewer', '/api/streams/prevention', '/api/streams/prevention?school_year=2024-26');
		expect(response.status).toBe(400);
		expect(((await response.json()) as { error: { parameter: string } }).error.parameter).toBe('school_year');
	});

	it('answers a chief with training per police service and Crown office', async () => {
		const response = await get('chief', '/api/streams/training', '/api/streams/training');
		expect(response.status).toBe(200);
		const body = (await response.json()) as { data: { office_kind: string; flags: string[] }[] };
		expect(body.data.filter((row) => row.office_kind === 'crown_office')).toHaveLength(7);
		expect(body.data.filter((row) => row.office_kind === 'crown_office' && row.flags.length > 0)).toHaveLength(0);
	});
});

describe('OpenAPI', () => {
	it('describes the three stream paths', () => {
		const paths = Object.keys(openApiDocument().paths);
		expect(paths).toEqual(expect.arrayContaining(['/api/streams/prevention', '/api/streams/training', '/api/streams/registry']));
	});
});
