/**
 * Seeds the database from data/ in ONE transaction (a seed killed halfway leaves nothing), with
 * upserts so a second run changes nothing. Illustrative rows never overwrite imported ones: an
 * upsert into a figures table only touches rows still flagged illustrative.
 */
import { sql, type Transaction } from 'kysely';
import type { AtlasDb } from '../db/client';
import type { Database } from '../db/schema';
import { loadSeedTables, type SeedTable } from './datasets';
import { seedDemoRoster, type RosterSeedReport } from './project-p-roster';
import { seedIllustrativeStreams, type StreamsSeedReport } from './streams';

export interface TableSeedReport {
	table: SeedTable['table'] | RosterSeedReport['table'] | StreamsSeedReport['table'];
	rows: number;
	inserted: number;
	updated: number;
	unchanged: number;
}

const BATCH_ROWS = 1000;

export async function seedDatabase(db: AtlasDb, tables: SeedTable[] = loadSeedTables()): Promise<TableSeedReport[]> {
	return db.transaction().execute(async (trx) => {
		const reports: TableSeedReport[] = [];
		for (const seedTable of tables) {
			reports.push(await upsertTable(trx, seedTable));
			await trx
				.insertInto('dataset')
				.values({
					id: seedTable.table,
					source_file: `data/${seedTable.file}`,
					checksum: seedTable.checksum,
					illustrative: seedTable.illustrative,
					row_count: seedTable.rows.length
				})
				.onConflict((oc) =>
					oc.column('id').doUpdateSet((eb) => ({
						source_file: eb.ref('excluded.source_file'),
						checksum: eb.ref('excluded.checksum'),
						row_count: eb.ref('excluded.row_count'),
						loaded_at: sql<Date>`now()`
					})).where(sql<boolean>`dataset.checksum is distinct from excluded.checksum`)
				)
				.execute();
		}
		// The illustrative Project P roster (issue 7), after the reference data, in the same transaction.
		reports.push(...(await seedDemoRoster(trx)));
		// The illustrative strategy streams (issue 10), derived from the communities and ICE quarters above.
		reports.push(...(await seedIllustrativeStreams(trx)));
		return reports;
	});
}

/** True when the database holds no communities yet (first start). */
export async function isEmpty(db: AtlasDb): Promise<boolean> {
	const row = await db.selectFrom('community').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return Number(row.n) === 0;
}

async function upsertTable(trx: Transaction<Database>, seedTable: SeedTable): Promise<TableSeedReport> {
	const { table, keys, columns, rows, illustrative } = seedTable;
	const valueColumns = columns.filter((column) => !keys.includes(column));
	let inserted = 0;
	let updated = 0;
	for (let start = 0; start < rows.length; start += BATCH_ROWS) {
		const batch = rows.slice(start, start + BATCH_ROWS);
		const changedWhere = sql`(${sql.join(valueColumns.map((c) => sql.ref(`${table}.${c}`)))}) is distinct from (${sql.join(
			valueColumns.map((c) => sql.ref(`excluded.${c}`))
		)})`;
		const onlyIllustrative = illustrative ? sql` and ${sql.ref(`${table}.illustrative`)}` : sql``;
		const result = await sql<{ inserted: boolean }>`
			insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
			values ${sql.join(batch.map((row) => sql`(${sql.join(columns.map((c) => row[c] ?? null))})`))}
			on conflict (${sql.join(keys.map((k) => sql.ref(k)))}) do update set
			${sql.join(valueColumns.map((c) => sql`${sql.ref(c)} = ${sql.ref(`excluded.${c}`)}`))}
			where ${changedWhere}${onlyIllustrative}
			returning (xmax = 0) as inserted`.execute(trx);
		for (const row of result.rows) {
			if (row.inserted) inserted += 1;
			else updated += 1;
		}
	}
	return { table, rows: rows.length, inserted, updated, unchanged: rows.length - inserted - updated };
}
