import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, parseThresholds } from '$lib/domain/coverage';
import { parseTypedNumber, readThresholdForm, typedThresholds } from './threshold-form';
import { expectEach } from '../../../../tests/support/expect-each';

function form(values: Record<string, string>): FormData {
	const data = new FormData();
	for (const [key, value] of Object.entries(values)) data.set(key, value);
	return data;
}

describe('the thresholds form as typed', () => {
	it('reads numbers the way English and French readers write them', () => {
		expectEach((text) => parseTypedNumber(text, 'en'), { '1.5': 1.5, '10,000': 10_000 });
		expectEach((text) => parseTypedNumber(text, 'fr'), { '1,5': 1.5, '10\u202f000': 10_000, '1.5': 1.5 });
	});

	it('leaves an empty field missing and anything else not a number', () => {
		expectEach((text) => parseTypedNumber(text, 'en'), { '  ': undefined, '1e3': Number.NaN });
		expectEach((text) => parseTypedNumber(text, 'fr'), { abc: Number.NaN, '1,5,0': Number.NaN });
	});

	it('keeps what was typed, trimmed and bounded in length', () => {
		const typed = readThresholdForm(form({ distance_km: '  200 ', backlog_growth_quarters: 'x'.repeat(100) }));
		expect(typed.distance_km).toBe('200');
		expect(typed.backlog_growth_quarters).toHaveLength(32);
		expect(typed.forensic_devices_per_examiner).toBe('');
	});

	it('gives parseThresholds a candidate it can accept, or reject naming the field', () => {
		const typed = readThresholdForm(form(Object.fromEntries(Object.entries(DEFAULT_THRESHOLDS).map(([k, v]) => [k, String(v)]))));
		expect(parseThresholds(typedThresholds(typed, 'en'))).toEqual({ ok: true, value: { ...DEFAULT_THRESHOLDS } });
		const wrong = parseThresholds(typedThresholds({ ...typed, distance_km: 'far', backlog_growth_quarters: '' }, 'en'));
		expect(wrong.ok).toBe(false);
		if (!wrong.ok) expect(wrong.errors.map((error) => error.field).sort()).toEqual(['backlog_growth_quarters', 'distance_km']);
	});
});
