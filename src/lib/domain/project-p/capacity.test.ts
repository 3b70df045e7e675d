import { describe, expect, it } from 'vitest';
import { capacityErrors, capacityStatus, checkCapacity, remainingFte, workloadByRegion, type MemberQuarter } from './capacity';

const member = (member_id: string, over: Partial<MemberQuarter> = {}): MemberQuarter => ({
	member_id,
	name: member_id,
	role: 'detective',
	home_region: 'North West',
	active: true,
	illustrative: true,
	available_fte: 1,
	committed_fte: 0,
	...over
});
const roster = (...members: MemberQuarter[]) => new Map(members.map((m) => [m.member_id, m]));

describe('checkCapacity', () => {
	it('accepts an assignment up to exactly what is left', () => {
		expect(checkCapacity([{ member_id: 'A', fte: 0.3 }], roster(member('A', { available_fte: 0.5, committed_fte: 0.2 })))).toEqual([]);
	});

	it('compares in hundredths: 0.1 + 0.2 fits in 0.3', () => {
		expect(checkCapacity([{ member_id: 'A', fte: 0.2 }], roster(member('A', { available_fte: 0.3, committed_fte: 0.1 })))).toEqual([]);
	});

	it('refuses going over by one hundredth', () => {
		const problems = checkCapacity([{ member_id: 'A', fte: 0.31 }], roster(member('A', { available_fte: 0.5, committed_fte: 0.2 })));
		expect(problems).toEqual([{ index: 0, member_id: 'A', reason: 'over_capacity', available: 0.5, committed: 0.2, asked: 0.31 }]);
		expect(capacityStatus(problems)).toBe(409);
	});

	it('names unknown, inactive and unavailable members by position', () => {
		const problems = checkCapacity(
			[
				{ member_id: 'OK', fte: 0.5 },
				{ member_id: 'GHOST', fte: 0.5 },
				{ member_id: 'GONE', fte: 0.5 },
				{ member_id: 'AWAY', fte: 0.1 }
			],
			roster(member('OK'), member('GONE', { active: false }), member('AWAY', { available_fte: null }))
		);
		expect(problems.map((p) => [p.index, p.reason])).toEqual([
			[1, 'unknown_member'],
			[2, 'inactive'],
			[3, 'no_availability']
		]);
		expect(capacityStatus(problems)).toBe(422);
		expect(capacityErrors(problems, '2026-Q3').map((e) => e.field)).toEqual(['assignments[1].member_id', 'assignments[2].member_id', 'assignments[3].fte']);
	});

	it('explains an over-assignment with the figures, in both languages', () => {
		const [error] = capacityErrors([{ index: 0, member_id: 'A', reason: 'over_capacity', available: 0.5, committed: 0.3, asked: 0.4 }], '2026-Q3');
		expect(error?.message_en).toBe('assignments[0].fte: A would be over-assigned in 2026-Q3: 0.4 FTE asked, 0.2 of 0.5 FTE left.');
		expect(error?.message_fr).toBe('assignments[0].fte : A serait suraffecté en 2026-Q3 : 0,4 ETP demandé, 0,2 ETP restant sur 0,5.');
	});
});

describe('remainingFte and workloadByRegion', () => {
	it('never reports negative remaining capacity', () => {
		expect(remainingFte({ available_fte: 0.5, committed_fte: 0.75 })).toBe(0);
		expect(remainingFte({ available_fte: null, committed_fte: 0 })).toBe(0);
	});

	it('adds up active members per region and counts open requests', () => {
		const members = [
			member('A', { available_fte: 1, committed_fte: 0.5 }),
			member('B', { available_fte: 0.8, committed_fte: 0.1 }),
			member('C', { available_fte: 1, active: false }),
			member('D', { home_region: 'West', available_fte: 0.5 })
		];
		expect(workloadByRegion(['West', 'North West', 'East'], members, new Map([['North West', 3]]))).toEqual([
			{ region: 'West', members: 1, available_fte: 0.5, committed_fte: 0, remaining_fte: 0.5, open_requests: 0 },
			{ region: 'North West', members: 2, available_fte: 1.8, committed_fte: 0.6, remaining_fte: 1.2, open_requests: 3 },
			{ region: 'East', members: 0, available_fte: 0, committed_fte: 0, remaining_fte: 0, open_requests: 0 }
		]);
	});
});
