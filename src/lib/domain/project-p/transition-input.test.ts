import { describe, expect, it } from 'vitest';
import { checkTransitionInput } from './transition-input';

describe('checkTransitionInput', () => {
	it('accepts a bare status for moves that need nothing', () => {
		for (const status of ['triaged', 'active', 'closed'] as const) {
			expect(checkTransitionInput({ status })).toEqual({ ok: true, value: { status } });
		}
	});

	it('asks an unknown status to be one of the six', () => {
		expect(checkTransitionInput({ status: 'reopened' })).toMatchObject({ ok: false, errors: [{ field: 'status' }] });
	});

	it('needs a reason to decline, free of identifiers', () => {
		expect(checkTransitionInput({ status: 'declined' })).toMatchObject({ ok: false, errors: [{ field: 'reason' }] });
		expect(checkTransitionInput({ status: 'declined', reason: 'Call 416-555-0100' })).toMatchObject({ ok: false, errors: [{ field: 'reason' }] });
		expect(checkTransitionInput({ status: 'declined', reason: ' Outside Project P mandate. ' })).toEqual({
			ok: true,
			value: { status: 'declined', reason: 'Outside Project P mandate.' }
		});
	});

	it('needs a non-empty list of assignments to assign, member ids in upper case', () => {
		expect(checkTransitionInput({ status: 'assigned' })).toMatchObject({ ok: false, errors: [{ field: 'assignments' }] });
		expect(checkTransitionInput({ status: 'assigned', assignments: [{ member_id: 'demo-d01', fte: '0,5' }], period: '2026-Q3' })).toEqual({
			ok: true,
			value: { status: 'assigned', assignments: [{ member_id: 'DEMO-D01', fte: 0.5, fte_weeks: 6.5 }], period: '2026-Q3' }
		});
	});

	it('names the bad entry of an assignment list', () => {
		const result = checkTransitionInput({
			status: 'assigned',
			assignments: [{ member_id: 'A1', fte: 1.5 }, { member_id: 'A1', fte: 0.2 }, 'B2'],
			period: '2026-Q9'
		});
		expect(result).toMatchObject({ ok: false });
		if (result.ok) return;
		expect(result.errors.map((e) => e.field)).toEqual(['assignments[0].fte', 'assignments[1].member_id', 'assignments[2]', 'period']);
	});

	it('refuses fields the move does not use', () => {
		const result = checkTransitionInput({ status: 'triaged', reason: 'x', assignments: [], period: '2026-Q3', note: 'y' });
		expect(result).toMatchObject({ ok: false });
		if (result.ok) return;
		expect(result.errors.map((e) => e.field)).toEqual(['note', 'reason', 'assignments', 'period']);
	});
});
