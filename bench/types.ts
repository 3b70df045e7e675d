/** What every benchmark module returns: medians, never single timings (these machines are noisy). */
export interface BenchResult {
	name: string;
	median_ms: number;
	target_ms?: number;
	/** A floor instead of a ceiling (throughput ratios): met when the value is at least this. */
	target_min?: number;
	runs: number;
	note?: string;
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}
