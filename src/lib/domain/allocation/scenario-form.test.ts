import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './scenario-settings';
import { formValuesOf, parseScenarioForm, type FormValues } from './scenario-form';
import { uniformService } from '../../../../tests/fixtures/allocation/services';

const service = uniformService;
const services = ['a', 'b', 'c', 'd'].map(service);
const defaults = (locale: 'en' | 'fr' = 'en') => formValuesOf(DEFAULT_SETTINGS, 'Draft', locale);
const errorFields = (values: FormValues, locale: 'en' | 'fr' = 'en') => {
	const result = parseScenarioForm(values, locale, services);
	return result.ok ? [] : result.errors.map((e) => e.field);
};

describe('scenario form', () => {
	it('round-trips the default settings in both languages', () => {
		expect(parseScenarioForm(defaults('en'), 'en', services)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
		expect(parseScenarioForm(defaults('fr'), 'fr', services)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
	});

	it('writes money and percentages as the reader writes them', () => {
		expect(defaults('en')).toMatchObject({ budget: '5,000,000', floor_share: '0.5', formula_share: '75', weight_referrals: '30' });
		// fr-CA groups digits with a no-break space (narrow in recent ICU versions).
		expect(defaults('fr').budget).toMatch(/^5[\u00a0\u202f]000[\u00a0\u202f]000$/);
	});

	it('points at each field that is not a number, and keeps going', () => {
		expect(errorFields({ ...defaults(), budget: 'five million', formula_share: '120', investigator_cost: '' })).toEqual([
			'budget',
			'formula_share',
			'investigator_cost'
		]);
	});

	it('says the weights must add up to 100 %, in the form’s units', () => {
		const result = parseScenarioForm({ ...defaults(), weight_children: '25' }, 'en', services);
		expect(result).toEqual({
			ok: false,
			errors: [
				{
					field: 'weights',
					message: 'The weights must add up to 100 %; they add up to 95 %.',
					message_fr: 'La somme des poids doit être de 100 %; elle est de 95 %.'
				}
			]
		});
	});

	it('puts cross-field errors on the input the planner typed: floor amount, cap share', () => {
		expect(errorFields({ ...defaults(), floor_kind: 'cents', floor_amount: '2,000,000' })).toEqual(['floor_amount']);
		expect(errorFields({ ...defaults(), cap_kind: 'share', cap_share: '10' })).toEqual(['cap_share']);
		expect(errorFields({ ...defaults(), budget: '-1' })).toEqual(['budget']);
	});

	it('reads a blank damping as no damping and a number as a percentage', () => {
		const none = parseScenarioForm({ ...defaults(), damping: '' }, 'en', services);
		expect(none.ok && none.value.parameters.damping).toBeNull();
		const ten = parseScenarioForm({ ...defaults(), damping: '10' }, 'en', services);
		expect(ten.ok && ten.value.parameters.damping).toBe(0.1);
	});
});
