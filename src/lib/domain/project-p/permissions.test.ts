import { describe, expect, it } from 'vitest';
import type { ClearanceSubject } from '../clearance';
import { mayDecide, mayFile, mayFileAny, mayReadRequests, maySee, requestScope } from './permissions';
import { admin, chiefOf, coordinator, planner, viewer } from '../../../../tests/support/subjects';

const chiefNaps = chiefOf('naps');

describe('Project P permissions', () => {
	it('lets a chief file and see for their own service only', () => {
		expect(mayFile(chiefNaps, 'naps')).toBe(true);
		expect(mayFile(chiefNaps, 'toronto')).toBe(false);
		expect(maySee(chiefNaps, 'naps')).toBe(true);
		expect(maySee(chiefNaps, 'toronto')).toBe(false);
		expect(requestScope(chiefNaps)).toEqual({ kind: 'service', police_service_id: 'naps' });
	});

	it('never lets a chief without a service file or see anything', () => {
		const orphan: ClearanceSubject = { role: 'chief', police_service_id: null };
		expect(mayFileAny(orphan)).toBe(false);
		expect(requestScope(orphan)).toEqual({ kind: 'none' });
	});

	it('lets the coordinator file anywhere, see everything and decide', () => {
		expect(mayFile(coordinator, 'toronto')).toBe(true);
		expect(maySee(coordinator, 'naps')).toBe(true);
		expect(mayDecide(coordinator)).toBe(true);
	});

	it('lets a planner read everything and nothing more', () => {
		expect(maySee(planner, 'naps')).toBe(true);
		expect(mayFileAny(planner)).toBe(false);
		expect(mayDecide(planner)).toBe(false);
	});

	it('shows viewers, administrators and anonymous visitors nothing', () => {
		for (const subject of [viewer, admin, null]) {
			expect(requestScope(subject)).toEqual({ kind: 'none' });
			expect(mayFileAny(subject)).toBe(false);
			expect(mayDecide(subject)).toBe(false);
			expect(mayReadRequests(subject)).toBe(false);
		}
		expect(mayReadRequests(planner)).toBe(true);
		expect(mayDecide(chiefNaps)).toBe(false);
	});
});

describe('OPP regional commands', () => {
	const northWest = { role: 'opp_region' as const, police_service_id: 'opp', opp_region: 'North West' as const };
	const unbound = { role: 'opp_region' as const, police_service_id: 'opp', opp_region: null };

	it('files only for communities its team answers for, whatever their police service', () => {
		expect(mayFile(northWest, 'naps', 'opp-north-west')).toBe(true);
		expect(mayFile(northWest, 'opp', 'opp-north-west')).toBe(true);
		expect(mayFile(northWest, 'opp', 'opp-east')).toBe(false);
		expect(mayFile(northWest, 'opp')).toBe(false);
		expect(mayFileAny(northWest)).toBe(true);
	});

	it('sees its team’s requests only, and decides nothing', () => {
		expect(requestScope(northWest)).toEqual({ kind: 'unit', reporting_unit_id: 'opp-north-west' });
		expect(maySee(northWest, { police_service_id: 'naps', reporting_unit_id: 'opp-north-west' })).toBe(true);
		expect(maySee(northWest, { police_service_id: 'opp', reporting_unit_id: null })).toBe(false);
		expect(maySee(northWest, 'opp')).toBe(false);
		expect(mayDecide(northWest)).toBe(false);
	});

	it('does nothing without a region', () => {
		expect(requestScope(unbound)).toEqual({ kind: 'none' });
		expect(mayFileAny(unbound)).toBe(false);
		expect(mayFile(unbound, 'opp', 'opp-north-west')).toBe(false);
	});
});
