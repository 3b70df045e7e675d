import { describe, expect, it } from 'vitest';
import { badTextMessage, findBadField, findBadJson, printableText, textProblem } from './text';

describe('textProblem', () => {
	it('finds NUL bytes and unpaired surrogates, and accepts paired ones', () => {
		expect(textProblem('Crown office')).toBeNull();
		expect(textProblem('emoji 😀 and é')).toBeNull();
		expect(textProblem('a\u0000b')).toBe('nul');
		expect(textProblem('a\ud800b')).toBe('lone_surrogate');
		expect(textProblem('trailing \ud83d')).toBe('lone_surrogate');
		expect(textProblem('\udc00 first')).toBe('lone_surrogate');
	});

	it('checks a million characters in linear time', () => {
		const started = performance.now();
		expect(textProblem(`${'😀'.repeat(500_000)}\u0000`)).toBe('nul');
		expect(performance.now() - started).toBeLessThan(500);
	});
});

describe('finding the bad field', () => {
	it('names the parameter whose value or name is bad', () => {
		expect(findBadField(new URLSearchParams('q=ok&csduid=%00'))).toEqual({ field: 'csduid', problem: 'nul' });
		expect(findBadField([['na\u0000me', 'x']])).toEqual({ field: 'na\\u0000me', problem: 'nul' });
		expect(findBadField(new URLSearchParams('q=Sudbury&period=2024-Q1'))).toBeNull();
	});

	it('names the JSON path of a bad string or key, however deep', () => {
		expect(findBadJson({ name: 'ok', weights: { children: 1 }, notes: ['fine', 'bad\ud800'] })).toEqual({ field: 'notes[1]', problem: 'lone_surrogate' });
		expect(findBadJson({ a: { 'k\u0000': 1 } })).toEqual({ field: 'a.k\\u0000', problem: 'nul' });
		let deep: unknown = 'x\u0000';
		for (let level = 0; level < 100_000; level += 1) deep = [deep];
		expect(findBadJson(deep)?.problem).toBe('nul');
		expect(findBadJson({ n: 1, t: true, z: null, s: 'plain' })).toBeNull();
	});

	it('says what is wrong in a sentence naming the field', () => {
		expect(badTextMessage({ field: 'description', problem: 'nul' })).toBe('description: contains a NUL character (U+0000)');
	});
});

describe('printableText', () => {
	it('replaces NUL and unpaired surrogates, keeping pairs', () => {
		expect(printableText('a\u0000b\ud800c😀')).toBe('a\ufffdb\ufffdc😀');
		expect(printableText('plain')).toBe('plain');
	});
});
