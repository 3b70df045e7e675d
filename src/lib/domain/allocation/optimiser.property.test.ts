import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { servicesArbitrary } from '../../../../tests/support/allocation-arbitraries';
import { DEFAULT_CONVERSION } from './conversion';
import { optimiseStaffing, type OptimiserResult } from './optimiser';
import { OPTIMISER_OBJECTIVES, type OptimiserOptions } from './optimiser-options';
import { referralsPerInvestigator } from './projection';
import type { AllocationServiceInput } from './types';

const STEP_CENTS = 7_000_000; // half an investigator at the default $140,000

function optimise(services: AllocationServiceInput[], options: OptimiserOptions): OptimiserResult {
	const result = optimiseStaffing(services, options);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.value;
}

/** The best achievable worst caseload, by trying every way of placing up to `steps` half FTEs. */
function bestWorstCaseload(services: AllocationServiceInput[], steps: number, maxSteps: number): number {
	let best = Number.POSITIVE_INFINITY;
	const placed = services.map(() => 0);
	const visit = (index: number, left: number): void => {
		if (index === services.length) {
			let worst = 0;
			services.forEach((s, i) => {
				const fte = s.investigator_fte + (placed[i] ?? 0) * 0.5;
				worst = Math.max(worst, referralsPerInvestigator(s.referrals, fte));
			});
			best = Math.min(best, worst);
			return;
		}
		for (let n = 0; n <= Math.min(left, maxSteps); n += 1) {
			placed[index] = n;
			visit(index + 1, left - n);
		}
	};
	visit(0, steps);
	return best;
}

describe('optimiseStaffing properties', () => {
	it('stays within the budget and the per-service cap, and leaves no affordable step unplaced', () => {
		const options = fc.record({
			budget_cents: fc.integer({ min: 0, max: 200_000_000 }),
			cap: fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: null }),
			objective: fc.constantFrom(...OPTIMISER_OBJECTIVES),
			target: fc.integer({ min: 1, max: 400 })
		});
		fc.assert(
			fc.property(servicesArbitrary(20), options, (services, o) => {
				const result = optimise(services, {
					budget_cents: o.budget_cents,
					eligibility: 'all_services',
					objective: o.objective,
					cap_cents: o.cap,
					target_referrals_per_investigator: o.target,
					conversion: DEFAULT_CONVERSION
				});
				expect(result.used_cents + result.unused_cents).toBe(o.budget_cents);
				expect(result.unused_cents).toBeGreaterThanOrEqual(0);
				for (const placement of result.placements) {
					if (o.cap !== null) expect(placement.cost_cents).toBeLessThanOrEqual(o.cap);
				}
				if (result.unused_cents >= STEP_CENTS) {
					// Money left for another step: every service that could take one is capped or has no caseload.
					for (const placement of result.placements) {
						const capped = o.cap !== null && placement.cost_cents + STEP_CENTS > o.cap;
						expect(capped || placement.referrals_per_investigator_after === 0).toBe(true);
					}
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('reaches the best possible worst caseload', () => {
		const counts = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 6 }));
		fc.assert(
			fc.property(servicesArbitrary(3), counts, (services, [steps, maxSteps]) => {
				const result = optimise(services, {
					budget_cents: steps * STEP_CENTS,
					eligibility: 'all_services',
					objective: 'worst_caseload',
					cap_cents: maxSteps * STEP_CENTS,
					target_referrals_per_investigator: 100,
					conversion: DEFAULT_CONVERSION
				});
				const worst = result.worst_referrals_per_investigator_after ?? Number.POSITIVE_INFINITY;
				expect(worst).toBeCloseTo(bestWorstCaseload(services, steps, maxSteps), 9);
			}),
			{ numRuns: 500 }
		);
	});
});
