/**
 * OpenAPI paths of the allocation planner (issue 6, deliverable 6). Factor ids, eligibility rules, rounding units and
 * defaults come from the engine's own registries, so the description cannot drift from what the API accepts.
 */
import { COMPUTE_BODY_FIELDS, toComputeBody } from '../../../domain/allocation/api-body';
import { DEFAULT_PARAMETERS } from '../../../domain/allocation/defaults';
import { FACTOR_IDS, FACTORS, REMOVED_FACTORS } from '../../../domain/allocation/factors';
import { NEW_RECIPIENT_PHASE_IN } from '../../../domain/allocation/limits';
import { ASSISTED_LINE_NAME } from '../../../domain/allocation/sentences';
import { MAX_SCENARIO_NAME_LENGTH } from '../../../domain/allocation/scenario-name';
import { REMOVED_ELIGIBILITY_RULES } from '../../../domain/allocation/eligibility';
import { ELIGIBILITY_RULES, ROUNDING_UNITS_CENTS } from '../../../domain/allocation/types';
import type { PathItems } from './document';
import { periodProperties, periodRequired } from './period';

const json = (schema: unknown) => ({ 'application/json': { schema } });
const cents = (description: string) => ({ type: 'integer', minimum: 0, description });
const share = (description: string) => ({ type: 'number', minimum: 0, maximum: 1, description });
const plannersOnly = 'Planners only (role `planner`); an API token needs the `write` scope to POST.';

const ComputeBody = {
	type: 'object',
	additionalProperties: false,
	description: `Every field is optional and takes its default when left out; an unknown field is an error. Give at most one of floor_cents / floor_share and of cap_cents / cap_share (no cap when neither). Fields: ${COMPUTE_BODY_FIELDS.join(', ')}.`,
	properties: {
		budget_cents: { ...cents('The pot to split, in cents (default $5,000,000.00)'), minimum: 1, maximum: 1e14 },
		eligibility: {
			type: 'string',
			enum: [...ELIGIBILITY_RULES],
			description: `Who takes part: ICE Strategy members (default) or all services. REMOVED: ${Object.keys(REMOVED_ELIGIBILITY_RULES).map((id) => `\`${id}\``).join(', ')} (services with a community at gap or critical) was dropped because a service that hired enough to close its gap lost its funding (it paid for understaffing); a body that still names it is refused with 422 naming \`eligibility\` and saying why. One floor per eligible member (the OPP once). Services the OPP assists that are not eligible themselves (every First Nations service and services without an ICE unit, under the default) are funded on the OPP's line "${ASSISTED_LINE_NAME.en}", sized by their summed factors, with no floor; under all_services they have their own floors and the line is not used.`
		},
		floor_cents: cents('Guaranteed to each eligible service, in cents'),
		floor_share: share('Guaranteed to each eligible service, as a share of the budget (ICAC: 0.005); default 0.005'),
		formula_share: share('Share of what remains after floors split by the factor formula; the rest goes by need (ICAC: at least 0.75)'),
		weights: {
			type: 'object',
			description:
				`Factor → weight, summing to 1: a policy choice (34 U.S.C. § 21116 sets no weights). Factors left out weigh 0. No factor reads a service's own staffing, so hiring never lowers an amount. ${FACTOR_IDS.map((id) => `\`${id}\`: ${FACTORS[id].definition}`).join(' ')} ` +
				`REMOVED: ${Object.keys(REMOVED_FACTORS).map((id) => `\`${id}\``).join(' and ')} were dropped because they rose when a service had fewer staff (they paid for understaffing); a body that still weights them is refused with 422 naming \`weights.<factor>\` and saying why.`,
			properties: Object.fromEntries(FACTOR_IDS.map((id) => [id, { type: 'number', minimum: 0, maximum: 1 }])),
			additionalProperties: false
		},
		cap_cents: cents('Most any one service may receive, in cents'),
		cap_share: share('Most any one service may receive, as a share of the budget'),
		damping: {
			type: ['number', 'null'],
			minimum: 0,
			description: `Largest change against last fiscal year's funding (0.1 = ±10 %, the default); null for none. With damping on, a recipient with no funding last year phases in: at most ${NEW_RECIPIENT_PHASE_IN * 100} % of its formula amount (floor included), never less than its floor. When the bounds cannot all hold, the 422 says which damping would work (at \`damping\`) and, when the damped amounts cannot add up to the budget, a budget that would, checked by a full split (at \`budget_cents\`).`
		},
		rounding_cents: { type: 'integer', enum: [...ROUNDING_UNITS_CENTS], description: 'Round amounts to the cent (1), the dollar (100) or $1,000 (100000); the total stays exact' },
		period: { type: 'string', pattern: '^[0-9]{4}-Q[1-4]$', description: 'Quarter whose data feed the formula; default: the latest' },
		name: { type: 'string', maxLength: MAX_SCENARIO_NAME_LENGTH, description: 'Scenario name (POST /api/allocations only; required there)' }
	},
	examples: [toComputeBody(DEFAULT_PARAMETERS)]
};

const Explanation = {
	type: 'object',
	description: 'Integer cents due to each stage, adding up exactly to the amount, and the sentence a planner reads aloud',
	properties: {
		eligible: { type: 'boolean' },
		floor_cents: { type: 'integer' },
		factor_cents: { type: 'object', properties: Object.fromEntries(FACTOR_IDS.map((id) => [id, { type: 'integer' }])) },
		need_cents: { type: 'integer' },
		cap_adjustment_cents: { type: 'integer' },
		damping_adjustment_cents: { type: 'integer' },
		rounding_adjustment_cents: { type: 'integer' },
		assisted_line_cents: {
			type: 'integer',
			description: `The OPP's row only: the part of its amount on the line "${ASSISTED_LINE_NAME.en}" (counted in the sum)`
		},
		assisted_line: {
			type: ['object', 'null'],
			description: 'The OPP\'s row only: that line explained to the cent on its own (same ledger, no floor), with the ids of the services whose communities it answers for (police_service_ids)'
		},
		sentence_en: { type: 'string' },
		sentence_fr: { type: 'string' }
	}
};

const Allocation = {
	type: 'object',
	required: ['police_service_id', 'amount_cents', 'previous_cents', 'change_share', 'explanation'],
	properties: {
		police_service_id: { type: 'string' },
		amount_cents: { type: 'integer' },
		previous_cents: { type: ['integer', 'null'], description: "Last fiscal year's funding, in cents; null when none" },
		change_share: { type: ['number', 'null'], description: '(amount_cents − previous_cents) ÷ previous_cents; null when there is no previous' },
		explanation: Explanation
	}
};

const ScenarioSummary = {
	type: 'object',
	properties: {
		id: { type: 'integer' },
		name: { type: 'string' },
		status: { type: 'string', enum: ['draft', 'approved'], description: 'An approved scenario never changes; a new version is a copy' },
		...periodProperties,
		total_cents: { type: 'integer' },
		illustrative: { type: 'boolean' },
		created_by: { type: 'string' },
		created_at: { type: 'string', format: 'date-time' },
		updated_at: { type: 'string', format: 'date-time' },
		approved_by: { type: ['string', 'null'] },
		approved_at: { type: ['string', 'null'], format: 'date-time' },
		copied_from: { type: ['integer', 'null'] },
		url: { type: 'string' }
	}
};

const Scenario = {
	...ScenarioSummary,
	properties: {
		...ScenarioSummary.properties,
		parameters: { ...ComputeBody, description: 'The parameters, in the compute body’s shape' },
		conversion: { type: 'object', description: 'Dollars to FTEs (loaded annual cost of an investigator and an examiner, examiner share, increment)' },
		objective: { type: 'string', enum: ['worst_caseload', 'gap_children'] },
		allocations: { type: 'array', items: Allocation }
	}
};

const FieldErrors = {
	type: 'object',
	required: ['error', 'errors'],
	properties: {
		error: {
			type: 'object',
			required: ['status', 'code', 'message'],
			properties: { status: { type: 'integer' }, code: { type: 'string', enum: ['bad_request', 'unprocessable'] }, message: { type: 'string' } }
		},
		errors: {
			type: 'array',
			description: 'One message per field, in the request’s language',
			items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } }
		}
	}
};

const badInput = {
	'400': { description: 'The body is not JSON, or not an object', content: json(FieldErrors) },
	'422': {
		description:
			'Bad values, each named by field with what value would work: weights not summing to 1 (the scaled weights are given), a removed factor (caseload_per_investigator, gap_severity), negative amounts, floors over the budget (the largest floor that fits), a cap below the floor or too small to hold the budget (the smallest that would), an unknown field or quarter, damping that cannot be met (the smallest damping that would work), rounding too coarse',
		content: json(FieldErrors)
	}
};

export const allocationsPaths: PathItems = {
	'/api/allocations/compute': {
		post: {
			summary: 'Split a budget among police services, to the cent, without saving',
			description: `Runs the allocation formula (floors, factor formula and need, caps, damping, largest-remainder rounding) on the quarter's data. The amounts add up exactly to budget_cents. ${plannersOnly}`,
			requestBody: { required: true, content: json(ComputeBody) },
			responses: {
				'200': {
					description: 'The split',
					content: json({
						type: 'object',
						required: [...periodRequired, 'total_cents', 'allocations', 'illustrative'],
						properties: {
							...periodProperties,
							total_cents: { type: 'integer' },
							allocations: { type: 'array', items: Allocation, description: 'Every police service, ineligible ones at 0' },
							illustrative: { type: 'boolean' }
						}
					})
				},
				...badInput
			}
		}
	},
	'/api/allocations': {
		get: {
			summary: 'Allocation scenarios, most recently changed first',
			description: plannersOnly,
			responses: { '200': { description: 'Scenarios', content: json({ type: 'object', properties: { count: { type: 'integer' }, data: { type: 'array', items: ScenarioSummary } } }) } }
		},
		post: {
			summary: 'Save a new draft scenario (the compute body plus `name`)',
			description: `The change is audited. ${plannersOnly}`,
			requestBody: { required: true, content: json({ ...ComputeBody, required: ['name'] }) },
			responses: { '201': { description: 'Saved; `Location` names it', content: json(Scenario) }, ...badInput }
		}
	},
	'/api/allocations/{id}': {
		get: {
			summary: 'One allocation scenario with its amounts and explanations',
			description: plannersOnly,
			parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
			responses: {
				'200': { description: 'The scenario', content: json(Scenario) },
				'400': { $ref: '#/components/responses/BadRequest' },
				'404': { $ref: '#/components/responses/NotFound' }
			}
		}
	}
};
