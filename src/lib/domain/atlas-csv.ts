/**
 * The atlas view as CSV: one row per community shown (filters applied), raw values for analysis
 * ("<5" for suppressed counts, "withheld" for rates on them), and a column that says whether the
 * figures are illustrative, so a spreadsheet never loses that warning.
 */
import { toCsv, type CsvCell } from './csv';
import { matchesFilters, type AtlasRow, type AtlasValue } from './atlas-view';
import type { AtlasQuery } from './atlas-query';
import { periodLabelCell } from './period';

function raw(value: AtlasValue): CsvCell {
	if (value === null || typeof value !== 'object') return value;
	return 'suppressed' in value ? '<5' : 'withheld';
}

export const ATLAS_CSV_COLUMNS = [
	'csduid',
	'community',
	'police_service_id',
	'police_service',
	'opp_region',
	'period',
	'period_label',
	'metric',
	'value',
	'gap_level',
	'project_p_recommended',
	'illustrative'
] as const;

/** How the viewer's language names columns and regions (community and service names come in `rows`). */
export interface CsvNaming {
	header: (columns: readonly (typeof ATLAS_CSV_COLUMNS)[number][]) => string[];
	region: (region: string | null) => string | null;
	/** The quarter's label ("FY2025-26 Q2" / "EF 2025-2026 T2"); English when not given. */
	periodLabel?: (period: string) => string;
}
const AS_IS: CsvNaming = { header: (columns) => [...columns], region: (region) => region };

export function atlasCsv(rows: readonly AtlasRow[], query: AtlasQuery, period: string, illustrative: boolean, naming: CsvNaming = AS_IS): string {
	const label = naming.periodLabel ? naming.periodLabel(period) : periodLabelCell(period);
	const body = rows
		.filter((row) => matchesFilters(row, query.filters))
		.map((row) => [
			row.csduid,
			row.name,
			row.service_id,
			row.service_name,
			naming.region(row.opp_region),
			period,
			label,
			query.metric,
			raw(row.values[query.metric]),
			row.level,
			row.project_p,
			illustrative
		]);
	return toCsv(naming.header(ATLAS_CSV_COLUMNS), body);
}
