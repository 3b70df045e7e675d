/**
 * Where each importable dataset's figures come from now (issue 9: "screens show each dataset's
 * provenance"): how many rows it holds, how many were imported, the last import, and what the
 * other rows are (illustrative, estimates, or compiled reference data). Other screens may reuse it.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Baseline, ImportedWhen } from '../../domain/import/kind';
import { IMPORT_KINDS, kindSpec, type ImportKind } from '../../domain/import/kinds';
import type { AtlasDb } from '../db/client';


export interface DatasetProvenance {
	dataset: ImportKind;
	rows: number;
	imported: number;
	baseline: Baseline;
	last: { id: number; file_name: string; username: string; committed_at: Date } | null;
}

interface Counts {
	rows: number;
	imported: number;
}

/** `like` pattern matching text that starts with `prefix` literally. */
const startsWith = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The condition that tells an imported row; `listed` says which demo lists exist. */
function importedCondition(when: ImportedWhen, listed: ReadonlySet<string>): RawBuilder<unknown> {
	const column = sql.ref(when.column);
	if ('notNull' in when) return sql`${column} is not null`;
	if ('equals' in when) return sql`${column} = ${when.equals}`;
	if ('startsWith' in when) return sql`${column} like ${startsWith(when.startsWith)}`;
	// Where the demo list does not exist, every row came from an import.
	if (!listed.has(when.notListedIn)) return sql`true`;
	return sql`not exists (select 1 from ${sql.table(when.notListedIn)} d where d.${column} = t.${column})`;
}

/** Which of the demo lists the kinds name exist (a feature's seed may not have created its list). */
async function existingLists(db: AtlasDb): Promise<Set<string>> {
	const names = IMPORT_KINDS.flatMap((kind) => {
		const { imported } = kindSpec(kind).provenance;
		return 'notListedIn' in imported ? [imported.notListedIn] : [];
	});
	if (names.length === 0) return new Set();
	const found = await sql<{ name: string; present: boolean }>`
		select name, to_regclass('public.' || name) is not null as present from unnest(${names}::text[]) as name`.execute(db);
	return new Set(found.rows.filter((row) => row.present).map((row) => row.name));
}

/** Rows and imported rows of every kind's dataset, in one statement. */
async function counts(db: AtlasDb): Promise<Map<ImportKind, Counts>> {
	const listed = await existingLists(db);
	const columns = IMPORT_KINDS.flatMap((kind, index) => {
		const { table, imported } = kindSpec(kind).provenance;
		const from = sql`from ${sql.table(table)} as t`;
		return [
			sql`(select count(*) ${from})::int as ${sql.ref(`rows_${index}`)}`,
			sql`(select count(*) ${from} where ${importedCondition(imported, listed)})::int as ${sql.ref(`imported_${index}`)}`
		];
	});
	const result = await sql<Record<string, number>>`select ${sql.join(columns)}`.execute(db);
	const row = result.rows[0] ?? {};
	return new Map(IMPORT_KINDS.map((kind, index) => [kind, { rows: row[`rows_${index}`] ?? 0, imported: row[`imported_${index}`] ?? 0 }]));
}

export async function provenance(db: AtlasDb): Promise<DatasetProvenance[]> {
	const [byKind, latest] = await Promise.all([
		counts(db),
		db
			.selectFrom('data_import')
			.select(['id', 'kind', 'file_name', 'username', 'committed_at'])
			.where('status', '=', 'committed')
			.distinctOn('kind')
			.orderBy('kind')
			.orderBy('committed_at', 'desc')
			.orderBy('id', 'desc')
			.execute()
	]);
	return IMPORT_KINDS.map((dataset) => {
		const last = latest.find((row) => row.kind === dataset);
		const counted = byKind.get(dataset) ?? { rows: 0, imported: 0 };
		return {
			dataset,
			...counted,
			// An empty dataset (no demo roster seeded) reads 'none'.
			baseline: counted.rows === 0 ? 'none' : kindSpec(dataset).provenance.baseline,
			last: last && last.committed_at ? { id: last.id, file_name: last.file_name, username: last.username, committed_at: last.committed_at } : null
		};
	});
}
