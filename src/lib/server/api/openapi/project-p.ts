/**
 * Operations of Project P assistance. Enums come from the domain's own lists and the transition table, so the
 * description cannot drift from what the API accepts.
 */
import * as v from 'valibot';
import { GAP_LEVELS, OPP_REGIONS } from '$lib/domain/vocabulary';
import { MEMBER_ROLES } from '$lib/domain/import/vocabulary';
import { TRANSITIONS } from '$lib/domain/project-p/transitions';
import { MAX_ASSIGNMENTS } from '$lib/domain/project-p/transition-input';
import {
	DESCRIPTION_MAX_LENGTH,
	REASON_MAX_LENGTH,
	REQUEST_KINDS,
	REQUEST_STATUSES,
	URGENCIES,
	WORKLOAD_MAX_FTE_WEEKS,
	WORKLOAD_MIN_FTE_WEEKS
} from '$lib/domain/project-p/vocabulary';
import { CSDUID_PATTERN } from '../respond';
import { ApiError, FieldErrors, described, integer, nullableInteger, periodCode, timestamp } from '../schemas/shared';
import type { Operation } from './operation';
import { periodEntries, quarterEntries } from './period';

const lifeCycle = REQUEST_STATUSES.map((from) => `${from} → ${TRANSITIONS[from].join(' | ') || '(final)'}`).join('; ');
const readers = 'Project P coordinators (`project_p`) and planners see every request; a chief sees their own police service’s; viewers and administrators none.';
const noIdentifiers = 'Must not identify victims: email addresses, telephone numbers, dates (of birth), identity numbers and street addresses are refused.';
const refusal = (description: string) => ({ description, body: FieldErrors });
const error = (description: string) => ({ description, body: ApiError });
const csduid = () => v.pipe(v.string(), v.regex(CSDUID_PATTERN));

const requestEntries = {
	id: integer(),
	url: v.string(),
	page: described(v.string(), 'The request’s page in the atlas'),
	csduid: csduid(),
	community: v.object({ name: v.string(), name_fr: v.string(), children_estimate: nullableInteger() }),
	police_service_id: described(v.string(), 'The community’s police service when filed'),
	opp_region: described(v.nullable(v.string()), 'The community’s OPP region when filed, as stored then'),
	kind: v.picklist(REQUEST_KINDS),
	urgency: v.picklist(URGENCIES),
	expected_fte_weeks: described(v.nullable(v.number()), 'Expected workload in FTE-weeks (one full-time person for a week); null when not estimated'),
	description: v.string(),
	status: described(v.picklist(REQUEST_STATUSES), `Life cycle: ${lifeCycle}`),
	decline_reason: v.nullable(v.string()),
	flag: described(
		v.nullable(v.object({ ...quarterEntries, level: v.nullable(v.picklist(GAP_LEVELS)), reasons: v.array(v.string()) })),
		'The community’s coverage flag when filed: quarter, gap level and gap reason codes'
	),
	filed_by: v.string(),
	filed_at: timestamp(),
	status_changed_at: timestamp()
};

export const Request = v.object(requestEntries);

export const RequestDetail = v.object({
	...requestEntries,
	history: described(
		v.array(v.object({ from_status: v.nullable(v.picklist(REQUEST_STATUSES)), to_status: v.picklist(REQUEST_STATUSES), at: timestamp(), actor: v.string(), note: v.nullable(v.string()) })),
		'Every status change, oldest first; from_status null = filed'
	),
	assignments: v.array(
		v.object({ member_id: v.string(), name: v.string(), role: v.picklist(MEMBER_ROLES), home_region: v.picklist(OPP_REGIONS), ...quarterEntries, fte: v.number() })
	)
});

/** Documents the body the endpoint reads field by field (domain/project-p/request-input.ts), naming each field's error. */
const NewRequest = v.strictObject({
	csduid: described(csduid(), 'The community (2021 census subdivision)'),
	kind: v.picklist(REQUEST_KINDS),
	urgency: v.picklist(URGENCIES),
	expected_fte_weeks: v.optional(
		described(v.nullable(v.pipe(v.number(), v.minValue(WORKLOAD_MIN_FTE_WEEKS), v.maxValue(WORKLOAD_MAX_FTE_WEEKS))), 'FTE-weeks, at most one decimal')
	),
	description: described(v.pipe(v.string(), v.minLength(1), v.maxLength(DESCRIPTION_MAX_LENGTH)), `What help is needed. ${noIdentifiers}`)
});

/** Documents the body the endpoint reads field by field (domain/project-p/transition-input.ts). */
const Transition = described(
	v.strictObject({
		status: v.picklist(REQUEST_STATUSES),
		reason: v.optional(described(v.pipe(v.string(), v.minLength(1), v.maxLength(REASON_MAX_LENGTH)), `Why it is declined, shown to the requester. ${noIdentifiers}`)),
		assignments: v.optional(
			v.pipe(
				v.array(
					v.object({
						member_id: described(v.string(), 'Roster member id (staff code)'),
						fte: described(v.pipe(v.number(), v.gtValue(0), v.maxValue(1)), 'Share of full time for the quarter, two decimals at most')
					})
				),
				v.minLength(1),
				v.maxLength(MAX_ASSIGNMENTS)
			)
		),
		period: v.optional(described(periodCode(), 'The quarter assigned for; default the current one; never a past one'))
	}),
	`The new status and what the move needs: \`reason\` for declined, \`assignments\` (and optionally \`period\`) for assigned; any other field is an error. Allowed moves: ${lifeCycle}.`
);

const RosterMember = v.object({
	member_id: v.string(),
	name: v.string(),
	role: v.picklist(MEMBER_ROLES),
	home_region: v.picklist(OPP_REGIONS),
	active: v.boolean(),
	illustrative: described(v.boolean(), 'A member of the illustrative demo roster, not real staff'),
	available_fte: described(v.nullable(v.number()), 'Availability in the quarter; null when none is recorded'),
	committed_fte: described(v.number(), 'Assigned to open (assigned or active) requests in the quarter'),
	remaining_fte: v.number()
});

const RegionWorkload = v.object({
	region: v.picklist(OPP_REGIONS),
	members: integer(),
	available_fte: v.number(),
	committed_fte: v.number(),
	remaining_fte: v.number(),
	open_requests: integer()
});

const idParameter = { name: 'id', in: 'path' as const, schema: v.pipe(v.number(), v.integer(), v.minValue(1)) };

export const projectPOperations: Operation[] = [
	{
		path: '/api/project-p/requests',
		method: 'get',
		operationId: 'listProjectPRequests',
		summary: 'Project P requests the caller may see, newest first',
		description: readers,
		access: 'signed-in',
		parameters: [{ name: 'status', in: 'query', description: '`open`: submitted, triaged, assigned or active', schema: v.picklist(['open', ...REQUEST_STATUSES]) }],
		responses: {
			'200': { description: 'Requests', body: v.object({ count: integer(), data: v.array(Request) }) },
			'400': refusal('An unknown status'),
			'403': error('A role that sees no request')
		}
	},
	{
		path: '/api/project-p/requests',
		method: 'post',
		operationId: 'fileProjectPRequest',
		summary: 'File a request for Project P assistance with one community',
		description:
			'A chief files for their own police service’s communities; a Project P coordinator (also for the OPP’s regional commands) for any. The request starts as `submitted`; the filing is recorded in its history and the audit log.',
		access: 'signed-in',
		body: {
			schema: NewRequest,
			examples: [{ csduid: '3560077', kind: 'forensic_examination', urgency: 'high', expected_fte_weeks: 6.5, description: 'Devices awaiting examination; no examiner of our own.' }]
		},
		responses: {
			'201': { description: 'Filed; `Location` names it. The request without history or assignments: GET it for those.', body: Request, headers: { Location: { description: 'The new request', schema: { type: 'string' } } } },
			'400': refusal('The body is not a JSON object'),
			'403': refusal('A role that may not file, or a chief filing for a community of another police service (`parameter`: csduid)'),
			'422': refusal('A bad field, an unknown community or a description that identifies someone; `parameter` names the first field')
		}
	},
	{
		path: '/api/project-p/requests/{id}',
		method: 'get',
		operationId: 'getProjectPRequest',
		summary: 'One request with its history and assignments',
		description: `${readers} A request the caller may not see is not found.`,
		access: 'signed-in',
		parameters: [idParameter],
		responses: { '200': { description: 'The request', body: RequestDetail }, '403': error('A role that sees no request'), '404': error('No such request the caller may see') }
	},
	{
		path: '/api/project-p/requests/{id}',
		method: 'patch',
		operationId: 'moveProjectPRequest',
		summary: 'Move a request on: triage, assign, start, close or decline',
		description:
			'Project P coordinators only. Assigning locks the members’ availability rows: nobody is assigned more than their availability in the quarter, and of two coordinators assigning the same member at once one succeeds and the other gets 409. A refused change writes nothing.',
		access: 'signed-in',
		parameters: [idParameter],
		body: { schema: Transition, examples: [{ status: 'assigned', assignments: [{ member_id: 'DEMO-D12', fte: 0.5 }] }, { status: 'declined', reason: 'Outside the Project P mandate.' }] },
		responses: {
			'200': { description: 'The request after the change', body: RequestDetail },
			'400': refusal('The body is not a JSON object'),
			'403': error('Not a Project P coordinator'),
			'404': error('No such request'),
			'409': refusal(
				'A move the life cycle forbids (e.g. closed → active; `parameter`: status), or a member over-assigned or unavailable in the quarter (`parameter`: assignments[i].fte)'
			),
			'422': refusal('A bad field, a missing reason or assignment list, an unknown member or a past quarter')
		}
	},
	{
		path: '/api/project-p/roster',
		method: 'get',
		operationId: 'getProjectPRoster',
		summary: 'The Project P roster in a quarter: availability, assigned and remaining FTE by person and by OPP region',
		description: 'Project P coordinators and planners. The illustrative demo roster is flagged (`illustrative: true`) and steps aside once a real roster is imported.',
		access: 'signed-in',
		parameters: [{ name: 'period', in: 'query', description: 'Default: the current quarter', schema: periodCode() }],
		responses: {
			'200': {
				description: 'The roster and regional capacity',
				body: v.object({ ...periodEntries, illustrative: v.boolean(), data: v.object({ members: v.array(RosterMember), regions: v.array(RegionWorkload) }) })
			},
			'400': error('A malformed quarter'),
			'403': error('Neither a Project P coordinator nor a planner')
		}
	}
];
