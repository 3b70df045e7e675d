/**
 * The allocation formula's inputs for one quarter, from the database: the coverage engine runs on the stored rows
 * (undisclosed: allocation pages and API are a planner's, and planners are cleared for every service) and its output
 * is summarised per service (domain/allocation/service-inputs.ts). The coverage run and its inputs come back too, so
 * a scenario's projection (domain/allocation/coverage-projection.ts) reruns the engine on the same rows.
 */
import type { AtlasDb } from './db/client';
import type { Coverage, CoverageInput } from '../domain/coverage';
import type { PeriodKey } from '../domain/period';
import { buildServiceInputs, caseloadTarget } from '../domain/allocation/service-inputs';
import type { AllocationServiceInput } from '../domain/allocation/types';
import { coverageInputFor, coverageRun } from './coverage';

export type AllocationContext = {
	period: PeriodKey;
	services: AllocationServiceInput[];
	/** Some figure behind the inputs is illustrative (domain.md §11). */
	illustrative: boolean;
	/** What `coverage` was computed from, for projections. */
	coverageInput: CoverageInput;
	coverage: Coverage;
	/** Referrals per investigator at which staffing stops putting a service in a gap (the optimiser's target). */
	caseloadTarget: number;
};

export async function load(db: AtlasDb, period: PeriodKey): Promise<AllocationContext> {
	// Both are kept per data version (server/cache.ts) and shared between requests: read, never mutated.
	const [rows, published] = await Promise.all([coverageInputFor(db, period), coverageRun(db, period)]);
	// Allocations are planners' work, and planners are cleared for every service: the true figures, so the
	// projection (which reruns the engine on the true rows) compares like with like.
	const coverage = published.truth();
	const coverageInput: CoverageInput = { ...rows, period };
	const { services, illustrative } = buildServiceInputs({
		coverage,
		communities: rows.communities,
		units: rows.units,
		quarters: rows.quarters,
		funding: rows.funding
	});
	return {
		period,
		services,
		illustrative,
		coverageInput,
		coverage,
		caseloadTarget: caseloadTarget(coverage.reference, coverage.thresholds)
	};
}
