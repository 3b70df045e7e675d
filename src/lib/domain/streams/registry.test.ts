import { describe, expect, it } from 'vitest';
import { budgetPerRegistrantCents, verificationRate } from './registry';
import { TORONTO_PILOT } from './illustrative';

describe('registry metrics', () => {
	it('verificationRate(): 850 verified of 1,000 registrants → 0.85; no registrants → null', () => {
		expect(verificationRate({ registrants: 1000, verifications_done: 850 })).toBe(0.85);
		expect(verificationRate({ registrants: 0, verifications_done: 0 })).toBeNull();
	});

	it('the Toronto pilot shape costs $700 per registrant: $700,000 ÷ 1,000', () => {
		expect(budgetPerRegistrantCents(TORONTO_PILOT)).toBe(700_00);
	});
});
