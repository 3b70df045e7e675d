import { describe, expect, it } from 'vitest';
import { checkFreeText, identifiersIn } from './description';

describe('identifiersIn', () => {
	it('finds nothing in a description of the help needed', () => {
		expect(identifiersIn('Three devices seized in 2026 need forensic examination; the service has no examiner. About 12 hours of interviews.')).toEqual([]);
		expect(identifiersIn('Coverage flag FY2025-26 Q2 (critical): No local ICE unit; Fly-in community.')).toEqual([]);
	});

	it.each([
		['contact jane.doe@example.com', 'email'],
		['call 807-555-0199 after hours', 'phone'],
		['tel (416) 555 0100', 'phone'],
		['DOB 2012-04-03', 'date'],
		['born on 3 April 2012', 'date'],
		['née le 3 avril 2012', 'date'],
		['on 04/03/2012 the report came', 'date'],
		['since March 3, 2012', 'date'],
		['SIN 046 454 286', 'identity_number'],
		['health card 1234567890', 'identity_number'],
		['lives at 42 Bay Street', 'street_address'],
		['au 12, rue Principale', 'street_address']
	])('recognises %s as %s', (text, kind) => {
		expect(identifiersIn(text)).toContain(kind);
	});
});

describe('checkFreeText', () => {
	it('accepts a short plain description', () => {
		expect(checkFreeText('description', 'Forensic help with a growing device backlog.')).toEqual([]);
	});

	it('requires some text, naming the field', () => {
		expect(checkFreeText('description', '   ')).toEqual([
			{ field: 'description', message_en: 'description: a short text is required.', message_fr: 'description : un court texte est obligatoire.' }
		]);
		expect(checkFreeText('reason', undefined)[0]?.field).toBe('reason');
	});

	it('refuses more than 500 characters and says how many there are', () => {
		const [error] = checkFreeText('description', 'a'.repeat(501));
		expect(error?.message_en).toContain('at most 500 characters (this one has 501)');
		expect(checkFreeText('description', 'a'.repeat(500))).toEqual([]);
	});

	it('names each kind of identifier to remove, in both languages', () => {
		const errors = checkFreeText('description', 'Victim jane@example.ca, phone 705-555-0123');
		expect(errors.map((e) => e.message_en)).toEqual([
			'description: remove an email address: a request must not identify a victim or anyone else.',
			'description: remove a telephone number: a request must not identify a victim or anyone else.'
		]);
		expect(errors[0]?.message_fr).toContain('adresse courriel');
	});
});
