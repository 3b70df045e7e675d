import { describe, expect, it } from 'vitest';
import { clearanceFor, isCleared, isRole } from './clearance';
import { ROLES } from './vocabulary';
import { admin, chiefOf, coordinator, planner, viewer } from '../../../tests/support/subjects';

const chiefToronto = chiefOf('toronto');

describe('isCleared', () => {
	it('clears a planner for every service', () => {
		expect(isCleared(planner, 'toronto')).toBe(true);
		expect(isCleared(planner, 'naps')).toBe(true);
	});

	it('clears a chief for their own service only', () => {
		expect(isCleared(chiefToronto, 'toronto')).toBe(true);
		expect(isCleared(chiefToronto, 'naps')).toBe(false);
	});

	it('never clears a chief without a service, even for an empty id', () => {
		expect(isCleared({ role: 'chief', police_service_id: null }, '')).toBe(false);
	});

	it('clears a Project P coordinator only for services with open requests', () => {
		expect(isCleared(coordinator, 'naps')).toBe(false);
		expect(isCleared(coordinator, 'naps', new Set(['naps']))).toBe(true);
		expect(isCleared(coordinator, 'toronto', new Set(['naps']))).toBe(false);
	});

	it('never clears viewers, admins or anonymous visitors', () => {
		for (const subject of [viewer, admin, null]) {
			expect(isCleared(subject, 'toronto', new Set(['toronto']))).toBe(false);
		}
	});

	it('the open-request set does not widen a chief’s clearance', () => {
		expect(isCleared(chiefToronto, 'naps', new Set(['naps']))).toBe(false);
	});
});

describe('clearanceFor', () => {
	it('returns the predicate the coverage engine takes', () => {
		const cleared = clearanceFor(chiefToronto);
		expect(cleared('toronto')).toBe(true);
		expect(cleared('naps')).toBe(false);
		expect(clearanceFor(null)('toronto')).toBe(false);
	});
});

describe('isRole', () => {
	it('accepts exactly the five roles', () => {
		for (const role of ROLES) expect(isRole(role)).toBe(true);
		expect(isRole('superuser')).toBe(false);
		expect(isRole('Planner')).toBe(false);
		expect(isRole(undefined)).toBe(false);
	});
});
