/**
 * The /gaps list as CSV (UTF-8 with a byte-order mark, domain/csv.ts): the rows shown, in rank order,
 * with each reason in English and French exactly as the viewer may see it ("<5" stays "<5", a withheld
 * rate stays "withheld"), and an `illustrative` column so a spreadsheet never loses that warning.
 */
import { toCsv, type CsvCell } from '$lib/domain/csv';
import type { CoverageView } from '$lib/domain/coverage';
import type { GapRow } from '$lib/domain/gaps/list';
import { csvHeader, type CsvColumn } from '$lib/domain/csv-columns';
import { csvRegion } from '$lib/i18n/csv-columns';
import type { Locale } from '$lib/i18n/locale';
import { periodLabelCell } from '$lib/domain/period';

export const GAPS_CSV_COLUMNS: readonly CsvColumn[] = [
	'rank',
	'csduid',
	'community',
	'police_service_id',
	'police_service',
	'service_kind',
	'opp_region',
	'period',
	'period_label',
	'gap_level',
	'children_estimate',
	'distance_to_ice_unit_km',
	'project_p_recommended',
	'project_p_basis',
	'reason_codes',
	'reasons_en',
	'reasons_fr',
	'illustrative'
];

/** Reasons are joined with " | ": no message contains that sequence. */
const SEPARATOR = ' | ';

/** Kilometres to one decimal: the centroids are not more precise than that. */
function km(value: number | null): number | null {
	return value === null ? null : Math.round(value * 10) / 10;
}

export function gapsCsv(rows: readonly GapRow[], view: CoverageView, illustrative: boolean, locale: Locale = 'en'): string {
	const coverageOf = new Map(view.communities.map((community) => [community.csduid, community]));
	const body = rows.map((row): CsvCell[] => {
		const reasons = coverageOf.get(row.csduid)?.reasons ?? [];
		return [
			row.rank,
			row.csduid,
			row.name,
			row.service_id,
			row.service_name,
			row.service_kind,
			csvRegion(row.opp_region, locale),
			view.period,
			periodLabelCell(view.period, locale),
			row.level,
			row.children,
			km(row.distance_km),
			row.project_p,
			row.project_p_basis,
			reasons.map((reason) => reason.code).join(SEPARATOR),
			reasons.map((reason) => reason.message_en).join(SEPARATOR),
			reasons.map((reason) => reason.message_fr).join(SEPARATOR),
			illustrative
		];
	});
	return toCsv(csvHeader(GAPS_CSV_COLUMNS, locale), body);
}
