import { describe, expect, it } from 'vitest';
import { fnv1a32, mulberry32, randomStream } from './prng';

describe('prng', () => {
	it('hashes with 32-bit FNV-1a (reference values)', () => {
		expect(fnv1a32('')).toBe(0x811c9dc5);
		expect(fnv1a32('a')).toBe(0xe40c292c);
	});

	it('repeats the same sequence for the same seed', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		for (let i = 0; i < 100; i++) expect(a()).toBe(b());
	});

	it('keys streams independently', () => {
		const first = randomStream('seed', 'toronto', 'caseload').next();
		expect(randomStream('seed', 'toronto', 'caseload').next()).toBe(first);
		expect(randomStream('seed', 'ottawa', 'caseload').next()).not.toBe(first);
	});

	it('draws Poisson and binomial counts with about the right mean', () => {
		const random = randomStream('test', 'means');
		const draws = 20_000;
		let poissonSmall = 0;
		let poissonLarge = 0;
		let binomial = 0;
		for (let i = 0; i < draws; i++) {
			poissonSmall += random.poisson(2.5);
			poissonLarge += random.poisson(400);
			binomial += random.binomial(120, 0.35);
		}
		expect(poissonSmall / draws).toBeCloseTo(2.5, 1);
		expect(poissonLarge / draws).toBeGreaterThan(398);
		expect(poissonLarge / draws).toBeLessThan(402);
		expect(binomial / draws).toBeCloseTo(42, 0);
	});

	it('never draws a binomial count outside 0..trials', () => {
		const random = randomStream('test', 'bounds');
		for (let i = 0; i < 5000; i++) {
			const value = random.binomial(60, 0.97);
			expect(value).toBeGreaterThanOrEqual(0);
			expect(value).toBeLessThanOrEqual(60);
		}
	});
});
