/**
 * Where each importable dataset's figures come from now (issue 9: "screens show each dataset's
 * provenance"): how many rows it holds, how many were imported, the last import, and what the
 * other rows are (illustrative, estimates, or compiled reference data). Other screens may reuse it.
 */
import { sql } from 'kysely';
import type { ImportKind } from '../../domain/import/kinds';
import type { AtlasDb } from '../db/client';

/** What a dataset's rows are until imported. */
export type Baseline = 'illustrative' | 'estimate' | 'compiled' | 'none';

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

async function counts(db: AtlasDb): Promise<Record<ImportKind, Counts>> {
	const result = await sql<Record<string, number>>`
		select
			(select count(*) from ice_quarter)::int as quarters,
			(select count(capacity_import_id) from ice_quarter)::int as capacity,
			(select count(caseload_import_id) from ice_quarter)::int as caseload,
			(select count(*) from strategy_funding)::int as funding_rows,
			(select count(*) from strategy_funding where not illustrative)::int as funding,
			(select count(*) from community)::int as communities,
			(select count(*) from community where children_source = 'imported')::int as children,
			(select count(*) from jurisdiction)::int as jurisdiction_rows,
			(select count(*) from jurisdiction where source like 'import #%')::int as jurisdiction,
			(select count(*) from stream_prevention)::int as prevention_rows,
			(select count(*) from stream_prevention where not illustrative)::int as prevention,
			(select count(*) from stream_training)::int as training_rows,
			(select count(*) from stream_training where not illustrative)::int as training,
			(select count(*) from stream_registry_quarter)::int as registry_rows,
			(select count(*) from stream_registry_quarter where not illustrative)::int as registry`.execute(db);
	const n = (name: string) => result.rows[0]?.[name] ?? 0;
	return {
		capacity: { rows: n('quarters'), imported: n('capacity') },
		caseload: { rows: n('quarters'), imported: n('caseload') },
		funding: { rows: n('funding_rows'), imported: n('funding') },
		children: { rows: n('communities'), imported: n('children') },
		jurisdiction: { rows: n('jurisdiction_rows'), imported: n('jurisdiction') },
		roster: await rosterCounts(db),
		prevention: { rows: n('prevention_rows'), imported: n('prevention') },
		training: { rows: n('training_rows'), imported: n('training') },
		registry: { rows: n('registry_rows'), imported: n('registry') }
	};
}

/**
 * Roster availability rows, and those of imported members. The Project P feature's seed may write an
 * illustrative demo roster, listed in project_p_illustrative_member (its migration); where that table
 * does not exist, every member came from an import.
 */
async function rosterCounts(db: AtlasDb): Promise<Counts> {
	const found = await sql<{ demo: boolean }>`select to_regclass('public.project_p_illustrative_member') is not null as demo`.execute(db);
	const demo = found.rows[0]?.demo === true;
	const result = demo
		? await sql<Counts>`
			select count(*)::int as rows,
				(count(*) filter (where not exists (select 1 from project_p_illustrative_member d where d.member_id = a.member_id)))::int as imported
			from project_p_availability a`.execute(db)
		: await sql<Counts>`select count(*)::int as rows, count(*)::int as imported from project_p_availability`.execute(db);
	return result.rows[0] ?? { rows: 0, imported: 0 };
}

const BASELINE: Record<ImportKind, Baseline> = {
	capacity: 'illustrative',
	caseload: 'illustrative',
	funding: 'illustrative',
	children: 'estimate',
	jurisdiction: 'compiled',
	// The demo roster of the Project P feature's seed; an empty roster reads 'none'.
	roster: 'illustrative',
	prevention: 'illustrative',
	training: 'illustrative',
	registry: 'illustrative'
};

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
	return (Object.keys(BASELINE) as ImportKind[]).map((dataset) => {
		const last = latest.find((row) => row.kind === dataset);
		return {
			dataset,
			...byKind[dataset],
			baseline: byKind[dataset].rows === 0 ? 'none' : BASELINE[dataset],
			last: last && last.committed_at ? { id: last.id, file_name: last.file_name, username: last.username, committed_at: last.committed_at } : null
		};
	});
}
