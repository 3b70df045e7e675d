import { describe, expect, it } from 'vitest';
import { frenchServiceName } from './police-service-names';

describe('frenchServiceName()', () => {
	it('turns "X Police Service" into "Service de police de X", eliding before a vowel', () => {
		expect(frenchServiceName('Toronto Police Service')).toBe('Service de police de Toronto');
		expect(frenchServiceName('Ottawa Police Service')).toBe("Service de police d'Ottawa");
	});

	it('turns "OPP <census division>" into "PPO <census division>" with French "et"', () => {
		expect(frenchServiceName('OPP Kenora')).toBe('PPO Kenora');
		expect(frenchServiceName('OPP Stormont, Dundas and Glengarry')).toBe('PPO Stormont, Dundas et Glengarry');
	});

	it('uses the known names for the provincial police and regional services', () => {
		expect(frenchServiceName('Ontario Provincial Police')).toBe("Police provinciale de l'Ontario");
		expect(frenchServiceName('Peel Regional Police')).toBe('Police régionale de Peel');
		expect(frenchServiceName('Durham Regional Police Service')).toBe('Service de police régional de Durham');
		expect(frenchServiceName('Greater Sudbury Police Service')).toBe('Service de police du Grand Sudbury');
		expect(frenchServiceName('Kingston Police')).toBe('Police de Kingston');
	});

	it('refuses a name it has no rule for', () => {
		expect(() => frenchServiceName('Metro Constabulary')).toThrow(/Metro Constabulary/);
	});
});
