/**
 * The atlas's headline figures for one quarter: how many communities are flagged, how many are on the
 * Project P list and how many children live in those, the province's ICE investigators and the
 * strategy's funding. Read from the coverage view's top-level fields only (level, flag, children,
 * population and the per-capita service metrics), so the engine's internals can change underneath.
 * Pure: the page load calls it; tests feed fixtures.
 */
import type { CoverageView } from './coverage';

export interface HeadlineFigures {
	communities: number;
	/** Communities at any level above "none" (watch, gap or critical). */
	flagged: number;
	/** Communities for which Project P assistance is recommended. */
	projectP: number;
	/** Children 0–17 (estimated or imported) in the Project P communities; null when none is known. */
	projectPChildren: number | null;
	/** ICE investigators (FTE) over every service that reported the quarter; null when none did. */
	investigators: number | null;
	/** Strategy funding for the fiscal year of the quarter, in cents; null when none is recorded. */
	fundingCents: number | null;
}

type HeadlineInput = Pick<CoverageView, 'communities' | 'services'>;

function plainNumber(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Sums `rate × population / per` over services; null when no service has both. */
function totalFromRate(services: HeadlineInput['services'], rateOf: (s: HeadlineInput['services'][number]) => unknown, per: number) {
	let total: number | null = null;
	for (const service of services) {
		const rate = plainNumber(rateOf(service));
		if (rate === null || service.population === null || service.population <= 0) continue;
		total = (total ?? 0) + (rate * service.population) / per;
	}
	return total;
}

export function headlineFigures(coverage: HeadlineInput): HeadlineFigures {
	const flagged = coverage.communities.filter((community) => community.level !== 'none');
	const onList = coverage.communities.filter((community) => community.project_p_recommended);
	const known = onList.flatMap((community) => (community.children === null ? [] : [community.children]));
	const investigators = totalFromRate(coverage.services, (s) => s.metrics.investigators_per_100k, 100_000);
	const funding = totalFromRate(coverage.services, (s) => s.metrics.funding_per_capita, 1);
	return {
		communities: coverage.communities.length,
		flagged: flagged.length,
		projectP: onList.length,
		projectPChildren: known.length ? known.reduce((sum, children) => sum + children, 0) : null,
		// Per-capita rates are stored unrounded, so multiplying back recovers the FTE and the cents.
		investigators: investigators === null ? null : Math.round(investigators * 10) / 10,
		fundingCents: funding === null ? null : Math.round(funding)
	};
}
