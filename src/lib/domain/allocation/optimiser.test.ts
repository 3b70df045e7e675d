import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERSION } from './conversion';
import { optimiseStaffing, type OptimiserResult } from './optimiser';
import type { OptimiserOptions } from './optimiser-options';
import type { AllocationServiceInput } from './types';
import { allocationService } from '../../../../tests/support/allocation';

const service = (id: string, referrals: number, fte: number, childrenInGap: number): AllocationServiceInput =>
	allocationService({ police_service_id: id, referrals, investigator_fte: fte, children_in_gap: childrenInGap, has_gap: childrenInGap > 0 });

// A: 400 referrals on 2 FTE (200 each); B: 300 referrals, no investigator; C: 100 referrals on 1 FTE.
const services = [service('c', 100, 1, 3_000), service('a', 400, 2, 5_000), service('b', 300, 0, 8_000)];

const options: OptimiserOptions = {
	budget_cents: 42_000_000, // $420,000 = six half-FTE steps at $70,000
	eligibility: 'all_services',
	objective: 'worst_caseload',
	cap_cents: null,
	target_referrals_per_investigator: 100,
	conversion: DEFAULT_CONVERSION
};

function run(overrides: Partial<OptimiserOptions>): OptimiserResult {
	const result = optimiseStaffing(services, { ...options, ...overrides });
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.value;
}
const added = (result: OptimiserResult) =>
	Object.fromEntries(result.placements.map((p) => [p.police_service_id, p.investigator_fte_added]));

describe('optimiseStaffing, worst caseload', () => {
	it('gives each half FTE to the worst caseload, first by id on ties', () => {
		// B ∞ → 0.5 FTE (600); B 600 → 1.0 (300); B 300 → 1.5 (200); A 200 ties B 200, A first → 2.5 (160);
		// B 200 → 2.0 (150); A 160 → 3.0 (133.3). Worst after: B at 150.
		const result = run({});
		expect(added(result)).toEqual({ a: 1, b: 2, c: 0 });
		expect(result).toMatchObject({
			used_cents: 42_000_000,
			unused_cents: 0,
			worst_referrals_per_investigator_before: null,
			worst_referrals_per_investigator_after: 150
		});
		expect(result.placements.map((p) => p.police_service_id)).toEqual(['a', 'b', 'c']);
	});

	it('moves on to the next worst when a service reaches its cap', () => {
		// Cap $140,000 = two steps each: B 0.5, 1.0 then capped; A 2.5, 3.0 then capped; C 1.5, 2.0.
		const result = run({ cap_cents: 14_000_000 });
		expect(added(result)).toEqual({ a: 1, b: 1, c: 1 });
		expect(result.worst_referrals_per_investigator_after).toBe(300);
	});

	it('leaves money it cannot place unspent and reports it', () => {
		const result = run({ budget_cents: 10_000_000 }); // $100,000: one step, $30,000 left
		expect(added(result)).toEqual({ a: 0, b: 0.5, c: 0 });
		expect(result).toMatchObject({ used_cents: 7_000_000, unused_cents: 3_000_000 });
	});
});

describe('optimiseStaffing, children in gaps', () => {
	it('closes the gaps that cover the most children within the budget', () => {
		// Target 100 per investigator. A needs max(1, 400/100) = 4 FTE, has 2: four steps for 5,000 children.
		// B needs 3, has 0: six steps for 8,000 children. C needs 1 and has it: not a staffing gap.
		// Six steps: B alone (8,000) beats A alone (5,000).
		const result = run({ objective: 'gap_children' });
		expect(added(result)).toEqual({ a: 0, b: 3, c: 0 });
		expect(result.children_in_closed_gaps).toBe(8_000);
	});

	it('spends what is left after closing gaps on the worst caseload', () => {
		// Seven steps: B's six, then one to the worst remaining caseload, A at 200 → A 2.5.
		const result = run({ objective: 'gap_children', budget_cents: 49_000_000 });
		expect(added(result)).toEqual({ a: 0.5, b: 3, c: 0 });
		// Ten steps close both: 13,000 children.
		expect(run({ objective: 'gap_children', budget_cents: 70_000_000 }).children_in_closed_gaps).toBe(13_000);
	});
});

describe('optimiseStaffing input', () => {
	it('answers bad options with field errors', () => {
		const result = optimiseStaffing(services, { ...options, objective: 'fastest', budget_cents: -1 });
		expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['budget_cents', 'objective']);
	});

	it('gives the same result for the same input, whatever the order', () => {
		const first = JSON.stringify(optimiseStaffing(services, { ...options, objective: 'gap_children' }));
		const reversed = JSON.stringify(optimiseStaffing([...services].reverse(), { ...options, objective: 'gap_children' }));
		expect(reversed).toBe(first);
	});
});
