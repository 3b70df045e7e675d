/**
 * The words of Project P assistance (issue 7): what a police service or an OPP regional command asks
 * for, how urgently, and where the request stands. Every union is derived from its list, so the
 * database checks (migration 2026_11_29_0006_project_p), the API's enums and the forms share one source.
 */
import type { BilingualFieldError } from '../result';

/** What the requester asks Project P to do (domain.md §1: Project P assists services lacking resources or expertise). */
export const REQUEST_KINDS = [
	'investigation_support',
	'forensic_examination',
	'victim_identification',
	'training',
	// What an OPP regional team asks for when it is itself the stretched responder (opp-region.ts).
	'surge_support',
	'ministry_resources'
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** How soon help is needed, as the requester judges it; the queue may escalate it with waiting time (ranking.ts). */
export const URGENCIES = ['routine', 'high', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * - `submitted`: filed, not yet looked at.
 * - `triaged`: a coordinator has reviewed it and accepts it in principle.
 * - `assigned`: roster members are assigned (their FTE is committed for a quarter).
 * - `active`: the work has started.
 * - `closed`: the work is done; the members' FTE is free again.
 * - `declined`: refused, with a reason the requester sees.
 */
export const REQUEST_STATUSES = ['submitted', 'triaged', 'assigned', 'active', 'closed', 'declined'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Requests still needing Project P: shown on the map, ranked in the queue, and clearing the coordinator (clearance.ts). */
export const OPEN_STATUSES: readonly RequestStatus[] = ['submitted', 'triaged', 'assigned', 'active'];
/** Requests whose assignments hold their members' FTE (capacity.ts). */
export const COMMITTING_STATUSES: readonly RequestStatus[] = ['assigned', 'active'];
/** Requests awaiting a coordinator's decision: the head of the queue. */
export const AWAITING_STATUSES: readonly RequestStatus[] = ['submitted', 'triaged'];

/**
 * Expected workload in FTE-weeks: one full-time person for one week. A quarter is 13 weeks, so 0.5 FTE
 * assigned for a quarter covers 6.5 FTE-weeks. Bounds: half a week to five people for a year (5 × 52).
 */
export const WORKLOAD_MIN_FTE_WEEKS = 0.5;
export const WORKLOAD_MAX_FTE_WEEKS = 260;
export const WEEKS_PER_QUARTER = 13;

/** Descriptions and decline reasons stay short so they carry the need, not the case file (domain.md §9). */
export const DESCRIPTION_MAX_LENGTH = 500;
export const REASON_MAX_LENGTH = 500;

export function isRequestKind(value: unknown): value is RequestKind {
	return typeof value === 'string' && (REQUEST_KINDS as readonly string[]).includes(value);
}

export function isUrgency(value: unknown): value is Urgency {
	return typeof value === 'string' && (URGENCIES as readonly string[]).includes(value);
}

export function isRequestStatus(value: unknown): value is RequestStatus {
	return typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);
}

/** A field problem in both languages, named as the API body or form names the field (result.ts). */
export type FieldError = BilingualFieldError;

export function fieldError(field: string, en: string, fr: string): FieldError {
	return { field, message_en: `${field}: ${en}`, message_fr: `${field} : ${fr}` };
}

/** A request id from a URL: a positive PostgreSQL integer, else null (answered as not found). */
export function parseRequestId(text: string): number | null {
	return /^[1-9]\d{0,9}$/.test(text) && Number(text) <= 2_147_483_647 ? Number(text) : null;
}

/** The same error under another field name (a form names an input differently from the API body). */
export function renameField(error: FieldError, field: string): FieldError {
	const rest = (message: string, separator: string) => (message.startsWith(`${error.field}${separator}`) ? message.slice(error.field.length + separator.length) : message);
	return { field, message_en: `${field}: ${rest(error.message_en, ': ')}`, message_fr: `${field} : ${rest(error.message_fr, ' : ')}` };
}
