/** The optimiser's options, their schema (shared by the API and the form) and their check. */
import * as v from 'valibot';
import type { FteConversion } from './conversion';
import { ELIGIBILITY_RULES, type EligibilityRule } from './types';
import type { Validation } from '../result';
import { issuesToErrors } from './validate';
import { MESSAGES } from './validation-messages';

export const OPTIMISER_OBJECTIVES = ['worst_caseload', 'gap_children'] as const;
/** `worst_caseload`: lower the worst referrals per investigator; `gap_children`: close the most children's gaps. */
export type OptimiserObjective = (typeof OPTIMISER_OBJECTIVES)[number];

/**
 * $1 billion: the optimiser places one increment at a time, so its work grows with the budget; this keeps it well
 * under a second even for a thousand services, and is 200 times the strategy's $5M.
 */
export const MAX_OPTIMISER_BUDGET_CENTS = 100_000_000_000;

export type OptimiserOptions = {
	budget_cents: number;
	eligibility: EligibilityRule;
	objective: OptimiserObjective;
	/** Most the optimiser may spend on one service, or null for no cap. */
	cap_cents: number | null;
	/** Caseload at or below which staffing no longer puts a service in a gap (the coverage engine's threshold). */
	target_referrals_per_investigator: number;
	conversion: FteConversion;
};

const number = () => v.pipe(v.number(MESSAGES.number.en), v.finite(MESSAGES.number.en));
const cents = () => v.pipe(number(), v.integer(MESSAGES.wholeCents.en), v.minValue(0, MESSAGES.negative.en));
const positive = () => v.pipe(number(), v.gtValue(0, MESSAGES.positive.en));

export const optimiserOptionsSchema = v.object(
	{
		budget_cents: v.pipe(cents(), v.maxValue(MAX_OPTIMISER_BUDGET_CENTS, MESSAGES.optimiserBudgetTooLarge.en)),
		eligibility: v.picklist(ELIGIBILITY_RULES, MESSAGES.eligibility.en),
		objective: v.picklist(OPTIMISER_OBJECTIVES, MESSAGES.objective.en),
		cap_cents: v.nullable(cents()),
		target_referrals_per_investigator: positive(),
		conversion: v.object(
			{
				investigator_fte_cents: v.pipe(cents(), v.minValue(1, MESSAGES.positive.en)),
				forensic_examiner_fte_cents: v.pipe(cents(), v.minValue(1, MESSAGES.positive.en)),
				forensic_examiner_share: v.pipe(number(), v.minValue(0, MESSAGES.share.en), v.maxValue(1, MESSAGES.share.en)),
				increment_fte: v.pipe(number(), v.minValue(0, MESSAGES.negative.en), v.maxValue(10, MESSAGES.increment.en))
			},
			MESSAGES.notAnObject.en
		)
	},
	MESSAGES.notAnObject.en
);

export function validateOptimiserOptions(input: unknown): Validation<OptimiserOptions> {
	const parsed = v.safeParse(optimiserOptionsSchema, input);
	return parsed.success ? { ok: true, value: parsed.output } : { ok: false, errors: issuesToErrors(parsed.issues) };
}
