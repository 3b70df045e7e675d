/**
 * The request life cycle as an explicit table (issue 7, deliverable 2): submitted → triaged → assigned →
 * active → closed, or declined with a reason before any member is assigned. Once members are assigned,
 * Project P has committed FTE, so the request runs to its close; closed and declined are final. Every
 * pair not listed is refused; transitions.test.ts checks all 36 pairs.
 */
import type { RequestStatus } from './vocabulary';

export const TRANSITIONS: { readonly [S in RequestStatus]: readonly RequestStatus[] } = {
	submitted: ['triaged', 'declined'],
	triaged: ['assigned', 'declined'],
	assigned: ['active'],
	active: ['closed'],
	closed: [],
	declined: []
};

/** What a move to each status must bring with it. */
export const REQUIRES: { readonly [S in RequestStatus]: 'nothing' | 'reason' | 'assignments' } = {
	submitted: 'nothing',
	triaged: 'nothing',
	assigned: 'assignments',
	active: 'nothing',
	closed: 'nothing',
	declined: 'reason'
};

export function canTransition(from: RequestStatus, to: RequestStatus): boolean {
	return TRANSITIONS[from].includes(to);
}

/** The statuses a request can move to next, in life-cycle order. */
export function nextStatuses(from: RequestStatus): readonly RequestStatus[] {
	return TRANSITIONS[from];
}

export function isFinal(status: RequestStatus): boolean {
	return TRANSITIONS[status].length === 0;
}
