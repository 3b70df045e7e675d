import { describe, expect, it } from 'vitest';
import { compareWithFormula } from './comparison';
import { DEFAULT_CONVERSION, ftesFromCents } from './conversion';
import { computeAllocation } from './formula';
import { optimiseStaffing } from './optimiser';
import { projectFtes, referralsPerInvestigator, staffingGapClosed } from './projection';
import { allocationParameters, allocationService } from '../../../../tests/support/allocation';

describe('ftesFromCents', () => {
	it('buys whole half-FTE steps and reports the rest', () => {
		// $250,000 at $70,000 a half investigator: three steps, 1.5 FTE, $210,000 used, $40,000 left.
		expect(ftesFromCents(25_000_000, DEFAULT_CONVERSION)).toEqual({
			investigator_fte: 1.5,
			forensic_examiner_fte: 0,
			used_cents: 21_000_000,
			unused_cents: 4_000_000
		});
	});

	it('splits money between investigators and examiners by the examiner share', () => {
		// 25 % of $250,000 = $62,500 → one $60,000 half examiner; $187,500 → two $70,000 half investigators.
		expect(ftesFromCents(25_000_000, { ...DEFAULT_CONVERSION, forensic_examiner_share: 0.25 })).toEqual({
			investigator_fte: 1,
			forensic_examiner_fte: 0.5,
			used_cents: 20_000_000,
			unused_cents: 5_000_000
		});
	});

	it('reads money as fractional FTE when the increment is 0', () => {
		expect(ftesFromCents(7_000_000, { ...DEFAULT_CONVERSION, increment_fte: 0 }).investigator_fte).toBe(0.5);
	});
});

describe('projectFtes', () => {
	it('returns the FTEs each allocation funds, sorted by service id', () => {
		const projected = projectFtes(
			[
				{ police_service_id: 'z', amount_cents: 14_000_000 },
				{ police_service_id: 'a', amount_cents: 6_999_999 }
			],
			DEFAULT_CONVERSION
		);
		expect(projected.map((p) => [p.police_service_id, p.investigator_fte_added, p.unused_cents])).toEqual([
			['a', 0, 6_999_999],
			['z', 1, 0]
		]);
	});
});

describe('staffing projections', () => {
	it('reads referrals with no investigator as an unbounded caseload, and none as zero', () => {
		expect(referralsPerInvestigator(10, 0)).toBe(Number.POSITIVE_INFINITY);
		expect(referralsPerInvestigator(0, 0)).toBe(0);
		expect(referralsPerInvestigator(300, 2)).toBe(150);
	});

	// 250 referrals on one investigator.
	const base = allocationService({
		police_service_id: 'x',
		population: 50_000,
		children: 10_000,
		referrals: 250,
		investigator_fte: 1,
		children_in_gap: 4_000,
		remoteness: 0.5,
		has_gap: true
	});

	it('closes a staffing gap once the caseload reaches the target', () => {
		// Target 100: 250 referrals need 2.5 FTE; the service has 1.
		expect(staffingGapClosed(base, 1, 100)).toBe(false);
		expect(staffingGapClosed(base, 1.5, 100)).toBe(true);
		// Already staffed to target: its gap has other causes, which investigators do not close.
		expect(staffingGapClosed({ ...base, investigator_fte: 3 }, 1, 100)).toBe(false);
	});

	it('compares the formula and the optimiser in the same currency', () => {
		const services = [base, { ...base, police_service_id: 'y', investigator_fte: 0, referrals_per_investigator: null }];
		const params = allocationParameters({ budget_cents: 28_000_000, weights: { population: 1, children: 0, referrals: 0, charges: 0, remoteness: 0 }, rounding_cents: 100 });
		// The formula splits $280,000 evenly by population: $140,000 each, 1 FTE each.
		const allocation = computeAllocation(services, params);
		const optimised = optimiseStaffing(services, {
			budget_cents: 28_000_000,
			eligibility: 'all_services',
			objective: 'worst_caseload',
			cap_cents: null,
			target_referrals_per_investigator: 100,
			conversion: DEFAULT_CONVERSION
		});
		if (!optimised.ok) throw new Error('options rejected');
		const comparison = compareWithFormula(services, allocation, optimised.value, DEFAULT_CONVERSION, 100);
		expect(comparison.rows.map((r) => [r.police_service_id, r.formula.investigator_fte_added])).toEqual([
			['x', 1],
			['y', 1]
		]);
		expect(comparison.formula).toMatchObject({ amount_cents: 28_000_000, investigator_fte_added: 2, worst_referrals_per_investigator_after: 250 });
		// The optimiser: y (∞) 0.5 → 500, y 1.0 → 250, then x 250 ties y 250, x first → 1.5 → 166.7; y → 1.5 → 166.7.
		expect(comparison.optimiser.investigator_fte_added).toBe(2);
		expect(comparison.optimiser.worst_referrals_per_investigator_after).toBeCloseTo(166.667, 3);
	});
});
