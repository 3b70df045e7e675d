/**
 * Two or three saved scenarios side by side (issue 6, deliverable 4): each service's amount in each, its difference
 * from the first scenario, and per scenario the totals, the FTEs the money funds (conversion.ts, each scenario with its
 * own conversion) and what its projection closes (coverage-projection.ts).
 */
import { changeFrom } from './change';
import { byServiceId } from './eligibility';
import type { AllocationServiceInput } from './types';
import { projectFtes } from './projection';
import type { FteConversion } from './conversion';

export type ComparedScenario = {
	lines: readonly { police_service_id: string; amount_cents: number }[];
	/** The inputs its amounts were computed from: last fiscal year's funding is read from them. */
	inputs?: readonly Pick<AllocationServiceInput, 'police_service_id' | 'last_year_cents'>[];
	conversion: FteConversion;
	projection: { gaps_closed: number; children_in_closed_gaps: number; improved: number };
};

export type ScenarioComparisonRow = {
	police_service_id: string;
	/** One per scenario, in the order given. */
	amounts_cents: number[];
	/** Each amount minus the first scenario's (the first is always 0). */
	differences_cents: number[];
	/** Last fiscal year's funding as each scenario's inputs have it (null: none). */
	previous_cents: (number | null)[];
	/** Each amount's change from that funding, (amount − previous) ÷ previous; null when there was none. */
	change_shares: (number | null)[];
};

export type ScenarioTotals = {
	amount_cents: number;
	services_funded: number;
	investigator_fte: number;
	forensic_examiner_fte: number;
	gaps_closed: number;
	children_in_closed_gaps: number;
	communities_improved: number;
};

export type ScenarioComparison = { rows: ScenarioComparisonRow[]; totals: ScenarioTotals[] };

function spread(row: ScenarioComparisonRow): number {
	return Math.max(...row.amounts_cents) - Math.min(...row.amounts_cents);
}

/** Rows for every service some scenario funds, the largest disagreement first (then by id). */
export function compareScenarios(scenarios: readonly ComparedScenario[]): ScenarioComparison {
	const amounts = scenarios.map((s) => new Map(s.lines.map((line) => [line.police_service_id, line.amount_cents])));
	const previous = scenarios.map((s) => new Map((s.inputs ?? []).map((input) => [input.police_service_id, input.last_year_cents])));
	const ids = new Set<string>();
	for (const scenario of scenarios) for (const line of scenario.lines) if (line.amount_cents > 0) ids.add(line.police_service_id);
	const rows = [...ids]
		.map((police_service_id) => ({ police_service_id }))
		.sort(byServiceId)
		.map(({ police_service_id }) => {
			const row = amounts.map((byId) => byId.get(police_service_id) ?? 0);
			const first = row[0] ?? 0;
			const changes = row.map((amount, i) => changeFrom(amount, previous[i]?.get(police_service_id) ?? null));
			return {
				police_service_id,
				amounts_cents: row,
				differences_cents: row.map((amount) => amount - first),
				previous_cents: changes.map((change) => change.previous_cents),
				change_shares: changes.map((change) => change.change_share)
			};
		})
		.sort((a, b) => spread(b) - spread(a));

	const totals = scenarios.map((scenario): ScenarioTotals => {
		const funded = projectFtes(scenario.lines, scenario.conversion);
		return {
			amount_cents: scenario.lines.reduce((sum, line) => sum + line.amount_cents, 0),
			services_funded: scenario.lines.filter((line) => line.amount_cents > 0).length,
			investigator_fte: funded.reduce((sum, row) => sum + row.investigator_fte_added, 0),
			forensic_examiner_fte: funded.reduce((sum, row) => sum + row.forensic_examiner_fte_added, 0),
			gaps_closed: scenario.projection.gaps_closed,
			children_in_closed_gaps: scenario.projection.children_in_closed_gaps,
			communities_improved: scenario.projection.improved
		};
	});
	return { rows, totals };
}
