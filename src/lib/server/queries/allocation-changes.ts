/**
 * Changing allocation scenarios: create, save, rename, duplicate, delete and approve. Each change runs in one
 * transaction with its audit entry (server/audit.ts), so a committed change always has one and a rolled-back change
 * none. The scenario row is locked first (`for update`), so two planners cannot approve and edit it at once; an
 * approved scenario is refused here with a clear outcome, and by the database's trigger should anything get past.
 */
import type { Transaction } from 'kysely';
import type { AtlasDb } from '../db/client';
import type { Database, JsonValue } from '../db/schema';
import * as audit from '../audit';
import type { ChangeActor, ChangeContext as Change } from '../change-context';
import type { ComputedScenario } from '../../domain/allocation/scenario-compute';
import type { ServiceAllocation } from '../../domain/allocation/types';


/** Scenario changes record who made them by id and name only. */
type ChangeContext = Change<ChangeActor>;

export type ChangeOutcome = { ok: true; id: number } | { ok: false; error: 'not_found' | 'approved' };

type Trx = Transaction<Database>;

/** Services funded and their amounts: what the audit log keeps of a scenario's lines. */
function amountsOf(allocations: readonly { police_service_id: string; amount_cents: number }[]): Record<string, number> {
	return Object.fromEntries(allocations.filter((a) => a.amount_cents > 0).map((a) => [a.police_service_id, a.amount_cents]));
}

/** A plain JSON copy (jsonb columns come back as unknown; settings are typed objects). */
function asJson(value: object): JsonValue {
	return JSON.parse(JSON.stringify(value)) as JsonValue;
}

type LockedRow = NonNullable<Awaited<ReturnType<typeof lock>>>;

async function storedView(trx: Trx, row: LockedRow): Promise<JsonValue> {
	const lines = await trx.selectFrom('allocation_line').select(['police_service_id', 'amount_cents']).where('scenario_id', '=', row.id).execute();
	return asJson({ ...row, amounts: amountsOf(lines) });
}

function computedView(scenario: ComputedScenario, status: string): JsonValue {
	const { settings, name, period, total_cents, allocations } = scenario;
	return asJson({ name, status, period, total_cents, ...settings, amounts: amountsOf(allocations) });
}

function entry(context: ChangeContext, action: string, id: number) {
	return { actor: context.actor, action, entity_type: 'allocation_scenario', entity_id: id, client_address: context.client_address, at: context.now };
}

async function lock(trx: Trx, id: number) {
	return trx
		.selectFrom('allocation_scenario')
		.select(['id', 'name', 'status', 'period', 'total_cents', 'parameters', 'conversion', 'objective'])
		.where('id', '=', id)
		.forUpdate()
		.executeTakeFirst();
}

async function writeLines(trx: Trx, id: number, allocations: readonly ServiceAllocation[]): Promise<void> {
	await trx.deleteFrom('allocation_line').where('scenario_id', '=', id).execute();
	if (allocations.length === 0) return;
	await trx
		.insertInto('allocation_line')
		.values(allocations.map((a) => ({ scenario_id: id, police_service_id: a.police_service_id, amount_cents: a.amount_cents, explanation: JSON.stringify(a.explanation) })))
		.execute();
}

function columnsOf(scenario: ComputedScenario) {
	return {
		name: scenario.name,
		period: scenario.period,
		parameters: JSON.stringify(scenario.settings.parameters),
		conversion: JSON.stringify(scenario.settings.conversion),
		objective: scenario.settings.objective,
		inputs: JSON.stringify(scenario.inputs),
		total_cents: scenario.total_cents,
		illustrative: scenario.illustrative
	};
}

export async function create(db: AtlasDb, scenario: ComputedScenario, context: ChangeContext): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const { id } = await trx
			.insertInto('allocation_scenario')
			.values({ ...columnsOf(scenario), created_by_user_id: context.actor.id, created_by: context.actor.username, created_at: context.now, updated_at: context.now })
			.returning('id')
			.executeTakeFirstOrThrow();
		await writeLines(trx, id, scenario.allocations);
		await audit.record(trx, { ...entry(context, 'allocation_scenario.create', id), after: computedView(scenario, 'draft') });
		return id;
	});
}

/** Saves new settings and amounts over a draft. */
export async function save(db: AtlasDb, id: number, scenario: ComputedScenario, context: ChangeContext): Promise<ChangeOutcome> {
	return db.transaction().execute(async (trx) => {
		const before = await lock(trx, id);
		if (!before) return { ok: false as const, error: 'not_found' as const };
		if (before.status !== 'draft') return { ok: false as const, error: 'approved' as const };
		const previous = await storedView(trx, before);
		await trx.updateTable('allocation_scenario').set({ ...columnsOf(scenario), updated_at: context.now }).where('id', '=', id).execute();
		await writeLines(trx, id, scenario.allocations);
		await audit.record(trx, { ...entry(context, 'allocation_scenario.update', id), before: previous, after: computedView(scenario, 'draft') });
		return { ok: true as const, id };
	});
}

export async function rename(db: AtlasDb, id: number, name: string, context: ChangeContext): Promise<ChangeOutcome> {
	return db.transaction().execute(async (trx) => {
		const before = await lock(trx, id);
		if (!before) return { ok: false as const, error: 'not_found' as const };
		if (before.status !== 'draft') return { ok: false as const, error: 'approved' as const };
		await trx.updateTable('allocation_scenario').set({ name, updated_at: context.now }).where('id', '=', id).execute();
		await audit.record(trx, { ...entry(context, 'allocation_scenario.rename', id), before: { name: before.name }, after: { name } });
		return { ok: true as const, id };
	});
}

/** A draft copy of any scenario (of an approved one: its next version), lines and inputs as they are. */
export async function duplicate(db: AtlasDb, id: number, name: string, context: ChangeContext): Promise<ChangeOutcome> {
	return db.transaction().execute(async (trx) => {
		const source = await trx.selectFrom('allocation_scenario').selectAll().where('id', '=', id).executeTakeFirst();
		if (!source) return { ok: false as const, error: 'not_found' as const };
		const { id: copy } = await trx
			.insertInto('allocation_scenario')
			.values({
				name,
				period: source.period,
				parameters: JSON.stringify(source.parameters),
				conversion: JSON.stringify(source.conversion),
				objective: source.objective,
				inputs: JSON.stringify(source.inputs),
				total_cents: source.total_cents,
				illustrative: source.illustrative,
				copied_from: id,
				created_by_user_id: context.actor.id,
				created_by: context.actor.username,
				created_at: context.now,
				updated_at: context.now
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const lines = await trx.selectFrom('allocation_line').select(['police_service_id', 'amount_cents', 'explanation']).where('scenario_id', '=', id).execute();
		if (lines.length > 0) {
			await trx
				.insertInto('allocation_line')
				.values(lines.map((line) => ({ ...line, scenario_id: copy, explanation: JSON.stringify(line.explanation) })))
				.execute();
		}
		await audit.record(trx, {
			...entry(context, 'allocation_scenario.duplicate', copy),
			after: asJson({ name, status: 'draft', period: source.period, total_cents: source.total_cents, copied_from: id, amounts: amountsOf(lines) })
		});
		return { ok: true as const, id: copy };
	});
}

export async function remove(db: AtlasDb, id: number, context: ChangeContext): Promise<ChangeOutcome> {
	return db.transaction().execute(async (trx) => {
		const before = await lock(trx, id);
		if (!before) return { ok: false as const, error: 'not_found' as const };
		if (before.status !== 'draft') return { ok: false as const, error: 'approved' as const };
		const previous = await storedView(trx, before);
		await trx.deleteFrom('allocation_scenario').where('id', '=', id).execute();
		await audit.record(trx, { ...entry(context, 'allocation_scenario.delete', id), before: previous });
		return { ok: true as const, id };
	});
}

/** Approves a draft: from now on the database refuses any change to it. */
export async function approve(db: AtlasDb, id: number, context: ChangeContext): Promise<ChangeOutcome> {
	return db.transaction().execute(async (trx) => {
		const before = await lock(trx, id);
		if (!before) return { ok: false as const, error: 'not_found' as const };
		if (before.status !== 'draft') return { ok: false as const, error: 'approved' as const };
		await trx
			.updateTable('allocation_scenario')
			.set({ status: 'approved', approved_at: context.now, approved_by: context.actor.username, approved_by_user_id: context.actor.id, updated_at: context.now })
			.where('id', '=', id)
			.execute();
		await audit.record(trx, {
			...entry(context, 'allocation_scenario.approve', id),
			before: { status: 'draft' },
			after: { status: 'approved', name: before.name, period: before.period, total_cents: before.total_cents }
		});
		return { ok: true as const, id };
	});
}
