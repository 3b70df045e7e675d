import { describe, expect, it } from 'vitest';
import { useI18n } from './context';
import { pageText } from './messages';

describe('useI18n', () => {
	it('refuses to run outside a component that has the text context', () => {
		expect(() => useI18n()).toThrow(/outside_component|provideText/);
	});
});

describe('pageText', () => {
	it('carries exactly the sections asked for', () => {
		const text = pageText('fr', ['map', 'kinds']);
		expect(Object.keys(text).sort()).toEqual(['kinds', 'map']);
		expect(text.kinds.opp).toBe('Police provinciale de l’Ontario');
	});
});
