/**
 * OpenAPI paths of Project P assistance (issue 7, deliverable 6). Enums come from the domain's own lists
 * and the transition table, so the description cannot drift from what the API accepts.
 */
import { TRANSITIONS } from '../../../domain/project-p/transitions';
import { MAX_ASSIGNMENTS } from '../../../domain/project-p/transition-input';
import {
	DESCRIPTION_MAX_LENGTH,
	REASON_MAX_LENGTH,
	REQUEST_KINDS,
	REQUEST_STATUSES,
	URGENCIES,
	WORKLOAD_MAX_FTE_WEEKS,
	WORKLOAD_MIN_FTE_WEEKS
} from '../../../domain/project-p/vocabulary';
import type { PathItems } from './document';
import { periodProperties, periodRequired, quarterProperties } from './period';

const json = (schema: unknown) => ({ 'application/json': { schema } });
const lifeCycle = REQUEST_STATUSES.map((from) => `${from} → ${TRANSITIONS[from].join(' | ') || '(final)'}`).join('; ');
const readers = 'Project P coordinators (`project_p`) and planners see every request; a chief sees their own police service’s; viewers and administrators none.';
const noIdentifiers = 'Must not identify victims: email addresses, telephone numbers, dates (of birth), identity numbers and street addresses are refused.';

const FieldErrors = {
	type: 'object',
	required: ['error', 'errors'],
	properties: {
		error: {
			type: 'object',
			required: ['status', 'code', 'message'],
			properties: {
				status: { type: 'integer' },
				code: { type: 'string', enum: ['bad_request', 'forbidden', 'conflict', 'unprocessable'] },
				message: { type: 'string', description: 'Every field’s message, in the request’s language' },
				parameter: { type: 'string', description: 'The first field at fault' }
			}
		},
		errors: {
			type: 'array',
			description: 'One message per field, in the request’s language; `field` as in the body (e.g. `assignments[1].fte`)',
			items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } }
		}
	}
};
const refusal = (description: string) => ({ description, content: json(FieldErrors) });

const Request = {
	type: 'object',
	properties: {
		id: { type: 'integer' },
		url: { type: 'string' },
		page: { type: 'string', description: 'The request’s page in the atlas' },
		csduid: { type: 'string', pattern: '^35[0-9]{5}$' },
		community: { type: 'object', properties: { name: { type: 'string' }, name_fr: { type: 'string' }, children_estimate: { type: ['integer', 'null'] } } },
		police_service_id: { type: 'string', description: 'The community’s police service when filed' },
		opp_region: { type: 'string', description: 'The community’s OPP region when filed' },
		kind: { type: 'string', enum: [...REQUEST_KINDS] },
		urgency: { type: 'string', enum: [...URGENCIES] },
		expected_fte_weeks: { type: ['number', 'null'], description: 'Expected workload in FTE-weeks (one full-time person for a week); null when not estimated' },
		description: { type: 'string' },
		status: { type: 'string', enum: [...REQUEST_STATUSES], description: `Life cycle: ${lifeCycle}` },
		decline_reason: { type: ['string', 'null'] },
		flag: {
			type: ['object', 'null'],
			description: 'The community’s coverage flag when filed: quarter, gap level and gap reason codes',
			properties: { ...quarterProperties, level: { type: 'string' }, reasons: { type: 'array', items: { type: 'string' } } }
		},
		filed_by: { type: 'string' },
		filed_at: { type: 'string', format: 'date-time' },
		status_changed_at: { type: 'string', format: 'date-time' }
	}
};

const RequestDetail = {
	...Request,
	properties: {
		...Request.properties,
		history: {
			type: 'array',
			description: 'Every status change, oldest first; from_status null = filed',
			items: { type: 'object', properties: { from_status: { type: ['string', 'null'] }, to_status: { type: 'string' }, at: { type: 'string', format: 'date-time' }, actor: { type: 'string' }, note: { type: ['string', 'null'] } } }
		},
		assignments: {
			type: 'array',
			items: { type: 'object', properties: { member_id: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, home_region: { type: 'string' }, ...quarterProperties, fte: { type: 'number' } } }
		}
	}
};

const NewRequest = {
	type: 'object',
	additionalProperties: false,
	required: ['csduid', 'kind', 'urgency', 'description'],
	properties: {
		csduid: { type: 'string', pattern: '^35[0-9]{5}$', description: 'The community (2021 census subdivision)' },
		kind: { type: 'string', enum: [...REQUEST_KINDS] },
		urgency: { type: 'string', enum: [...URGENCIES] },
		expected_fte_weeks: { type: ['number', 'null'], minimum: WORKLOAD_MIN_FTE_WEEKS, maximum: WORKLOAD_MAX_FTE_WEEKS, description: 'FTE-weeks, at most one decimal' },
		description: { type: 'string', minLength: 1, maxLength: DESCRIPTION_MAX_LENGTH, description: `What help is needed. ${noIdentifiers}` }
	},
	examples: [{ csduid: '3560077', kind: 'forensic_examination', urgency: 'high', expected_fte_weeks: 6.5, description: 'Devices awaiting examination; no examiner of our own.' }]
};

const Transition = {
	type: 'object',
	additionalProperties: false,
	required: ['status'],
	description: `The new status and what the move needs: \`reason\` for declined, \`assignments\` (and optionally \`period\`) for assigned; any other field is an error. Allowed moves: ${lifeCycle}.`,
	properties: {
		status: { type: 'string', enum: [...REQUEST_STATUSES] },
		reason: { type: 'string', minLength: 1, maxLength: REASON_MAX_LENGTH, description: `Why it is declined, shown to the requester. ${noIdentifiers}` },
		assignments: {
			type: 'array',
			minItems: 1,
			maxItems: MAX_ASSIGNMENTS,
			items: {
				type: 'object',
				required: ['member_id', 'fte'],
				properties: { member_id: { type: 'string', description: 'Roster member id (staff code)' }, fte: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Share of full time for the quarter, two decimals at most' } }
			}
		},
		period: { type: 'string', pattern: '^[0-9]{4}-Q[1-4]$', description: 'The quarter assigned for; default the current one; never a past one' }
	},
	examples: [{ status: 'assigned', assignments: [{ member_id: 'DEMO-D12', fte: 0.5 }] }, { status: 'declined', reason: 'Outside the Project P mandate.' }]
};

const RosterMember = {
	type: 'object',
	properties: {
		member_id: { type: 'string' },
		name: { type: 'string' },
		role: { type: 'string', enum: ['detective', 'forensic_examiner'] },
		home_region: { type: 'string' },
		active: { type: 'boolean' },
		illustrative: { type: 'boolean', description: 'A member of the illustrative demo roster, not real staff' },
		available_fte: { type: ['number', 'null'], description: 'Availability in the quarter; null when none is recorded' },
		committed_fte: { type: 'number', description: 'Assigned to open (assigned or active) requests in the quarter' },
		remaining_fte: { type: 'number' }
	}
};

const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }];

export const projectPPaths: PathItems = {
	'/api/project-p/requests': {
		get: {
			summary: 'Project P requests the caller may see, newest first',
			description: readers,
			parameters: [{ name: 'status', in: 'query', schema: { type: 'string', enum: ['open', ...REQUEST_STATUSES] }, description: '`open`: submitted, triaged, assigned or active' }],
			responses: {
				'200': { description: 'Requests', content: json({ type: 'object', properties: { count: { type: 'integer' }, data: { type: 'array', items: Request } } }) },
				'400': refusal('An unknown status')
			}
		},
		post: {
			summary: 'File a request for Project P assistance with one community',
			description: 'A chief files for their own police service’s communities; a Project P coordinator (also for the OPP’s regional commands) for any. The request starts as `submitted`; the filing is recorded in its history and the audit log.',
			requestBody: { required: true, content: json(NewRequest) },
			responses: {
				'201': { description: 'Filed; `Location` names it', content: json(RequestDetail) },
				'400': refusal('The body is not a JSON object'),
				'403': refusal('A chief filing for a community of another police service (`parameter`: csduid)'),
				'422': refusal('A bad field, an unknown community or a description that identifies someone; `parameter` names the first field')
			}
		}
	},
	'/api/project-p/requests/{id}': {
		get: {
			summary: 'One request with its history and assignments',
			description: `${readers} A request the caller may not see is not found.`,
			parameters: id,
			responses: { '200': { description: 'The request', content: json(RequestDetail) }, '404': { $ref: '#/components/responses/NotFound' } }
		},
		patch: {
			summary: 'Move a request on: triage, assign, start, close or decline',
			description:
				'Project P coordinators only. Assigning locks the members’ availability rows: nobody is assigned more than their availability in the quarter, and of two coordinators assigning the same member at once one succeeds and the other gets 409. A refused change writes nothing.',
			parameters: id,
			requestBody: { required: true, content: json(Transition) },
			responses: {
				'200': { description: 'The request after the change', content: json(RequestDetail) },
				'400': refusal('The body is not a JSON object'),
				'404': { $ref: '#/components/responses/NotFound' },
				'409': refusal('A move the life cycle forbids (e.g. closed → active; `parameter`: status), or a member over-assigned or unavailable in the quarter (`parameter`: assignments[i].fte)'),
				'422': refusal('A bad field, a missing reason or assignment list, an unknown member or a past quarter')
			}
		}
	},
	'/api/project-p/roster': {
		get: {
			summary: 'The Project P roster in a quarter: availability, assigned and remaining FTE by person and by OPP region',
			description: 'Project P coordinators and planners. The illustrative demo roster is flagged (`illustrative: true`) and steps aside once a real roster is imported.',
			parameters: [{ name: 'period', in: 'query', schema: { type: 'string', pattern: '^[0-9]{4}-Q[1-4]$' }, description: 'Default: the current quarter' }],
			responses: {
				'200': {
					description: 'The roster and regional capacity',
					content: json({
						type: 'object',
						required: [...periodRequired, 'illustrative', 'data'],
						properties: {
							...periodProperties,
							illustrative: { type: 'boolean' },
							data: {
								type: 'object',
								properties: {
									members: { type: 'array', items: RosterMember },
									regions: {
										type: 'array',
										items: { type: 'object', properties: { region: { type: 'string' }, members: { type: 'integer' }, available_fte: { type: 'number' }, committed_fte: { type: 'number' }, remaining_fte: { type: 'number' }, open_requests: { type: 'integer' } } }
									}
								}
							}
						}
					})
				},
				'400': { $ref: '#/components/responses/BadRequest' }
			}
		}
	}
};
