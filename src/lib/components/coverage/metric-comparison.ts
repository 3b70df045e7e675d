/**
 * How a figure compares with the provincial median, in words the reader can act on: "better" or
 * "worse" where the registry says which way is better, "above" or "below" for neutral metrics.
 * Disclosure markers and missing values compare to nothing (null), so a withheld rate gives nothing
 * away through its comparison either.
 */
import type { DisclosedNumber } from '$lib/domain/coverage';
import type { MetricDirection } from '$lib/metrics';

export type Comparison = 'better' | 'worse' | 'above' | 'below' | 'equal';

/** Relative difference under which two figures count as equal (rounding noise of shown decimals). */
const EQUAL_WITHIN = 0.005;

export function compareWithMedian(value: DisclosedNumber, median: DisclosedNumber, direction: MetricDirection): Comparison | null {
	if (typeof value !== 'number' || typeof median !== 'number') return null;
	const scale = Math.max(Math.abs(value), Math.abs(median));
	if (scale === 0 || Math.abs(value - median) <= EQUAL_WITHIN * scale) return 'equal';
	const above = value > median;
	if (direction === 'neutral') return above ? 'above' : 'below';
	return above === (direction === 'higher_is_better') ? 'better' : 'worse';
}
