/**
 * Computing a scenario for saving: the formula on the quarter's inputs with the planner's settings, to the cent, or
 * the reasons it cannot be done as field errors (engine field names; the form and the API rename them).
 */
import type { PeriodKey } from '../period';
import { computeAllocation, withWorkingBudget } from './formula';
import { infeasibilityErrors } from './infeasibility-fields';
import type { ScenarioSettings } from './scenario-settings';
import type { AllocationServiceInput, ServiceAllocation } from './types';
import type { Validation } from '../result';

/** What saving writes: the settings, the inputs, and the amounts the engine computed from them. */
export type ComputedScenario = {
	name: string;
	period: PeriodKey;
	settings: ScenarioSettings;
	inputs: readonly AllocationServiceInput[];
	illustrative: boolean;
	total_cents: number;
	allocations: readonly ServiceAllocation[];
};

export type ScenarioSource = {
	period: PeriodKey;
	services: readonly AllocationServiceInput[];
	illustrative: boolean;
};

export function computeScenario(source: ScenarioSource, name: string, settings: ScenarioSettings): Validation<ComputedScenario> {
	const result = withWorkingBudget(source.services, settings.parameters, computeAllocation(source.services, settings.parameters));
	if (result.infeasible) return { ok: false, errors: infeasibilityErrors(result.infeasible) };
	return {
		ok: true,
		value: {
			name,
			period: source.period,
			settings,
			inputs: source.services,
			illustrative: source.illustrative,
			total_cents: result.total_cents,
			allocations: result.allocations
		}
	};
}
