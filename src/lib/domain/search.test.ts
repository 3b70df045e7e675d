import { describe, expect, it } from 'vitest';
import { matchesSearch, normalizeForSearch, searchKey } from './search';

describe('search', () => {
	it('normalizeForSearch drops accents, case and punctuation', () => {
		expect(normalizeForSearch('Sault Ste. Marie')).toBe('sault ste marie');
		expect(normalizeForSearch('Rivière-des-Français')).toBe('riviere des francais');
		expect(normalizeForSearch("  L'Orignal  ")).toBe('l orignal');
	});

	it('finds a community by its French name', () => {
		const key = searchKey('Greater Sudbury', 'Grand Sudbury');
		expect(matchesSearch(key, 'grand sudbury')).toBe(true);
		expect(matchesSearch(key, 'GREATER SUDBURY')).toBe(true);
		expect(matchesSearch(key, 'sudbury east')).toBe(false);
	});

	it('an empty query matches everything; injection-shaped input is just text', () => {
		expect(matchesSearch('toronto', '')).toBe(true);
		expect(normalizeForSearch("'; drop table community; --")).toBe('drop table community');
	});
});
