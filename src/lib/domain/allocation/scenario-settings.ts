/**
 * What a saved scenario holds besides its name and quarter: the formula's parameters, the dollars-to-FTE conversion
 * used to project it, and the optimiser's objective for the "what does the money buy" comparison.
 */
import * as v from 'valibot';
import { DEFAULT_CONVERSION, type FteConversion } from './conversion';
import { DEFAULT_PARAMETERS } from './defaults';
import { REMOVED_ELIGIBILITY_RULES } from './eligibility';
import { REMOVED_FACTORS } from './factors';
import { optimiserOptionsSchema, type OptimiserObjective } from './optimiser-options';
import type { AllocationParameters } from './types';
import { validateParameters } from './validate';

export const SCENARIO_STATUSES = ['draft', 'approved'] as const;
/** A draft can change and be deleted; an approved scenario never changes again (a new version is a copy). */
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

export type ScenarioSettings = {
	parameters: AllocationParameters;
	conversion: FteConversion;
	objective: OptimiserObjective;
};

export const DEFAULT_SETTINGS: ScenarioSettings = {
	parameters: DEFAULT_PARAMETERS,
	conversion: DEFAULT_CONVERSION,
	objective: 'worst_caseload'
};

/**
 * A scenario saved while `caseload_per_investigator` and `gap_severity` were factors: their weights are dropped and the
 * others scaled back to a sum of 1 (or, when nothing is left, the default weights), so the scenario still opens. Its
 * amounts are the ones stored when it was computed; only a recomputation would use the scaled weights.
 */
function withoutRemovedFactors(stored: unknown): unknown {
	if (typeof stored !== 'object' || stored === null) return stored;
	const parameters = withoutRemovedRule(stored);
	const weights = (parameters as { weights?: unknown }).weights;
	if (typeof weights !== 'object' || weights === null) return parameters;
	const entries = Object.entries(weights as Record<string, unknown>);
	if (!entries.some(([id]) => REMOVED_FACTORS[id] !== undefined)) return parameters;
	const kept = entries.filter(([id]) => REMOVED_FACTORS[id] === undefined);
	const sum = kept.reduce((total, [, weight]) => total + (typeof weight === 'number' ? weight : 0), 0);
	const scaled =
		sum > 0 ? Object.fromEntries(kept.map(([id, weight]) => [id, typeof weight === 'number' ? weight / sum : weight])) : DEFAULT_PARAMETERS.weights;
	return { ...parameters, weights: scaled };
}

/**
 * A scenario saved under the withdrawn rule "services with a gap" opens as "all services", the rule that still exists
 * and includes every service it funded; its stored amounts are unchanged, and only a recomputation would use the new rule.
 */
function withoutRemovedRule(parameters: object): object {
	const rule = (parameters as { eligibility?: unknown }).eligibility;
	return typeof rule === 'string' && Object.hasOwn(REMOVED_ELIGIBILITY_RULES, rule) ? { ...parameters, eligibility: 'all_services' } : parameters;
}

/**
 * Settings read back from storage: checked again (a stored value was valid when written, but the rules may have
 * tightened since), the conversion and objective through the optimiser's own schema.
 */
export function readSettings(parameters: unknown, conversion: unknown, objective: unknown): ScenarioSettings | null {
	const checked = validateParameters(withoutRemovedFactors(parameters));
	const options = optimiserOptionsSchema.entries;
	const checkedConversion = v.safeParse(options.conversion, conversion);
	const checkedObjective = v.safeParse(options.objective, objective);
	if (!checked.ok || !checkedConversion.success || !checkedObjective.success) return null;
	return { parameters: checked.value, conversion: checkedConversion.output, objective: checkedObjective.output };
}
