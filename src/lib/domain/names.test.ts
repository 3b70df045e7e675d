import { describe, expect, it } from 'vitest';
import { localName, serviceName } from './names';

describe('localName', () => {
	it('shows one name when there is no French form', () => {
		expect(localName('Toronto', 'Toronto', 'fr')).toBe('Toronto');
	});
	it('pairs official names, the reader language first', () => {
		expect(localName('Kenora, Unorganized', 'Kenora, non organisé', 'en')).toBe('Kenora, Unorganized / Kenora, non organisé');
		expect(localName('Kenora, Unorganized', 'Kenora, non organisé', 'fr')).toBe('Kenora, non organisé / Kenora, Unorganized');
	});
	it('keeps names Statistics Canada already writes in both languages', () => {
		expect(localName('Greater Sudbury / Grand Sudbury', 'Grand Sudbury', 'fr')).toBe('Greater Sudbury / Grand Sudbury');
	});
	it('serviceName picks the reader language only', () => {
		expect(serviceName('Toronto Police Service', 'Service de police de Toronto', 'fr')).toBe('Service de police de Toronto');
	});
});
