import { describe, expect, it } from 'vitest';
import { fail, ok, type Validation } from './result';

/** A small validator written the way the atlas's are: every problem at once, or the value. */
function checkShare(input: unknown): Validation<number> {
	if (typeof input !== 'number') return fail([{ field: 'share', message: 'share: a number is required.' }]);
	return input >= 0 && input <= 1 ? ok(input) : fail([{ field: 'share', message: 'share: between 0 and 1.', message_fr: 'share : entre 0 et 1.' }]);
}

describe('result', () => {
	it('ok() carries the accepted value and no errors', () => {
		const result = checkShare(0.25);
		expect(result).toEqual({ ok: true, value: 0.25 });
		expect('errors' in result).toBe(false);
	});

	it('fail() carries the field errors and no value', () => {
		const result = checkShare(2);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual([{ field: 'share', message: 'share: between 0 and 1.', message_fr: 'share : entre 0 et 1.' }]);
		expect('value' in result).toBe(false);
	});
});
