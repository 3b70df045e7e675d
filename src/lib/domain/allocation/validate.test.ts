import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from './defaults';
import type { AllocationServiceInput } from './types';
import { uniformService } from '../../../../tests/fixtures/allocation/services';
import { validateParameters } from './validate';
import { validateServices } from './validate-services';

const service = uniformService;
const fourServices = ['a', 'b', 'c', 'd'].map(service);

function fieldsOf(input: unknown, services?: AllocationServiceInput[]): string[] {
	const result = validateParameters(input, services);
	return result.ok ? [] : result.errors.map((error) => error.field);
}

describe('validateParameters', () => {
	it('accepts the default parameters', () => {
		expect(validateParameters(DEFAULT_PARAMETERS, fourServices)).toEqual({ ok: true, value: DEFAULT_PARAMETERS });
	});

	it('fills factors left out of the weights with zero', () => {
		const result = validateParameters({ ...DEFAULT_PARAMETERS, weights: { referrals: 1 } });
		expect(result.ok && result.value.weights).toEqual({
			population: 0,
			children: 0,
			referrals: 1,
			charges: 0,
			remoteness: 0
		});
	});

	it('names `weights` when the weights do not sum to 1, quoting the sum in both languages', () => {
		const result = validateParameters({ ...DEFAULT_PARAMETERS, weights: { referrals: 0.5, children: 0.4 } });
		expect(result).toEqual({
			ok: false,
			errors: [
				{
					field: 'weights',
					message:
						'The weights must sum to 1; they sum to 0.9. Scaled to sum to 1 they would be: population 0, children 0.444444, referrals 0.555556, charges 0, remoteness 0.',
					message_fr:
						'La somme des poids doit être 1; elle est de 0.9. Ramenés à une somme de 1, ils seraient : population 0, children 0.444444, referrals 0.555556, charges 0, remoteness 0.'
				}
			]
		});
	});

	it('refuses the removed staffing-based factors by name, saying why, in both languages', () => {
		const result = validateParameters({ ...DEFAULT_PARAMETERS, weights: { ...DEFAULT_PARAMETERS.weights, children: 0.1, caseload_per_investigator: 0.1, gap_severity: 0.1 } });
		expect(result.ok).toBe(false);
		const errors = result.ok ? [] : result.errors;
		expect(errors.map((e) => e.field)).toEqual(['weights.caseload_per_investigator', 'weights.gap_severity', 'weights']);
		expect(errors[0]?.message).toContain('was removed');
		expect(errors[0]?.message).toContain('fewer staff');
		expect(errors[1]?.message_fr).toContain('a été retiré');
	});

	it('refuses the removed rule "services with a gap" by name, saying why, in both languages', () => {
		const result = validateParameters({ ...DEFAULT_PARAMETERS, eligibility: 'services_with_gap' });
		expect(result.ok).toBe(false);
		const errors = result.ok ? [] : result.errors;
		expect(errors.map((e) => e.field)).toEqual(['eligibility']);
		expect(errors[0]?.message).toContain('was removed');
		expect(errors[0]?.message).toContain('fewer staff');
		expect(errors[0]?.message_fr).toContain('a été retirée');
		// An unknown rule still gets the plain list of rules.
		const unknown = validateParameters({ ...DEFAULT_PARAMETERS, eligibility: 'everyone' });
		expect(unknown.ok ? [] : unknown.errors).toEqual([
			{ field: 'eligibility', message: 'Choose ICE Strategy members or all services.', message_fr: 'Choisissez les membres de la Stratégie EEI ou tous les services.' }
		]);
	});

	it('tolerates floating-point noise in the weight sum', () => {
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, weights: { referrals: 0.1, children: 0.2, remoteness: 0.7 } })).toEqual([]);
	});

	it('names an unknown factor id', () => {
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, weights: { ...DEFAULT_PARAMETERS.weights, speed: 0 } })).toEqual(['weights.speed']);
	});

	it('names a negative weight', () => {
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, weights: { ...DEFAULT_PARAMETERS.weights, children: -0.25, referrals: 0.8 } })).toContain(
			'weights.children'
		);
	});

	it('names negative and fractional amounts', () => {
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, budget_cents: -5 })).toEqual(['budget_cents']);
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, budget_cents: 10.5 })).toEqual(['budget_cents']);
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, floor: { kind: 'cents', cents: -1 } })).toEqual(['floor.cents']);
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, cap: { kind: 'cents', cents: -1 } })).toEqual(['cap.cents']);
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, damping: -0.1 })).toEqual(['damping']);
	});

	it('names floors that together exceed the budget', () => {
		const result = validateParameters({ ...DEFAULT_PARAMETERS, floor: { kind: 'cents', cents: 200_000_000 } }, fourServices);
		expect(result).toMatchObject({
			ok: false,
			errors: [{ field: 'floor', message: expect.stringContaining('come to $8,000,000.00, more than the budget of $5,000,000.00') }]
		});
	});

	it('names a cap below the floor, and caps that cannot hold the budget', () => {
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, floor: { kind: 'cents', cents: 1_000_000 }, cap: { kind: 'cents', cents: 999_999 } })).toEqual([
			'cap'
		]);
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, cap: { kind: 'share', share: 0.2 } }, fourServices)).toEqual(['cap']);
	});

	it('names a formula share outside 0..1', () => {
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, formula_share: 1.2 })).toEqual(['formula_share']);
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, formula_share: -0.1 })).toEqual(['formula_share']);
	});

	it('names a rounding unit, an eligibility rule and a floor kind it does not know', () => {
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, rounding_cents: 50 })).toEqual(['rounding_cents']);
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, eligibility: 'everyone' })).toEqual(['eligibility']);
		expect(fieldsOf({ ...DEFAULT_PARAMETERS, floor: { kind: 'percent', percent: 1 } })).toEqual(['floor.kind']);
	});

	it('names a missing field as required, in English and French', () => {
		const { formula_share: _omitted, ...rest } = DEFAULT_PARAMETERS;
		expect(validateParameters(rest)).toEqual({
			ok: false,
			errors: [{ field: 'formula_share', message: 'This field is required.', message_fr: 'Ce champ est obligatoire.' }]
		});
	});

	it('names the eligibility rule when no service is eligible', () => {
		const outsiders = fourServices.map((s) => ({ ...s, ice_strategy_member: false }));
		expect(fieldsOf(DEFAULT_PARAMETERS, outsiders)).toEqual(['eligibility']);
	});

	it('answers non-objects without throwing', () => {
		expect(fieldsOf(null)).toEqual(['']);
		expect(fieldsOf('budget')).toEqual(['']);
	});
});

describe('validateServices', () => {
	it('names unknown and duplicated services by position', () => {
		const result = validateServices([service('a'), service('zz'), service('a')], new Set(['a', 'b']));
		expect(result.ok ? [] : result.errors.map((e) => [e.field, e.message])).toEqual([
			['services[1].police_service_id', 'Unknown police service "zz".'],
			['services[2].police_service_id', 'Service "a" appears more than once.']
		]);
	});

	it('names negative and non-finite counts', () => {
		const result = validateServices([service('a'), { ...service('b'), children: -1, referrals: Number.NaN }]);
		expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['services[1].children', 'services[1].referrals']);
	});
});
