import { describe, expect, it } from 'vitest';
import { checkNewRequest } from './request-input';

const GOOD = { csduid: '3560047', kind: 'forensic_examination', urgency: 'high', description: 'Device backlog; no examiner of our own.' };

describe('checkNewRequest', () => {
	it('accepts the four required fields and leaves the workload unestimated', () => {
		expect(checkNewRequest(GOOD)).toEqual({ ok: true, value: { ...GOOD, expected_fte_weeks: null } });
	});

	it('reads a workload as a number or as text with a decimal comma', () => {
		expect(checkNewRequest({ ...GOOD, expected_fte_weeks: 6.5 })).toMatchObject({ ok: true, value: { expected_fte_weeks: 6.5 } });
		expect(checkNewRequest({ ...GOOD, expected_fte_weeks: '6,5' })).toMatchObject({ ok: true, value: { expected_fte_weeks: 6.5 } });
		expect(checkNewRequest({ ...GOOD, expected_fte_weeks: '' })).toMatchObject({ ok: true, value: { expected_fte_weeks: null } });
	});

	it('reports every bad field at once, each named', () => {
		const result = checkNewRequest({ csduid: '123', kind: 'arrest', urgency: 'asap', expected_fte_weeks: 1000, description: '' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.map((e) => e.field)).toEqual(['csduid', 'kind', 'urgency', 'expected_fte_weeks', 'description']);
		expect(result.errors[1]?.message_en).toBe('kind: must be one of investigation_support, forensic_examination, victim_identification, training, surge_support, ministry_resources.');
	});

	it('refuses unknown fields instead of ignoring them', () => {
		const result = checkNewRequest({ ...GOOD, urgent: true });
		expect(result).toMatchObject({ ok: false, errors: [{ field: 'urgent' }] });
	});

	it('refuses a workload with two decimals or below half a week', () => {
		expect(checkNewRequest({ ...GOOD, expected_fte_weeks: 1.25 }).ok).toBe(false);
		expect(checkNewRequest({ ...GOOD, expected_fte_weeks: 0.4 }).ok).toBe(false);
		expect(checkNewRequest({ ...GOOD, expected_fte_weeks: 260 }).ok).toBe(true);
	});

	it('refuses a description that identifies someone', () => {
		const result = checkNewRequest({ ...GOOD, description: 'Victim born on 3 April 2012' });
		expect(result).toMatchObject({ ok: false, errors: [{ field: 'description' }] });
	});
});
