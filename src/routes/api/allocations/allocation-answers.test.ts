import { describe, expect, it } from 'vitest';
import { fieldErrors } from './allocation-answers';

const ERRORS = [
	{ field: 'budget_cents', message: 'must be a whole number of cents', message_fr: 'doit être un nombre entier de cents' },
	{ field: 'weights.population', message: 'must be between 0 and 1' }
];

describe('fieldErrors', () => {
	it('sums up the refused fields in the request’s language, one message per field', async () => {
		const english = await fieldErrors(ERRORS, 'en').json();
		expect(english.error).toEqual({ status: 422, code: 'unprocessable', message: '2 fields are not valid: budget_cents, weights.population' });
		const french = await fieldErrors(ERRORS, 'fr', 400).json();
		expect(french.error).toEqual({ status: 400, code: 'bad_request', message: '2 champs ne sont pas valides : budget_cents, weights.population' });
		expect(french.errors).toEqual([
			{ field: 'budget_cents', message: 'doit être un nombre entier de cents' },
			{ field: 'weights.population', message: 'must be between 0 and 1' }
		]);
	});

	it('says “one field” for a single error', async () => {
		expect((await fieldErrors(ERRORS.slice(0, 1), 'en').json()).error.message).toBe('One field is not valid: budget_cents');
		expect((await fieldErrors(ERRORS.slice(0, 1), 'fr').json()).error.message).toBe('Un champ n’est pas valide : budget_cents');
	});
});
