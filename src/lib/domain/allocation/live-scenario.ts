/**
 * Everything the scenario page shows from the form's current text, recomputed on each keystroke in the browser and
 * once on the server for the first paint: the field errors, the formula's split and, beside it, what the optimiser
 * would buy with the same money (comparison.ts). The same pure engine runs in both places, so what a planner sees
 * while typing is what saving stores.
 */
import type { Locale } from '../locale';
import { compareWithFormula, type FormulaOptimiserComparison } from './comparison';
import { capCents } from './limits';
import { MAX_OPTIMISER_BUDGET_CENTS } from './optimiser-options';
import { optimiseStaffing } from './optimiser';
import { computeAllocation, withWorkingBudget } from './formula';
import { infeasibilityErrors } from './infeasibility-fields';
import { formFieldOf, parseScenarioForm, type FormValues } from './scenario-form';
import { checkScenarioName } from './scenario-name';
import type { ScenarioSettings } from './scenario-settings';
import type { FieldError } from '../result';
import type { AllocationServiceInput, ServiceAllocation } from './types';

export type LiveScenario = {
	/** Field errors under the form's input names (name included). */
	errors: FieldError[];
	settings: ScenarioSettings | null;
	split: { total_cents: number; allocations: ServiceAllocation[] } | null;
	/** null when there is no split, or the budget is beyond what the optimiser takes. */
	comparison: FormulaOptimiserComparison | null;
	optimiserTooLarge: boolean;
};

export function liveScenario(
	values: FormValues,
	locale: Locale,
	services: readonly AllocationServiceInput[],
	caseloadTarget: number
): LiveScenario {
	const name = checkScenarioName(values.name);
	const nameErrors = name.ok ? [] : name.errors;
	const parsed = parseScenarioForm(values, locale, services);
	if (!parsed.ok) return { errors: [...nameErrors, ...parsed.errors], settings: null, split: null, comparison: null, optimiserTooLarge: false };
	const outcome = scenarioOutcome(services, parsed.value, caseloadTarget);
	if (outcome.infeasible) {
		const errors = outcome.infeasible.map((e) => ({ ...e, field: formFieldOf(e.field, values) }));
		return { errors: [...nameErrors, ...errors], settings: parsed.value, split: null, comparison: null, optimiserTooLarge: false };
	}
	const { split, comparison, optimiserTooLarge } = outcome;
	return { errors: nameErrors, settings: parsed.value, split, comparison, optimiserTooLarge };
}

export type ScenarioOutcome = Pick<LiveScenario, 'split' | 'comparison' | 'optimiserTooLarge'> & {
	/** Engine field errors when the split cannot be made. */
	infeasible: FieldError[] | null;
};

/** The split of valid settings and, beside it, what the optimiser buys with the same money. */
export function scenarioOutcome(
	services: readonly AllocationServiceInput[],
	settings: ScenarioSettings,
	caseloadTarget: number
): ScenarioOutcome {
	const { parameters } = settings;
	const result = withWorkingBudget(services, parameters, computeAllocation(services, parameters));
	if (result.infeasible) return { infeasible: infeasibilityErrors(result.infeasible), split: null, comparison: null, optimiserTooLarge: false };
	const split = { total_cents: result.total_cents, allocations: result.allocations };
	const optimiserTooLarge = parameters.budget_cents > MAX_OPTIMISER_BUDGET_CENTS;
	let comparison: FormulaOptimiserComparison | null = null;
	if (!optimiserTooLarge) {
		const optimised = optimiseStaffing(services, {
			budget_cents: parameters.budget_cents,
			eligibility: parameters.eligibility,
			objective: settings.objective,
			cap_cents: parameters.cap.kind === 'none' ? null : capCents(parameters.cap, parameters.budget_cents),
			target_referrals_per_investigator: caseloadTarget,
			conversion: settings.conversion
		});
		if (optimised.ok) comparison = compareWithFormula(services, result, optimised.value, settings.conversion, caseloadTarget);
	}
	return { infeasible: null, split, comparison, optimiserTooLarge };
}
