/**
 * Allocation scenarios in PostgreSQL (issue 6, deliverable 4): inputs built from the seeded database, the exact
 * $5,000,000.00 split, create / save / rename / duplicate / delete / approve with their audit entries, and an
 * approved scenario that the database itself refuses to change.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/lib/domain/allocation/scenario-settings';
import { computeScenario, type ComputedScenario } from '../../src/lib/domain/allocation/scenario-compute';
import { projectCoverage } from '../../src/lib/domain/allocation/coverage-projection';
import { projectFtes } from '../../src/lib/domain/allocation/projection';
import { levelRank } from '../../src/lib/domain/coverage/levels';
import * as allocationInputs from '../../src/lib/server/allocation-inputs';
import * as allocations from '../../src/lib/server/queries/allocations';
import * as changes from '../../src/lib/server/queries/allocation-changes';
import * as coverageInputs from '../../src/lib/server/queries/coverage-inputs';
import type { PeriodKey } from '../../src/lib/domain/period';
import { createTestDatabase, type TestDatabase } from './test-db';
import { createUser } from './auth-support';

let test: TestDatabase;
let period: PeriodKey;
let context: allocationInputs.AllocationContext;
let actor: { id: number; username: string };
const now = new Date('2026-11-29T12:00:00Z');

function computed(name = 'Test scenario', parameters = DEFAULT_SETTINGS.parameters): ComputedScenario {
	const result = computeScenario(context, name, { ...DEFAULT_SETTINGS, parameters });
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.value;
}

const ctx = () => ({ actor, client_address: '192.0.2.7', now });

async function auditFor(id: number) {
	return test.db
		.selectFrom('audit_log')
		.select(['action', 'actor', 'entity_id', 'before', 'after', 'client_address'])
		.where('entity_type', '=', 'allocation_scenario')
		.where('entity_id', '=', String(id))
		.orderBy('id')
		.execute();
}

beforeAll(async () => {
	test = await createTestDatabase();
	const latest = (await coverageInputs.periods(test.db)).at(-1);
	if (!latest) throw new Error('no periods seeded');
	period = latest;
	context = await allocationInputs.load(test.db, period);
	const user = await createUser(test.db, 'alloc-planner', 'planner');
	actor = { id: user.id, username: user.username };
});
afterAll(() => test.drop());

describe('allocation inputs from the database', () => {
	it('summarises every police service for the quarter, flagged illustrative', () => {
		expect(context.services).toHaveLength(54);
		expect(context.illustrative).toBe(true);
		const members = context.services.filter((s) => s.ice_strategy_member);
		expect(members.length).toBeGreaterThanOrEqual(27);
		for (const service of context.services) {
			// A sum of community scores between 0 and 1 each.
			expect(service.remoteness).toBeGreaterThanOrEqual(0);
			expect(service.remote_children).toBeLessThanOrEqual(service.children + 1e-6);
			expect(service.charges).toBeGreaterThanOrEqual(0);
			if (service.kind === 'first_nations') expect(service.assisted_by_opp).toBe(true);
			expect(service.referrals_per_investigator === null).toBe(service.investigator_fte === 0);
		}
	});

	it('reads last year’s allocation from strategy_funding, instalments added up', async () => {
		const fiscalYear = Number(period.slice(0, 4));
		const rows = await test.db.selectFrom('strategy_funding').select(['police_service_id', 'amount_cents']).where('fiscal_year', '=', fiscalYear).execute();
		const total = context.services.reduce((sum, s) => sum + (s.last_year_cents ?? 0), 0);
		expect(total).toBe(rows.reduce((sum, row) => sum + row.amount_cents, 0));
	});

	it('splits the default $5,000,000.00 exactly to the cent on the server’s inputs', () => {
		const scenario = computed();
		expect(scenario.total_cents).toBe(500_000_000);
		expect(scenario.allocations.reduce((sum, a) => sum + a.amount_cents, 0)).toBe(500_000_000);
		expect(scenario.allocations.filter((a) => a.amount_cents > 0).length).toBe(context.services.filter((s) => s.ice_strategy_member).length);
	});

	it('projects the funded positions: some communities improve and none gets worse', () => {
		const scenario = computed();
		const projection = projectCoverage(context.coverageInput, context.coverage, projectFtes(scenario.allocations, DEFAULT_SETTINGS.conversion));
		expect(projection.worse).toBe(0);
		expect(projection.improved).toBeGreaterThan(0);
		for (const change of projection.changes) expect(levelRank(change.after)).toBeLessThan(levelRank(change.before));
		expect(Object.keys(projection.levels_after)).toHaveLength(577);
	});
});

describe('scenario changes, each with its audit entry', () => {
	it('creates a draft with one line per service and the inputs it came from', async () => {
		const id = await changes.create(test.db, computed('Baseline'), ctx());
		const saved = await allocations.find(test.db, id);
		expect(saved).toMatchObject({ id, name: 'Baseline', status: 'draft', period, total_cents: 500_000_000, illustrative: true, created_by: 'alloc-planner' });
		expect(saved?.lines).toHaveLength(54);
		expect(saved?.inputs).toHaveLength(54);
		expect(saved?.settings).toEqual(DEFAULT_SETTINGS);
		const entries = await auditFor(id);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ action: 'allocation_scenario.create', actor: 'alloc-planner', client_address: '192.0.2.7', before: null });
		expect(entries[0]?.after).toMatchObject({ name: 'Baseline', total_cents: 500_000_000 });
	});

	it('saves, renames, duplicates and deletes a draft, auditing before and after', async () => {
		const id = await changes.create(test.db, computed('Draft A'), ctx());
		const damped = computed('Draft A', { ...DEFAULT_SETTINGS.parameters, damping: 0.25, rounding_cents: 100_000 });
		expect(await changes.save(test.db, id, damped, ctx())).toEqual({ ok: true, id });
		expect((await allocations.find(test.db, id))?.settings.parameters.damping).toBe(0.25);
		expect(await changes.rename(test.db, id, 'Draft A, damped', ctx())).toEqual({ ok: true, id });
		const copy = await changes.duplicate(test.db, id, 'Draft A (copy)', ctx());
		if (!copy.ok) throw new Error('duplicate failed');
		const duplicate = await allocations.find(test.db, copy.id);
		expect(duplicate).toMatchObject({ name: 'Draft A (copy)', status: 'draft', copied_from: id, total_cents: 500_000_000 });
		expect(duplicate?.lines.map((l) => l.amount_cents)).toEqual((await allocations.find(test.db, id))?.lines.map((l) => l.amount_cents));
		expect(await changes.remove(test.db, id, ctx())).toEqual({ ok: true, id });
		expect(await allocations.find(test.db, id)).toBeNull();

		const entries = await auditFor(id);
		expect(entries.map((e) => e.action)).toEqual(['allocation_scenario.create', 'allocation_scenario.update', 'allocation_scenario.rename', 'allocation_scenario.delete']);
		expect(entries[1]?.before).toMatchObject({ parameters: { damping: DEFAULT_SETTINGS.parameters.damping } });
		expect(entries[1]?.after).toMatchObject({ parameters: { damping: 0.25 } });
		expect(entries[2]).toMatchObject({ before: { name: 'Draft A' }, after: { name: 'Draft A, damped' } });
		expect(entries[3]).toMatchObject({ after: null, before: { name: 'Draft A, damped' } });
		expect((await auditFor(copy.id)).map((e) => e.action)).toEqual(['allocation_scenario.duplicate']);
	});

	it('answers not_found for an unknown scenario and writes nothing', async () => {
		const before = await test.db.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
		expect(await changes.rename(test.db, 999_999, 'x', ctx())).toEqual({ ok: false, error: 'not_found' });
		expect(await changes.approve(test.db, 999_999, ctx())).toEqual({ ok: false, error: 'not_found' });
		const after = await test.db.selectFrom('audit_log').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
		expect(after.n).toBe(before.n);
	});

	it('lists scenarios most recently changed first', async () => {
		const list = await allocations.list(test.db);
		expect(list.length).toBeGreaterThan(0);
		const times = list.map((s) => s.updated_at);
		expect([...times].sort().reverse()).toEqual(times);
	});
});

describe('approval', () => {
	it('freezes the scenario: the app refuses changes, and so does the database, even to a direct UPDATE', async () => {
		const id = await changes.create(test.db, computed('To approve'), ctx());
		expect(await changes.approve(test.db, id, ctx())).toEqual({ ok: true, id });
		const approved = await allocations.find(test.db, id);
		expect(approved).toMatchObject({ status: 'approved', approved_by: 'alloc-planner', approved_at: now.toISOString() });
		expect((await auditFor(id)).map((e) => e.action)).toEqual(['allocation_scenario.create', 'allocation_scenario.approve']);

		expect(await changes.save(test.db, id, computed('Changed'), ctx())).toEqual({ ok: false, error: 'approved' });
		expect(await changes.rename(test.db, id, 'Changed', ctx())).toEqual({ ok: false, error: 'approved' });
		expect(await changes.remove(test.db, id, ctx())).toEqual({ ok: false, error: 'approved' });
		expect(await changes.approve(test.db, id, ctx())).toEqual({ ok: false, error: 'approved' });

		const immutable = /approved/;
		await expect(sql`update allocation_scenario set name = 'tampered' where id = ${id}`.execute(test.db)).rejects.toThrow(immutable);
		await expect(sql`update allocation_scenario set status = 'draft', approved_at = null, approved_by = null where id = ${id}`.execute(test.db)).rejects.toThrow(immutable);
		await expect(sql`delete from allocation_scenario where id = ${id}`.execute(test.db)).rejects.toThrow(immutable);
		await expect(sql`update allocation_line set amount_cents = amount_cents + 1 where scenario_id = ${id}`.execute(test.db)).rejects.toThrow(immutable);
		await expect(sql`delete from allocation_line where scenario_id = ${id}`.execute(test.db)).rejects.toThrow(immutable);
		await expect(
			sql`insert into allocation_line (scenario_id, police_service_id, amount_cents, explanation) values (${id}, 'zz-none', 1, '{}')`.execute(test.db)
		).rejects.toThrow();
		await expect(sql`truncate allocation_line`.execute(test.db)).rejects.toThrow(/truncated/);
		expect((await allocations.find(test.db, id))?.name).toBe('To approve');
	});

	it('makes a new version as a draft copy of an approved scenario', async () => {
		const id = await changes.create(test.db, computed('Version 1'), ctx());
		await changes.approve(test.db, id, ctx());
		const next = await changes.duplicate(test.db, id, 'Version 2', ctx());
		if (!next.ok) throw new Error('duplicate failed');
		expect(await allocations.find(test.db, next.id)).toMatchObject({ status: 'draft', copied_from: id });
		expect(await changes.rename(test.db, next.id, 'Version 2, edited', ctx())).toEqual({ ok: true, id: next.id });
	});

	it('refuses, in the database, to approve lines that do not add up to the total', async () => {
		const id = await changes.create(test.db, computed('Short by a cent'), ctx());
		await sql`update allocation_line set amount_cents = amount_cents - 1 where scenario_id = ${id} and amount_cents > 0 and police_service_id = (select min(police_service_id) from allocation_line where scenario_id = ${id} and amount_cents > 0)`.execute(test.db);
		await expect(
			sql`update allocation_scenario set status = 'approved', approved_at = now(), approved_by = 'x' where id = ${id}`.execute(test.db)
		).rejects.toThrow(/do not add up/);
	});

	it('writes no audit entry when the change itself fails (same transaction)', async () => {
		const id = await changes.create(test.db, computed('Atomic'), ctx());
		const before = (await auditFor(id)).length;
		await expect(changes.save(test.db, id, { ...computed('Atomic'), total_cents: -1 }, ctx())).rejects.toThrow();
		expect((await auditFor(id)).length).toBe(before);
		expect((await allocations.find(test.db, id))?.total_cents).toBe(500_000_000);
	});
});
