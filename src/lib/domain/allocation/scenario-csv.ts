/**
 * A scenario as CSV (issue 6, deliverable 4): one row per police service with the amount in integer cents and in
 * dollars, last year's amount and the change (in cents and as a share), the part on the OPP's assisted-communities
 * line, every line of the explanation in cents, the FTEs the money funds, the
 * sentence a planner reads aloud in English and French, and whether the figures are illustrative, so a spreadsheet
 * never loses that warning. Column names are stable identifiers for analysis tools, in the viewer's language
 * (domain/csv-columns.ts: English ids, or their French equivalents); the order never changes, and `status` stays a code.
 */
import { csvHeader, type CsvColumn } from '../csv-columns';
import type { Locale } from '../locale';
import { toCsv, type CsvCell } from '../csv';
import { periodLabelCell } from '../period';
import { changeFrom } from './change';
import { FACTOR_IDS } from './factors';
import { projectFtes } from './projection';
import type { ScenarioDetail } from './scenario';

export const SCENARIO_CSV_COLUMNS = [
	'scenario_id',
	'scenario',
	'status',
	'period',
	'period_label',
	'police_service_id',
	'police_service',
	'eligible',
	'amount_cents',
	'amount_dollars',
	'last_year_cents',
	'change_from_last_year_cents',
	'change_from_last_year_share',
	'floor_cents',
	...FACTOR_IDS.map((id) => `formula_${id}_cents` as const),
	'need_cents',
	'cap_adjustment_cents',
	'damping_adjustment_cents',
	'rounding_adjustment_cents',
	'assisted_line_cents',
	'investigator_fte_funded',
	'forensic_examiner_fte_funded',
	'explanation_en',
	'explanation_fr',
	'illustrative'
] as const satisfies readonly CsvColumn[];

export function scenarioCsv(scenario: ScenarioDetail, serviceNames: ReadonlyMap<string, string>, locale: Locale = 'en'): string {
	const lastYear = new Map(scenario.inputs.map((input) => [input.police_service_id, input.last_year_cents]));
	const funded = new Map(projectFtes(scenario.lines, scenario.settings.conversion).map((row) => [row.police_service_id, row]));
	const rows = scenario.lines.map((line): CsvCell[] => {
		const e = line.explanation;
		const previous = lastYear.get(line.police_service_id) ?? null;
		const ftes = funded.get(line.police_service_id);
		return [
			scenario.id,
			scenario.name,
			scenario.status,
			scenario.period,
			periodLabelCell(scenario.period, locale),
			line.police_service_id,
			serviceNames.get(line.police_service_id) ?? line.police_service_id,
			e.eligible,
			line.amount_cents,
			// Integer cents ÷ 100 prints as the exact decimal (e.g. 1234.5 for 123450): no floating-point tail.
			line.amount_cents / 100,
			previous,
			previous === null ? null : line.amount_cents - previous,
			changeFrom(line.amount_cents, previous).change_share,
			e.floor_cents,
			...FACTOR_IDS.map((id) => e.factor_cents[id]),
			e.need_cents,
			e.cap_adjustment_cents,
			e.damping_adjustment_cents,
			e.rounding_adjustment_cents,
			e.assisted_line_cents ?? 0,
			ftes?.investigator_fte_added ?? 0,
			ftes?.forensic_examiner_fte_added ?? 0,
			e.sentence_en,
			e.sentence_fr,
			scenario.illustrative
		];
	});
	return toCsv(csvHeader(SCENARIO_CSV_COLUMNS, locale), rows);
}
