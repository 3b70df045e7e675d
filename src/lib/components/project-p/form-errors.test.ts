import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { fr } from '$lib/i18n/fr';
import { shownErrors } from './form-errors';

const ERROR = {
	field: 'description',
	message_en: 'description: a short text is required.',
	message_fr: 'description : un court texte est obligatoire.'
};
const ANCHORS = { description: { id: 'request-description', label: 'Description of the need' } };

describe('shownErrors', () => {
	it('leads with the visible label, in each language’s punctuation', () => {
		const english = shownErrors([ERROR], 'en', ANCHORS, en.app.fieldError);
		expect(english).toEqual([
			{ field: 'description', message: 'Description of the need: a short text is required.', href: '#request-description' }
		]);
		const french = shownErrors([ERROR], 'fr', { description: { id: 'request-description', label: 'Description du besoin' } }, fr.app.fieldError);
		expect(french.map((e) => e.message)).toEqual(['Description du besoin : un court texte est obligatoire.']);
	});

	it('keeps the message as written when the field has no input on the page', () => {
		expect(shownErrors([ERROR], 'fr', {}, fr.app.fieldError)).toEqual([{ field: 'description', message: ERROR.message_fr, href: null }]);
	});
});
