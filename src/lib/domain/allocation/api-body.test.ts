import { describe, expect, it } from 'vitest';
import { bodyFieldOf, checkComputeParameters, readComputeBody, toComputeBody } from './api-body';
import { DEFAULT_PARAMETERS } from './defaults';
import { uniformService } from '../../../../tests/fixtures/allocation/services';

const service = uniformService;
const services = ['a', 'b', 'c', 'd'].map(service);

function check(body: unknown) {
	const read = readComputeBody(body);
	if (!read.ok) return read;
	return checkComputeParameters(read.value, services);
}

const fields = (result: ReturnType<typeof check>) => (result.ok ? [] : result.errors.map((e) => e.field));

describe('readComputeBody and checkComputeParameters', () => {
	it('maps a flat body with a share floor and an amount cap to the engine parameters', () => {
		const result = check({
			budget_cents: 500_000_000,
			eligibility: 'all_services',
			floor_share: 0.005,
			formula_share: 0.75,
			weights: { referrals: 0.6, children: 0.4 },
			cap_cents: 200_000_000,
			damping: 0.1,
			rounding_cents: 100,
			period: '2025-Q2'
		});
		expect(result).toEqual({
			ok: true,
			value: {
				budget_cents: 500_000_000,
				eligibility: 'all_services',
				floor: { kind: 'share', share: 0.005 },
				formula_share: 0.75,
				weights: { population: 0, children: 0.4, referrals: 0.6, charges: 0, remoteness: 0 },
				cap: { kind: 'cents', cents: 200_000_000 },
				damping: 0.1,
				rounding_cents: 100
			}
		});
	});

	it('takes the defaults for fields left out, with no cap and no damping', () => {
		expect(check({})).toEqual({ ok: true, value: DEFAULT_PARAMETERS });
	});

	it('reads the period, or null for the latest quarter', () => {
		const read = readComputeBody({ period: '2024-Q3' });
		expect(read.ok && read.value.period).toBe('2024-Q3');
		const latest = readComputeBody({});
		expect(latest.ok && latest.value.period).toBeNull();
	});

	it('answers a body that is not an object with one error', () => {
		expect(fields(check([1, 2]))).toEqual(['body']);
		expect(fields(check(null))).toEqual(['body']);
	});

	it('rejects unknown fields by name, so a misspelt budget never falls back to the default', () => {
		expect(fields(check({ budget: 100 }))).toEqual(['budget']);
	});

	it('rejects a floor or a cap given in both units', () => {
		expect(fields(check({ floor_cents: 1, floor_share: 0.1, cap_cents: 5, cap_share: 0.5 }))).toEqual(['floor_cents', 'cap_cents']);
	});

	it('rejects a malformed period', () => {
		expect(fields(check({ period: '2025Q2' }))).toEqual(['period']);
	});

	it('names the body fields in errors: negative amounts, weights, floors over the budget, caps below floors', () => {
		expect(fields(check({ budget_cents: -5 }))).toEqual(['budget_cents']);
		expect(fields(check({ floor_cents: -1 }))).toEqual(['floor_cents']);
		expect(fields(check({ weights: { referrals: 0.5 } }))).toEqual(['weights']);
		expect(fields(check({ weights: { referrals: 1, bogus: 0 } }))).toEqual(['weights.bogus']);
		expect(fields(check({ budget_cents: 1000, floor_cents: 300 }))).toEqual(['floor_cents']);
		expect(fields(check({ floor_cents: 2_000_000, cap_cents: 1_000_000 }))).toEqual(['cap_cents']);
		expect(fields(check({ cap_share: 0.1 }))).toEqual(['cap_share']);
		expect(fields(check({ rounding_cents: 7 }))).toEqual(['rounding_cents']);
	});

	it('gives every message in English and French', () => {
		const result = check({ budget_cents: 'lots', weights: { referrals: 2 } });
		expect(result.ok).toBe(false);
		if (!result.ok) for (const e of result.errors) expect(e.message_fr).toBeTruthy();
	});
});

describe('bodyFieldOf', () => {
	it('names the unit the body used', () => {
		expect(bodyFieldOf('floor', { floorField: 'floor_cents', capField: null })).toBe('floor_cents');
		expect(bodyFieldOf('cap', { floorField: 'floor_share', capField: 'cap_share' })).toBe('cap_share');
		expect(bodyFieldOf('weights.children', { floorField: 'floor_share', capField: null })).toBe('weights.children');
	});
});

describe('toComputeBody', () => {
	it('is the inverse of reading a body', () => {
		const parameters = { ...DEFAULT_PARAMETERS, cap: { kind: 'share' as const, share: 0.4 }, damping: 0.2 };
		expect(check(toComputeBody(parameters))).toEqual({ ok: true, value: parameters });
	});
});
