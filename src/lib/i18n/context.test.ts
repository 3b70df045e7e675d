import { describe, expect, it } from 'vitest';
import { useI18n } from './context';

describe('useI18n', () => {
	it('refuses to run outside a component that has the text context', () => {
		expect(() => useI18n()).toThrow(/outside_component|provideText/);
	});
});
