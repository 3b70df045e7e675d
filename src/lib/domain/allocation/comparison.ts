/**
 * The formula's split beside the optimiser's, service by service, in the same currency: the formula's dollars are
 * turned into FTEs with conversion.ts, exactly as the optimiser priced its placements, and both are projected with the
 * same staffing stand-in (projection.ts). Rows cover the services eligible on either side, sorted by id.
 */
import type { FteConversion } from './conversion';
import { byServiceId } from './eligibility';
import type { OptimiserResult } from './optimiser';
import { projectFtes, staffingOutcome, worstCaseload, type StaffingOutcome } from './projection';
import type { AllocationResult, AllocationServiceInput } from './types';

export type SideOutcome = {
	amount_cents: number;
	investigator_fte_added: number;
	forensic_examiner_fte_added: number;
	/** null: referrals but still no investigator. */
	referrals_per_investigator_after: number | null;
	gap_closed: boolean;
};

export type ComparisonRow = {
	police_service_id: string;
	referrals_per_investigator_before: number | null;
	formula: SideOutcome;
	optimiser: SideOutcome;
};

export type ComparisonTotals = {
	amount_cents: number;
	investigator_fte_added: number;
	forensic_examiner_fte_added: number;
	worst_referrals_per_investigator_after: number | null;
	children_in_closed_gaps: number;
	services_funded: number;
};

export type FormulaOptimiserComparison = {
	rows: ComparisonRow[];
	formula: ComparisonTotals;
	optimiser: ComparisonTotals;
};

function totals(
	services: readonly AllocationServiceInput[],
	sides: readonly SideOutcome[],
	outcomes: readonly StaffingOutcome[]
): ComparisonTotals {
	let amount = 0;
	let investigators = 0;
	let examiners = 0;
	let children = 0;
	let funded = 0;
	sides.forEach((side, index) => {
		amount += side.amount_cents;
		investigators += side.investigator_fte_added;
		examiners += side.forensic_examiner_fte_added;
		if (side.amount_cents > 0) funded += 1;
		if (side.gap_closed) children += services[index]?.children_in_gap ?? 0;
	});
	return {
		amount_cents: amount,
		investigator_fte_added: investigators,
		forensic_examiner_fte_added: examiners,
		worst_referrals_per_investigator_after: worstCaseload(outcomes, true),
		children_in_closed_gaps: children,
		services_funded: funded
	};
}

export function compareWithFormula(
	services: readonly AllocationServiceInput[],
	allocation: AllocationResult,
	optimised: OptimiserResult,
	conversion: FteConversion,
	targetReferralsPerInvestigator: number
): FormulaOptimiserComparison {
	const eligibleIds = new Set<string>(optimised.placements.map((p) => p.police_service_id));
	for (const a of allocation.allocations) if (a.explanation.eligible) eligibleIds.add(a.police_service_id);
	const compared = services.filter((s) => eligibleIds.has(s.police_service_id)).sort(byServiceId);

	const funded = new Map(projectFtes(allocation.allocations, conversion).map((f) => [f.police_service_id, f]));
	const placed = new Map(optimised.placements.map((p) => [p.police_service_id, p]));
	const formulaOutcomes: StaffingOutcome[] = [];
	const optimiserOutcomes: StaffingOutcome[] = [];
	const rows = compared.map((service) => {
		const ftes = funded.get(service.police_service_id);
		const placement = placed.get(service.police_service_id);
		const target = targetReferralsPerInvestigator;
		const formulaOutcome = staffingOutcome(service, ftes?.investigator_fte_added ?? 0, target);
		const optimiserOutcome = staffingOutcome(service, placement?.investigator_fte_added ?? 0, target);
		formulaOutcomes.push(formulaOutcome);
		optimiserOutcomes.push(optimiserOutcome);
		return {
			police_service_id: service.police_service_id,
			referrals_per_investigator_before: formulaOutcome.referrals_per_investigator_before,
			formula: {
				amount_cents: ftes?.amount_cents ?? 0,
				investigator_fte_added: formulaOutcome.investigator_fte_added,
				forensic_examiner_fte_added: ftes?.forensic_examiner_fte_added ?? 0,
				referrals_per_investigator_after: formulaOutcome.referrals_per_investigator_after,
				gap_closed: formulaOutcome.gap_closed
			},
			optimiser: {
				amount_cents: placement?.cost_cents ?? 0,
				investigator_fte_added: optimiserOutcome.investigator_fte_added,
				forensic_examiner_fte_added: 0,
				referrals_per_investigator_after: optimiserOutcome.referrals_per_investigator_after,
				gap_closed: optimiserOutcome.gap_closed
			}
		};
	});
	return {
		rows,
		formula: totals(compared, rows.map((row) => row.formula), formulaOutcomes),
		optimiser: totals(compared, rows.map((row) => row.optimiser), optimiserOutcomes)
	};
}
