import { describe, expect, it } from 'vitest';
import { readThrough, useText } from './context';
import { en } from './en';
import { fr } from './fr';
import type { Messages } from './messages';

describe('readThrough', () => {
	it('answers every read from the current dictionary, so a language switch shows at the next read', () => {
		let current: Messages = en;
		const text = readThrough(() => current);
		expect(text.app.skipToContent).toBe(en.app.skipToContent);
		current = fr;
		expect(text.app.skipToContent).toBe(fr.app.skipToContent);
		expect(text.app.skipToContent).not.toBe(en.app.skipToContent);
	});

	it('lists and spreads like the dictionary itself', () => {
		const text = readThrough(() => en);
		const keys = Object.keys(text);
		expect(keys.length).toBeGreaterThan(0);
		expect(keys).toEqual(Object.keys(en));
		expect('allocations' in text).toBe(true);
		expect({ ...text }.compare).toBe(en.compare);
	});
});

describe('useText', () => {
	it('refuses to run outside a component that has the text context', () => {
		expect(() => useText()).toThrow();
	});
});
