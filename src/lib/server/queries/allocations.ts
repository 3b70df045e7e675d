/**
 * Reading allocation scenarios (migration 2026_11_29_0005_allocations), mapped to the domain's ScenarioSummary and
 * ScenarioDetail in one function each. Changes live in allocation-changes.ts, each with its audit entry.
 */
import type { Transaction } from 'kysely';
import type { AtlasDb } from '../db/client';
import type { Database } from '../db/schema';
import { isPeriodKey } from '../../domain/period';
import { readSettings } from '../../domain/allocation/scenario-settings';
import type { ScenarioDetail, ScenarioLine, ScenarioSummary } from '../../domain/allocation/scenario';
import type { AllocationExplanation, AllocationServiceInput } from '../../domain/allocation/types';

type Db = AtlasDb | Transaction<Database>;

const SUMMARY_COLUMNS = [
	'id',
	'name',
	'status',
	'period',
	'total_cents',
	'illustrative',
	'created_by',
	'created_at',
	'updated_at',
	'approved_by',
	'approved_at',
	'copied_from'
] as const;

interface SummaryRow {
	id: number;
	name: string;
	status: 'draft' | 'approved';
	period: string;
	total_cents: number;
	illustrative: boolean;
	created_by: string;
	created_at: Date;
	updated_at: Date;
	approved_by: string | null;
	approved_at: Date | null;
	copied_from: number | null;
}

function toSummary(row: SummaryRow): ScenarioSummary {
	// The column's CHECK constraint guarantees the pattern; the guard narrows the type.
	if (!isPeriodKey(row.period)) throw new Error(`allocation scenario ${row.id} has a malformed period`);
	return {
		id: row.id,
		name: row.name,
		status: row.status,
		period: row.period,
		total_cents: row.total_cents,
		illustrative: row.illustrative,
		created_by: row.created_by,
		created_at: row.created_at.toISOString(),
		updated_at: row.updated_at.toISOString(),
		approved_by: row.approved_by,
		approved_at: row.approved_at?.toISOString() ?? null,
		copied_from: row.copied_from
	};
}

/** Every scenario, most recently changed first. */
export async function list(db: Db): Promise<ScenarioSummary[]> {
	const rows = await db.selectFrom('allocation_scenario').select(SUMMARY_COLUMNS).orderBy('updated_at', 'desc').orderBy('id', 'desc').execute();
	return rows.map(toSummary);
}

async function linesOf(db: Db, ids: readonly number[]): Promise<Map<number, ScenarioLine[]>> {
	const byScenario = new Map<number, ScenarioLine[]>(ids.map((id) => [id, []]));
	if (ids.length === 0) return byScenario;
	const rows = await db
		.selectFrom('allocation_line')
		.select(['scenario_id', 'police_service_id', 'amount_cents', 'explanation'])
		.where('scenario_id', 'in', [...ids])
		.orderBy('scenario_id')
		.orderBy('police_service_id')
		.execute();
	for (const row of rows) {
		byScenario.get(row.scenario_id)?.push({
			police_service_id: row.police_service_id,
			amount_cents: row.amount_cents,
			// Written by allocation-changes.ts from the engine's own output.
			explanation: row.explanation as AllocationExplanation
		});
	}
	return byScenario;
}

/** The scenarios with these ids, in the order asked (unknown ids are left out). */
export async function findMany(db: Db, ids: readonly number[]): Promise<ScenarioDetail[]> {
	if (ids.length === 0) return [];
	const rows = await db
		.selectFrom('allocation_scenario')
		.select([...SUMMARY_COLUMNS, 'parameters', 'conversion', 'objective', 'inputs'])
		.where('id', 'in', [...ids])
		.execute();
	const lines = await linesOf(db, rows.map((row) => row.id));
	const byId = new Map(
		rows.map((row) => {
			const settings = readSettings(row.parameters, row.conversion, row.objective);
			if (!settings) throw new Error(`allocation scenario ${row.id} has settings the engine no longer accepts`);
			const detail: ScenarioDetail = {
				...toSummary(row),
				settings,
				lines: lines.get(row.id) ?? [],
				inputs: row.inputs as AllocationServiceInput[]
			};
			return [row.id, detail];
		})
	);
	return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function find(db: Db, id: number): Promise<ScenarioDetail | null> {
	const [scenario] = await findMany(db, [id]);
	return scenario ?? null;
}
