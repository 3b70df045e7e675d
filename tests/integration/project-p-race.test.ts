/**
 * Two coordinators assigning the same detective at once (issue 7, deliverable 7), against real
 * PostgreSQL over separate connections: exactly one succeeds, the other gets a 409, and the detective is
 * never over-assigned. To be sure the two really overlap, a third connection first holds the
 * detective's availability row; both assignments start and wait on it, then it is released.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAll } from '../support/expect-all';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { createDb, type AtlasDb } from '../../src/lib/server/db/client';
import { changeStatus } from '../../src/lib/server/project-p/change-status';
import { fileRequest } from '../../src/lib/server/project-p/file-request';
import { createUser } from './auth-support';
import { createTestDatabase, type TestDatabase } from './test-db';
import type { Role } from '../../src/lib/domain/vocabulary';

const NOW = new Date('2026-11-29T15:00:00Z');
const PERIOD = '2026-Q3';
const MEMBER = 'RACE-D1';

let test: TestDatabase;
let second: AtlasDb;
let coordinators: [AuthUser, AuthUser];

async function user(username: string, role: Role, service: string | null = null): Promise<AuthUser> {
	const row = await createUser(test.db, username, role, service);
	return { id: row.id, username, display_name: username, role, police_service_id: service, credential: { kind: 'session', session_hash: 'test' } };
}

const context = (actor: AuthUser) => ({ actor, client_address: null, now: NOW });

async function triagedRequest(csduid: string): Promise<number> {
	const filed = await fileRequest(
		test.db,
		{ csduid, kind: 'investigation_support', urgency: 'urgent', expected_fte_weeks: null, description: 'Race test request.' },
		context(coordinators[0])
	);
	if (!filed.ok) throw new Error('filing failed');
	const triaged = await changeStatus(test.db, filed.value.id, { status: 'triaged' }, context(coordinators[0]));
	if (!triaged.ok) throw new Error('triage failed');
	return filed.value.id;
}

/** Holds MEMBER's availability row until the returned function is called. */
async function holdAvailability(): Promise<() => Promise<void>> {
	const client = new pg.Client({ connectionString: test.url });
	await client.connect();
	await client.query('begin');
	await client.query('select 1 from project_p_availability where member_id = $1 and period = $2 for update', [MEMBER, PERIOD]);
	return async () => {
		await client.query('commit');
		await client.end();
	};
}

async function committed(): Promise<number> {
	const row = await test.db
		.selectFrom('project_p_assignment as a')
		.innerJoin('project_p_request as r', 'r.id', 'a.request_id')
		.select((eb) => eb.fn.coalesce(eb.fn.sum<number>('a.fte'), eb.lit(0)).as('fte'))
		.where('a.member_id', '=', MEMBER)
		.where('a.period', '=', PERIOD)
		.where('r.status', 'in', ['assigned', 'active'])
		.executeTakeFirstOrThrow();
	return Number(row.fte);
}

const settledSoon = (promise: Promise<unknown>, ms: number) =>
	Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

beforeAll(async () => {
	test = await createTestDatabase();
	second = createDb(test.url, 2);
	coordinators = [await user('race-coordinator-1', 'project_p'), await user('race-coordinator-2', 'project_p')];
	// A member of its own, available half time in the quarter, so each test knows the capacity exactly.
	await test.db.insertInto('project_p_member').values({ id: MEMBER, name: 'Race detective', role: 'detective', home_region: 'North West', active: true }).execute();
	await test.db.insertInto('project_p_availability').values({ member_id: MEMBER, period: PERIOD, fte: 0.5 }).execute();
});
afterAll(async () => {
	await second.destroy();
	await test.drop();
});

describe('concurrent assignment', () => {
	it('two coordinators assigning the same detective to two requests: one wins, the other gets 409', async () => {
		const [first, other] = [await triagedRequest('3560077'), await triagedRequest('3560095')];
		const release = await holdAvailability();
		const attempts = [
			changeStatus(test.db, first, { status: 'assigned', assignments: [{ member_id: MEMBER, fte: 0.4 }], period: PERIOD }, context(coordinators[0])),
			changeStatus(second, other, { status: 'assigned', assignments: [{ member_id: MEMBER, fte: 0.4 }], period: PERIOD }, context(coordinators[1]))
		];
		// Both are waiting on the held row: neither has finished.
		expect(await settledSoon(Promise.race(attempts), 300)).toBe(false);
		await release();
		const outcomes = await Promise.all(attempts);
		expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
		const loser = outcomes.find((o) => !o.ok);
		expect(loser).toMatchObject({ ok: false, status: 409, errors: [{ field: 'assignments[0].fte' }] });
		expect(await committed()).toBe(0.4);
		// The loser's request is untouched: still triaged, no assignment, no history entry for it.
		const losingId = outcomes[0]?.ok ? other : first;
		const losing = await test.db.selectFrom('project_p_request').select('status').where('id', '=', losingId).executeTakeFirstOrThrow();
		expect(losing.status).toBe('triaged');
		const events = await test.db.selectFrom('project_p_request_event').select('to_status').where('request_id', '=', losingId).execute();
		expect(events.map((e) => e.to_status)).toEqual(['submitted', 'triaged']);
		// Free the member for the next test.
		const winner = outcomes[0]?.ok ? first : other;
		await changeStatus(test.db, winner, { status: 'active' }, context(coordinators[0]));
		await changeStatus(test.db, winner, { status: 'closed' }, context(coordinators[0]));
		expect(await committed()).toBe(0);
	});

	it('two coordinators assigning the same request at once: one wins, the other is told it is already assigned', async () => {
		const id = await triagedRequest('3560077');
		const outcomes = await Promise.all([
			changeStatus(test.db, id, { status: 'assigned', assignments: [{ member_id: MEMBER, fte: 0.2 }], period: PERIOD }, context(coordinators[0])),
			changeStatus(second, id, { status: 'assigned', assignments: [{ member_id: MEMBER, fte: 0.2 }], period: PERIOD }, context(coordinators[1]))
		]);
		expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
		expect(outcomes.find((o) => !o.ok)).toMatchObject({ ok: false, status: 409, errors: [{ field: 'status', message_en: 'status: a request that is assigned cannot become assigned; from assigned it can become active.' }] });
		expect(await committed()).toBe(0.2);
	});

	it('many assignments racing for the same detective never exceed the availability', async () => {
		const ids = await Promise.all(['3560077', '3560095', '3552052', '3552056', '3556093', '3520005'].map(triagedRequest));
		const outcomes = await Promise.all(
			ids.map((id, index) =>
				changeStatus(index % 2 === 0 ? test.db : second, id, { status: 'assigned', assignments: [{ member_id: MEMBER, fte: 0.1 }], period: PERIOD }, context(coordinators[index % 2 === 0 ? 0 : 1]))
			)
		);
		// 0.2 already held by the previous test: 0.3 left, so exactly three of the six 0.1 FTE asks fit.
		expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
		expectAll(outcomes.filter((o) => !o.ok), (o) => !o.ok && o.status === 409);
		expect(await committed()).toBe(0.5);
	});
});
