/**
 * Seeded randomness for the illustrative data: the same seed and keys always give the same
 * numbers, on every machine (integer arithmetic only; no Math.random, no clock).
 *
 * - mulberry32 (Tommy Ettinger's 32-bit generator, public domain): small, fast, good enough for
 *   simulation, full period 2^32.
 * - Streams are keyed: `randomStream(seed, 'toronto', 'caseload')` hashes the seed and keys with
 *   32-bit FNV-1a, so each service draws from its own stream and adding a service, or drawing
 *   more numbers for one, leaves every other service's numbers unchanged.
 */

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function fnv1a32(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** mulberry32: returns a function yielding uniform numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface RandomStream {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform in [min, max). */
	uniform(min: number, max: number): number;
	/** Standard normal (Box-Muller). */
	normal(): number;
	/** A multiplicative factor with mean 1 and log-sd `sigma` (lognormal). */
	factor(sigma: number): number;
	/** Poisson count with mean `mean` (Knuth below 30, rounded normal above). */
	poisson(mean: number): number;
	/** Binomial count of `trials` with probability `p` (exact up to 50 trials, rounded normal above). */
	binomial(trials: number, p: number): number;
}

export function randomStream(seed: string, ...keys: string[]): RandomStream {
	const next = mulberry32(fnv1a32([seed, ...keys].join('|')));
	const normal = (): number => {
		const u = 1 - next(); // in (0, 1], so the logarithm is finite
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
	};
	return {
		next,
		uniform: (min, max) => min + (max - min) * next(),
		normal,
		factor: (sigma) => Math.exp(sigma * normal() - (sigma * sigma) / 2),
		poisson(mean) {
			if (mean <= 0) return 0;
			if (mean >= 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
			const limit = Math.exp(-mean);
			let count = 0;
			for (let product = next(); product > limit; product *= next()) count++;
			return count;
		},
		binomial(trials, p) {
			if (trials <= 0 || p <= 0) return 0;
			if (p >= 1) return trials;
			if (trials <= 50) {
				let count = 0;
				for (let i = 0; i < trials; i++) if (next() < p) count++;
				return count;
			}
			const draw = Math.round(trials * p + Math.sqrt(trials * p * (1 - p)) * normal());
			return Math.min(trials, Math.max(0, draw));
		}
	};
}
