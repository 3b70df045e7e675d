/**
 * The tables imports write, described once: natural key, the columns an import may change (their
 * previous values are kept in import_change), and read-only columns the checks need. Reads and writes go
 * through json_to_recordset so thousands of rows travel as one parameter per statement (json, not
 * jsonb: the text is read once, without building a binary document first).
 */
import { createHash } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { AtlasDb } from '../db/client';

export type ImportTable =
	| 'ice_quarter'
	| 'strategy_funding'
	| 'community'
	| 'jurisdiction'
	| 'project_p_member'
	| 'project_p_availability'
	| 'stream_prevention'
	| 'stream_training'
	| 'stream_registry_quarter';

type PgType = 'text' | 'integer' | 'bigint' | 'numeric' | 'boolean';

export interface TableSpec {
	keys: Readonly<Record<string, PgType>>;
	/** Columns an import writes and a rollback restores. */
	tracked: Readonly<Record<string, PgType>>;
	/** Columns read for checks only (community.population). */
	readOnly?: Readonly<Record<string, PgType>>;
	/** False: rows always exist (one per CSD, from the seed); imports only update them. */
	insertable: boolean;
}

export const TABLES: Readonly<Record<ImportTable, TableSpec>> = {
	ice_quarter: {
		keys: { police_service_id: 'text', period: 'text' },
		tracked: {
			investigators_fte: 'numeric',
			forensic_examiners_fte: 'numeric',
			forensic_backlog_devices: 'integer',
			referrals_received: 'integer',
			investigations_opened: 'integer',
			investigations_concluded: 'integer',
			charges_laid: 'integer',
			victims_identified: 'integer',
			open_backlog: 'integer',
			files_referred_project_p: 'integer',
			illustrative: 'boolean',
			source: 'text',
			capacity_import_id: 'integer',
			caseload_import_id: 'integer'
		},
		insertable: true
	},
	strategy_funding: {
		keys: { police_service_id: 'text', fiscal_year: 'integer' },
		tracked: { amount_cents: 'bigint', illustrative: 'boolean', source: 'text' },
		insertable: true
	},
	community: {
		keys: { csduid: 'text' },
		tracked: { children: 'integer', children_source: 'text' },
		readOnly: { population: 'integer' },
		insertable: false
	},
	// Every CSD has its row from the seed; an import reassigns the service, never the CSD's OPP region.
	jurisdiction: {
		keys: { csduid: 'text' },
		tracked: { police_service_id: 'text', opp_region: 'text', opp_area_id: 'text', confidence: 'text', note: 'text', source: 'text' },
		insertable: false
	},
	project_p_member: {
		keys: { id: 'text' },
		tracked: { name: 'text', role: 'text', home_region: 'text', active: 'boolean' },
		insertable: true
	},
	project_p_availability: {
		keys: { member_id: 'text', period: 'text' },
		tracked: { fte: 'numeric' },
		insertable: true
	},
	// The strategy streams (issue 10): the seed's rows are illustrative; an import flips the flag and names itself in source.
	stream_prevention: {
		keys: { csduid: 'text', school_year: 'text' },
		tracked: {
			grade_7_8_students: 'integer',
			classrooms_reached: 'integer',
			students_reached: 'integer',
			teachers_trained: 'integer',
			illustrative: 'boolean',
			source: 'text'
		},
		insertable: true
	},
	stream_training: {
		keys: { office_kind: 'text', office_id: 'text', as_of_year: 'integer' },
		tracked: {
			police_service_id: 'text',
			name: 'text',
			name_fr: 'text',
			staff: 'integer',
			trained: 'integer',
			trained_current: 'integer',
			latest_training_year: 'integer',
			illustrative: 'boolean',
			source: 'text'
		},
		insertable: true
	},
	stream_registry_quarter: {
		keys: { program_id: 'text', police_service_id: 'text', period: 'text' },
		tracked: { registrants: 'integer', verifications_done: 'integer', non_compliant_located: 'integer', illustrative: 'boolean', source: 'text' },
		insertable: true
	}
};

export type Scalar = string | number | boolean | null;
export type RowValues = Record<string, Scalar>;

const CHUNK = 5_000;

function chunks<T>(items: readonly T[]): T[][] {
	const result: T[][] = [];
	for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
	return result;
}

function recordset(columns: Readonly<Record<string, PgType>>, rows: readonly RowValues[]): RawBuilder<unknown> {
	const definition = sql.join(Object.entries(columns).map(([name, type]) => sql`${sql.ref(name)} ${sql.raw(type)}`));
	return sql`json_to_recordset(${JSON.stringify(rows)}::json) as x(${definition})`;
}

const refs = (names: readonly string[], prefix?: string) => sql.join(names.map((name) => sql.ref(prefix ? `${prefix}.${name}` : name)));
const keyMatch = (table: string, keys: readonly string[]) =>
	sql.join(keys.map((key) => sql`${sql.ref(`${table}.${key}`)} = ${sql.ref(`x.${key}`)}`), sql` and `);

/** The stored rows (keys, tracked and read-only columns) for the given keys; absent keys are not stored. */
export async function fetchRows(db: AtlasDb, table: ImportTable, keys: readonly RowValues[]): Promise<RowValues[]> {
	const spec = TABLES[table];
	const keyNames = Object.keys(spec.keys);
	const columns = [...keyNames, ...Object.keys(spec.tracked), ...Object.keys(spec.readOnly ?? {})];
	const found: RowValues[] = [];
	for (const batch of chunks(keys)) {
		const result = await sql<RowValues>`
			select ${refs(columns, 't')} from ${sql.table(table)} as t
			join ${recordset(spec.keys, batch)} on ${keyMatch('t', keyNames)}`.execute(db);
		// One by one: spreading a very large result into push() overflows the call stack.
		for (const item of result.rows) found.push(item);
	}
	return found;
}

/** Writes rows (keys and tracked columns): insert-or-update for insertable tables, update otherwise. */
export async function writeRows(
	db: AtlasDb,
	table: ImportTable,
	rows: readonly RowValues[],
	afterBatch?: (written: number) => void | Promise<void>
): Promise<void> {
	const spec = TABLES[table];
	const keyNames = Object.keys(spec.keys);
	const tracked = Object.keys(spec.tracked);
	const all = { ...spec.keys, ...spec.tracked };
	for (const batch of chunks(rows)) {
		if (spec.insertable) {
			await sql`
				insert into ${sql.table(table)} (${refs([...keyNames, ...tracked])})
				select ${refs([...keyNames, ...tracked], 'x')} from ${recordset(all, batch)}
				on conflict (${refs(keyNames)}) do update set
				${sql.join(tracked.map((c) => sql`${sql.ref(c)} = ${sql.ref(`excluded.${c}`)}`))}`.execute(db);
		} else {
			await sql`
				update ${sql.table(table)} as t set ${sql.join(tracked.map((c) => sql`${sql.ref(c)} = ${sql.ref(`x.${c}`)}`))}
				from ${recordset(all, batch)} where ${keyMatch('t', keyNames)}`.execute(db);
		}
		await afterBatch?.(batch.length);
	}
}

/** Deletes rows by key (a rollback removing rows an import created). */
export async function deleteRows(db: AtlasDb, table: ImportTable, keys: readonly RowValues[]): Promise<void> {
	const spec = TABLES[table];
	for (const batch of chunks(keys)) {
		await sql`delete from ${sql.table(table)} as t using ${recordset(spec.keys, batch)} where ${keyMatch('t', Object.keys(spec.keys))}`.execute(db);
	}
}

/** The key and tracked columns of a row, in the table's column order (for snapshots). */
export function pick(table: ImportTable, row: RowValues, part: 'keys' | 'tracked'): RowValues {
	const picked: RowValues = {};
	for (const column of Object.keys(TABLES[table][part])) picked[column] = row[column] ?? null;
	return picked;
}

/** Two rows (picked in the table's column order) hold the same values. */
export function sameRow(a: RowValues | null, b: RowValues | null): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** SHA-256 hex of a row's values, picked in the table's column order (what import_change keeps of a write). */
export function rowDigest(tracked: RowValues): string {
	return createHash('sha256').update(JSON.stringify(tracked)).digest('hex');
}
