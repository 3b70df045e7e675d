import { describe, expect, it } from 'vitest';
import { canTransition, isFinal, nextStatuses, REQUIRES, TRANSITIONS } from './transitions';
import { REQUEST_STATUSES, type RequestStatus } from './vocabulary';

/** The allowed moves, written out independently of transitions.ts. */
const ALLOWED = new Set([
	'submitted→triaged',
	'submitted→declined',
	'triaged→assigned',
	'triaged→declined',
	'assigned→active',
	'active→closed'
]);

const PAIRS: [RequestStatus, RequestStatus][] = REQUEST_STATUSES.flatMap((from) => REQUEST_STATUSES.map((to) => [from, to] as [RequestStatus, RequestStatus]));

describe('the request state machine', () => {
	it('covers every from → to pair (6 × 6)', () => {
		expect(PAIRS).toHaveLength(36);
		expect(Object.keys(TRANSITIONS).sort()).toEqual([...REQUEST_STATUSES].sort());
	});

	it.each(PAIRS)('%s → %s is allowed exactly when the life cycle says so', (from, to) => {
		expect(canTransition(from, to)).toBe(ALLOWED.has(`${from}→${to}`));
	});

	it('never stays in place', () => {
		for (const status of REQUEST_STATUSES) expect(canTransition(status, status)).toBe(false);
	});

	it('refuses closed → active and any move out of declined', () => {
		expect(canTransition('closed', 'active')).toBe(false);
		for (const to of REQUEST_STATUSES) expect(canTransition('declined', to)).toBe(false);
	});

	it('reaches closed from submitted along the main path', () => {
		const path: RequestStatus[] = ['submitted', 'triaged', 'assigned', 'active', 'closed'];
		for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1] as RequestStatus, path[i] as RequestStatus)).toBe(true);
	});

	it('has closed and declined as its only final statuses', () => {
		expect(REQUEST_STATUSES.filter(isFinal)).toEqual(['closed', 'declined']);
	});

	it('never returns to submitted', () => {
		for (const from of REQUEST_STATUSES) expect(nextStatuses(from)).not.toContain('submitted');
	});

	it('asks a reason for declining and assignments for assigning, nothing else', () => {
		expect(REQUIRES).toEqual({ submitted: 'nothing', triaged: 'nothing', assigned: 'assignments', active: 'nothing', closed: 'nothing', declined: 'reason' });
	});
});
