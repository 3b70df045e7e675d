/**
 * Operations of the allocation planner. Factor ids, eligibility rules, rounding units and defaults come from the
 * engine's own registries, so the description cannot drift from what the API accepts.
 */
import * as v from 'valibot';
import { COMPUTE_BODY_FIELDS, toComputeBody } from '$lib/domain/allocation/api-body';
import { DEFAULT_PARAMETERS } from '$lib/domain/allocation/defaults';
import { FACTOR_IDS, FACTORS, REMOVED_FACTORS } from '$lib/domain/allocation/factors';
import { NEW_RECIPIENT_PHASE_IN } from '$lib/domain/allocation/limits';
import { OPTIMISER_OBJECTIVES } from '$lib/domain/allocation/optimiser-options';
import { ASSISTED_LINE_NAME } from '$lib/domain/allocation/sentences';
import { REMOVED_ELIGIBILITY_RULES } from '$lib/domain/allocation/eligibility';
import { MAX_SCENARIO_NAME_LENGTH } from '$lib/domain/allocation/scenario-name';
import { SCENARIO_STATUSES } from '$lib/domain/allocation/scenario-settings';
import { ELIGIBILITY_RULES, ROUNDING_UNITS_CENTS } from '$lib/domain/allocation/types';
import { ApiError, FieldErrors, described, integer, nullableInteger, nullableTimestamp, periodCode, timestamp } from '../schemas/shared';
import type { Operation } from './operation';
import { periodEntries } from './period';

const cents = (description: string) => described(v.pipe(v.number(), v.integer(), v.minValue(0)), description);
const share = (description: string) => described(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), description);
const plannersOnly = 'Planners only (role `planner`); an API token needs the `write` scope to POST.';
const error = (description: string) => ({ description, body: ApiError });
const perFactor = <S extends v.GenericSchema>(schema: S) => Object.fromEntries(FACTOR_IDS.map((id) => [id, schema])) as Record<(typeof FACTOR_IDS)[number], S>;

/**
 * The flat body the endpoints read (domain/allocation/api-body.ts reads it by hand, to name each field's error in
 * both languages); every field optional, an unknown field an error.
 */
const computeEntries = {
	budget_cents: v.optional(described(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1e14)), 'The pot to split, in cents (default $5,000,000.00)')),
	eligibility: v.optional(
		described(
			v.picklist(ELIGIBILITY_RULES),
			`Who takes part: ICE Strategy members (default) or all services. REMOVED: ${Object.keys(REMOVED_ELIGIBILITY_RULES).map((id) => `\`${id}\``).join(', ')} (services with a community at gap or critical) was dropped because a service that hired enough to close its gap lost its funding (it paid for understaffing); a body that still names it is refused with 422 naming \`eligibility\` and saying why. One floor per eligible member (the OPP once). Services the OPP assists that are not eligible themselves (every First Nations service and services without an ICE unit, under the default) are funded on the OPP's line "${ASSISTED_LINE_NAME.en}", sized by their summed factors, with no floor; under all_services they have their own floors and the line is not used.`
		)
	),
	floor_cents: v.optional(cents('Guaranteed to each eligible service, in cents')),
	floor_share: v.optional(share('Guaranteed to each eligible service, as a share of the budget (ICAC: 0.005); default 0.005')),
	formula_share: v.optional(share('Share of what remains after floors split by the factor formula; the rest goes by need (ICAC: at least 0.75)')),
	weights: v.optional(
		described(
			v.strictObject(perFactor(v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))))),
			`Factor → weight, summing to 1: a policy choice (34 U.S.C. § 21116 sets no weights). Factors left out weigh 0. No factor reads a service's own staffing, so hiring never lowers an amount. ${FACTOR_IDS.map((id) => `\`${id}\`: ${FACTORS[id].definition}`).join(' ')} ` +
				`REMOVED: ${Object.keys(REMOVED_FACTORS)
					.map((id) => `\`${id}\``)
					.join(' and ')} were dropped because they rose when a service had fewer staff (they paid for understaffing); a body that still weights them is refused with 422 naming \`weights.<factor>\` and saying why.`
		)
	),
	cap_cents: v.optional(cents('Most any one service may receive, in cents')),
	cap_share: v.optional(share('Most any one service may receive, as a share of the budget')),
	damping: v.optional(
		described(
			v.nullable(v.pipe(v.number(), v.minValue(0))),
			`Largest change against last fiscal year's funding (0.1 = ±10 %, the default); null for none. With damping on, a recipient with no funding last year phases in: at most ${NEW_RECIPIENT_PHASE_IN * 100} % of its formula amount (floor included), never less than its floor. When the bounds cannot all hold, the 422 says which damping would work (at \`damping\`) and, when the damped amounts cannot add up to the budget, a budget that would, checked by a full split (at \`budget_cents\`).`
		)
	),
	rounding_cents: v.optional(described(v.picklist(ROUNDING_UNITS_CENTS), 'Round amounts to the cent (1), the dollar (100) or $1,000 (100000); the total stays exact')),
	period: v.optional(described(periodCode(), 'Quarter whose data feed the formula; default: the latest'))
};
const bodyText = `Every field is optional and takes its default when left out; an unknown field is an error. Give at most one of floor_cents / floor_share and of cap_cents / cap_share (no cap when neither). Fields: ${COMPUTE_BODY_FIELDS.join(', ')}.`;
const name = described(v.pipe(v.string(), v.maxLength(MAX_SCENARIO_NAME_LENGTH)), 'Scenario name');
const ComputeBody = described(v.strictObject({ ...computeEntries, name: v.optional(described(name, 'Scenario name (POST /api/allocations only; required there)')) }), bodyText);
const NewScenario = described(v.strictObject({ ...computeEntries, name }), bodyText);

const ledgerEntries = {
	floor_cents: integer(),
	factor_cents: v.object(perFactor(integer())),
	need_cents: integer(),
	cap_adjustment_cents: integer(),
	damping_adjustment_cents: integer(),
	rounding_adjustment_cents: integer(),
	sentence_en: v.string(),
	sentence_fr: v.string()
};

const Explanation = described(
	v.object({
		eligible: v.boolean(),
		...ledgerEntries,
		assisted_line_cents: v.optional(
			described(integer(), `The OPP's row only: the part of its amount on the line "${ASSISTED_LINE_NAME.en}" (counted in the sum)`)
		),
		assisted_line: v.optional(
			described(
				v.nullable(v.object({ ...ledgerEntries, amount_cents: integer(), police_service_ids: v.array(v.string()) })),
				"The OPP's row only: that line explained to the cent on its own (same ledger, no floor), with the ids of the services whose communities it answers for"
			)
		)
	}),
	'Integer cents due to each stage, adding up exactly to the amount, and the sentence a planner reads aloud'
);

export const Allocation = v.object({
	police_service_id: v.string(),
	amount_cents: integer(),
	previous_cents: described(nullableInteger(), "Last fiscal year's funding, in cents; null when none"),
	change_share: described(v.nullable(v.number()), '(amount_cents − previous_cents) ÷ previous_cents; null when there is no previous'),
	explanation: Explanation
});

export const summaryEntries = {
	id: integer(),
	name: v.string(),
	status: described(v.picklist(SCENARIO_STATUSES), 'An approved scenario never changes; a new version is a copy'),
	...periodEntries,
	total_cents: integer(),
	illustrative: v.boolean(),
	created_by: v.string(),
	created_at: timestamp(),
	updated_at: timestamp(),
	approved_by: v.nullable(v.string()),
	approved_at: nullableTimestamp(),
	copied_from: nullableInteger(),
	url: v.string()
};

export const Scenario = v.object({
	...summaryEntries,
	parameters: described(v.object(computeEntries), 'The parameters, in the compute body’s shape'),
	conversion: described(
		v.record(v.string(), v.unknown()),
		'Dollars to FTEs (loaded annual cost of an investigator and an examiner, examiner share, increment)'
	),
	objective: v.picklist(OPTIMISER_OBJECTIVES),
	allocations: v.array(Allocation)
});

const badInput = {
	'400': { description: 'The body is not JSON (`error` only), or not an object (`error` and `errors`)', body: ApiError },
	'422': {
		description:
			'Bad values, each named by field with what value would work: weights not summing to 1 (the scaled weights are given), a removed factor (caseload_per_investigator, gap_severity), negative amounts, floors over the budget (the largest floor that fits), a cap below the floor or too small to hold the budget (the smallest that would), an unknown field or quarter, damping that cannot be met (the smallest damping that would work), rounding too coarse',
		body: FieldErrors
	},
	'403': error('Not a planner, or an API token without the `write` scope')
};

export const allocationsOperations: Operation[] = [
	{
		path: '/api/allocations/compute',
		method: 'post',
		operationId: 'computeAllocation',
		summary: 'Split a budget among police services, to the cent, without saving',
		description: `Runs the allocation formula (floors, factor formula and need, caps, damping, largest-remainder rounding) on the quarter's data. The amounts add up exactly to budget_cents. ${plannersOnly}`,
		access: 'signed-in',
		body: { schema: ComputeBody, examples: [toComputeBody(DEFAULT_PARAMETERS)] },
		responses: {
			'200': {
				description: 'The split',
				body: v.object({
					...periodEntries,
					total_cents: integer(),
					allocations: described(v.array(Allocation), 'Every police service, ineligible ones at 0'),
					illustrative: v.boolean()
				})
			},
			...badInput
		}
	},
	{
		path: '/api/allocations',
		method: 'get',
		operationId: 'listAllocationScenarios',
		summary: 'Allocation scenarios, most recently changed first',
		description: plannersOnly,
		access: 'signed-in',
		responses: { '200': { description: 'Scenarios', body: v.object({ count: integer(), data: v.array(v.object(summaryEntries)) }) }, '403': error('Not a planner') }
	},
	{
		path: '/api/allocations',
		method: 'post',
		operationId: 'createAllocationScenario',
		summary: 'Save a new draft scenario (the compute body plus `name`)',
		description: `The change is audited. ${plannersOnly}`,
		access: 'signed-in',
		body: { schema: NewScenario, examples: [{ ...toComputeBody(DEFAULT_PARAMETERS), name: 'Default split' }] },
		responses: {
			'201': { description: 'Saved; `Location` names it', body: Scenario, headers: { Location: { description: 'The new scenario', schema: { type: 'string' } } } },
			...badInput
		}
	},
	{
		path: '/api/allocations/{id}',
		method: 'get',
		operationId: 'getAllocationScenario',
		summary: 'One allocation scenario with its amounts and explanations',
		description: plannersOnly,
		access: 'signed-in',
		parameters: [{ name: 'id', in: 'path', schema: v.pipe(v.number(), v.integer(), v.minValue(1)) }],
		responses: {
			'200': { description: 'The scenario', body: Scenario },
			'400': error('A malformed id'),
			'403': error('Not a planner'),
			'404': error('No such scenario')
		}
	}
];
