/**
 * fast-check properties that skip the cases they are not about (an infeasible budget, too few services).
 * The property calls `reached()` for each check it gets to; the run passes only when that happened more
 * than `atLeast` times, so a generator drifting towards skipped cases cannot pass while proving nothing.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

export function assertReached<T>(arbitrary: fc.Arbitrary<T>, property: (value: T, reached: () => void) => void, runs: { numRuns: number; atLeast: number }): void {
	let count = 0;
	const reached = () => {
		count += 1;
	};
	fc.assert(
		fc.property(arbitrary, (value) => property(value, reached)),
		{ numRuns: runs.numRuns }
	);
	expect(count).toBeGreaterThan(runs.atLeast);
}
