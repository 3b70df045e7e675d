/**
 * The OPP requests support too, against real PostgreSQL: an OPP regional account files through the same
 * request workflow for the communities its team answers for (own and assisted) and for no other; it sees
 * only its team's requests; filing and even assignment of its own request clear Project P for nothing;
 * planners see its open request with what was asked and assigned, in FTE-weeks; the demo seed files its
 * illustrative requests once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOBODY_CLEARED } from '../../src/lib/domain/coverage';
import { requestScope } from '../../src/lib/domain/project-p/permissions';
import { ensureDemoUsers } from '../../src/lib/server/auth/demo-users';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { changeStatus } from '../../src/lib/server/project-p/change-status';
import * as clearance from '../../src/lib/server/project-p/clearance';
import { latestFlags } from '../../src/lib/server/project-p/coverage-flag';
import { fileRequest } from '../../src/lib/server/project-p/file-request';
import { openOppSupportItems } from '../../src/lib/server/project-p/opp-support';
import * as requests from '../../src/lib/server/project-p/requests';
import { ensureDemoRequests } from '../../src/lib/server/seed/demo-requests';
import { createUser } from './auth-support';
import { createTestDatabase, type TestDatabase } from './test-db';
import type { Role, OppRegion } from '../../src/lib/domain/vocabulary';

let test: TestDatabase;
let northWest: AuthUser;
let east: AuthUser;
let coordinator: AuthUser;
let chiefToronto: AuthUser;
/** A community the North West team answers for as the OPP's own, one it assists, and one it does not answer for. */
const place = { own: '', assisted: '', elsewhere: '' };

async function user(username: string, role: Role, service: string | null = null, region: OppRegion | null = null): Promise<AuthUser> {
	const row = await createUser(test.db, username, role, service, region);
	return { id: row.id, username, display_name: username, role, police_service_id: service, opp_region: region, credential: { kind: 'session', session_hash: 'test' } };
}

const context = (actor: AuthUser) => ({ actor, client_address: '192.0.2.7', now: new Date() });
const surge = (csduid: string) => ({ csduid, kind: 'surge_support' as const, urgency: 'high' as const, expected_fte_weeks: 13, description: 'The team is over its load thresholds.' });

beforeAll(async () => {
	test = await createTestDatabase();
	northWest = await user('opp-nw-test', 'opp_region', 'opp', 'North West');
	east = await user('opp-east-test', 'opp_region', 'opp', 'East');
	coordinator = await user('coordinator-test', 'project_p');
	chiefToronto = await user('chief-toronto-test', 'chief', 'toronto');
	const communities = [...(await latestFlags(test.db, NOBODY_CLEARED)).values()].map((flag) => flag.community);
	place.own = communities.find((c) => c.responder_id === 'opp-north-west' && c.relationship === 'opp')?.csduid ?? '';
	place.assisted = communities.find((c) => c.responder_id === 'opp-north-west' && c.relationship === 'assisted')?.csduid ?? '';
	place.elsewhere = communities.find((c) => c.responder_id !== 'opp-north-west')?.csduid ?? '';
});
afterAll(() => test.drop());

describe('OPP regional support requests', () => {
	it('finds communities the North West team answers for, own and assisted, on the seeded data', () => {
		expect(place.own).toMatch(/^35\d{5}$/);
		expect(place.assisted).toMatch(/^35\d{5}$/);
		expect(place.elsewhere).toMatch(/^35\d{5}$/);
	});

	it('files for an own and an assisted community, stamped with the team, through the same workflow', async () => {
		for (const csduid of [place.own, place.assisted]) {
			const outcome = await fileRequest(test.db, surge(csduid), context(northWest));
			expect(outcome.ok).toBe(true);
			if (!outcome.ok) continue;
			const row = await requests.find(test.db, outcome.value.id);
			expect(row).toMatchObject({ reporting_unit_id: 'opp-north-west', kind: 'surge_support', status: 'submitted', illustrative: false });
			expect((await requests.events(test.db, outcome.value.id)).map((e) => e.to_status)).toEqual(['submitted']);
		}
	});

	it('refuses a community its team does not answer for, naming the field and the responder, and writes nothing', async () => {
		const before = await test.db.selectFrom('project_p_request').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
		const outcome = await fileRequest(test.db, surge(place.elsewhere), context(northWest));
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.status).toBe(403);
		expect(outcome.errors[0]?.field).toBe('csduid');
		expect(outcome.errors[0]?.message_en).toMatch(/not answered by your OPP regional team \(its responder is /);
		expect(outcome.errors[0]?.message_fr).toMatch(/équipe régionale de la PPO/);
		const after = await test.db.selectFrom('project_p_request').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
		expect(Number(after.n)).toBe(Number(before.n));
		// Another region's account may not file for the North West's communities either.
		expect((await fileRequest(test.db, surge(place.own), context(east))).ok).toBe(false);
	});

	it('sees its own team’s requests only; a chief does not see them, the coordinator does', async () => {
		const toronto = await test.db.selectFrom('jurisdiction').select('csduid').where('police_service_id', '=', 'toronto').executeTakeFirstOrThrow();
		const filed = await fileRequest(test.db, { ...surge(toronto.csduid), kind: 'forensic_examination' }, context(chiefToronto));
		expect(filed.ok).toBe(true);
		const mine = await requests.list(test.db, { scope: requestScope(northWest) });
		expect(mine.length).toBe(2);
		expect(new Set(mine.map((r) => r.reporting_unit_id))).toEqual(new Set(['opp-north-west']));
		expect(await requests.list(test.db, { scope: requestScope(east) })).toEqual([]);
		expect((await requests.list(test.db, { scope: requestScope(chiefToronto) })).some((r) => r.reporting_unit_id !== null)).toBe(false);
		expect((await requests.list(test.db, { scope: requestScope(coordinator) })).length).toBe(3);
	});

	it('grants the coordinator no clearance, even once its own request is assigned; planners see asked and assigned FTE-weeks', async () => {
		const [request] = await requests.list(test.db, { scope: requestScope(northWest), csduid: place.own });
		if (!request) throw new Error('the North West request for its own community was not filed');
		expect((await changeStatus(test.db, request.id, { status: 'triaged' }, context(coordinator))).ok).toBe(true);
		const member = await test.db.selectFrom('project_p_member').select('id').where('home_region', '=', 'North West').orderBy('id').executeTakeFirstOrThrow();
		const assigned = await changeStatus(test.db, request.id, { status: 'assigned', assignments: [{ member_id: member.id, fte: 0.5, fte_weeks: 6.5 }], period: null }, context(coordinator));
		expect(assigned.ok).toBe(true);
		expect((await clearance.grants(test.db)).map((g) => g.request_id)).not.toContain(request.id);
		expect(await clearance.clears(test.db, request.id)).toBeNull();
		const panel = await openOppSupportItems(test.db);
		expect(panel.map((item) => item.id).sort()).toEqual(
			(await requests.list(test.db, { scope: requestScope(northWest) })).map((r) => r.id).sort()
		);
		expect(panel.find((item) => item.id === request.id)).toMatchObject({ opp_region: 'North West', kind: 'surge_support', status: 'assigned', asked_fte_weeks: 13, assigned_fte_weeks: 6.5 });
		expect((await requests.assignments(test.db, request.id)).map((a) => [a.fte, a.fte_weeks])).toEqual([[0.5, 6.5]]);
	});

	it('refuses an OPP regional account without a region, or outside the OPP, in the database itself', async () => {
		await expect(createUser(test.db, 'opp-no-region', 'opp_region', 'opp', null)).rejects.toThrow(/users_opp_region/);
		await expect(createUser(test.db, 'opp-wrong-service', 'opp_region', 'toronto', 'West')).rejects.toThrow(/users_opp_region/);
		await expect(createUser(test.db, 'viewer-with-region', 'viewer', null, 'West')).rejects.toThrow(/users_opp_region/);
	});
});

describe('illustrative demo requests', () => {
	it('files one open request each for chief-naps, opp-northwest and chief-toronto, once', async () => {
		const demo = await createTestDatabase();
		try {
			await ensureDemoUsers(demo.db, 'quiet river lantern orbit');
			expect((await ensureDemoRequests(demo.db)).sort()).toEqual(['chief-naps', 'chief-toronto', 'opp-northwest']);
			expect(await ensureDemoRequests(demo.db)).toEqual([]);
			const rows = await demo.db.selectFrom('project_p_request').select(['filed_by', 'police_service_id', 'reporting_unit_id', 'status', 'illustrative', 'kind']).orderBy('filed_by').execute();
			expect(rows).toEqual([
				{ filed_by: 'chief-naps', police_service_id: 'naps', reporting_unit_id: null, status: 'submitted', illustrative: true, kind: 'investigation_support' },
				{ filed_by: 'chief-toronto', police_service_id: 'toronto', reporting_unit_id: null, status: 'submitted', illustrative: true, kind: 'forensic_examination' },
				expect.objectContaining({ filed_by: 'opp-northwest', reporting_unit_id: 'opp-north-west', status: 'submitted', illustrative: true, kind: 'surge_support' })
			]);
		} finally {
			await demo.drop();
		}
	});
});
