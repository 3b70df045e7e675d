import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUPPRESSED, WITHHELD } from '../coverage';
import { AVERAGE_WEIGHTS, weightedAverage } from './averages';
import { snapshot } from '../../../../tests/support/peer-snapshots';

/**
 * Worked by hand. Three services with 2, 3 and 3 investigators (FTE):
 *   A: 100,000 people → 2 / 100,000 × 100,000 = 2.0 per 100k; 120 referrals a year → 60 per investigator
 *   B: 300,000 people → 3 / 300,000 × 100,000 = 1.0 per 100k;  60 referrals a year → 20 per investigator
 *   C: 600,000 people → 3 / 600,000 × 100,000 = 0.5 per 100k; 120 referrals a year → 40 per investigator
 * Group, pooled: 8 investigators / 1,000,000 people = 0.8 per 100k (the plain mean would be 1.1667);
 *   300 referrals / 8 investigators = 37.5 per investigator (plain mean 40).
 * Population-weighted: (100k·2 + 300k·1 + 600k·0.5) / 1M = 800k / 1M = 0.8 ✓
 * FTE-weighted: (2·60 + 3·20 + 3·40) / 8 = 300 / 8 = 37.5 ✓
 */
const group = [
	snapshot('a', { investigators_per_100k: 2, referrals_per_investigator: 60, referrals_received: 30 }, { population: 100_000, investigators_fte: 2 }),
	snapshot('b', { investigators_per_100k: 1, referrals_per_investigator: 20, referrals_received: 15 }, { population: 300_000, investigators_fte: 3 }),
	snapshot('c', { investigators_per_100k: 0.5, referrals_per_investigator: 40, referrals_received: 30 }, { population: 600_000, investigators_fte: 3 })
];

describe('weighted group averages', () => {
	it('weights a per-capita metric by population: the pooled rate, 0.8 per 100,000', () => {
		expect(weightedAverage(group, 'investigators_per_100k')).toEqual({ value: expect.closeTo(0.8, 12), used: 3, hidden: 0, undefined: 0 });
	});

	it('weights a per-investigator metric by investigators: the pooled load, 37.5 referrals each', () => {
		expect(weightedAverage(group, 'referrals_per_investigator').value).toBeCloseTo(37.5, 12);
	});

	it('averages counts plainly: (30 + 15 + 30) / 3 = 25', () => {
		expect(weightedAverage(group, 'referrals_received').value).toBe(25);
	});

	it('weights every ratio by its own denominator', () => {
		expect(AVERAGE_WEIGHTS).toMatchObject({
			investigators_per_10k_children: 'children',
			clearance_ratio: 'opened_trailing',
			forensic_backlog_per_examiner: 'forensic_examiners_fte',
			funding_per_capita: 'population',
			funding_per_referral: 'referrals_annualised',
			project_p_share: 'referrals_trailing'
		});
	});

	it('leaves out members whose value is "<5" or withheld for the viewer, and counts them', () => {
		const withHidden = [
			...group,
			snapshot('d', { referrals_received: SUPPRESSED, investigators_per_100k: 9 }, { population: 1_000_000 }),
			snapshot('e', { referrals_per_investigator: WITHHELD }, { investigators_fte: 10 })
		];
		expect(weightedAverage(withHidden, 'referrals_received')).toEqual({ value: 25, used: 3, hidden: 1, undefined: 1 });
		expect(weightedAverage(withHidden, 'referrals_per_investigator')).toEqual({ value: expect.closeTo(37.5, 12), used: 3, hidden: 1, undefined: 1 });
	});

	it('shows no average over fewer than three values', () => {
		expect(weightedAverage(group.slice(0, 2), 'investigators_per_100k')).toEqual({ value: null, used: 2, hidden: 0, undefined: 0 });
	});

	it('never moves when a hidden member changes: nothing suppressed can be worked back from it', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 4 }), fc.double({ min: 0.1, max: 50, noNaN: true }), (referrals, fte) => {
				// The server knows the hidden member's referrals and staff; the viewer sees only "withheld".
				const hiddenMember = snapshot('d', { referrals_per_investigator: WITHHELD }, { investigators_fte: fte, referrals_trailing: referrals });
				expect(weightedAverage([...group, hiddenMember], 'referrals_per_investigator')).toEqual({
					...weightedAverage(group, 'referrals_per_investigator'),
					hidden: 1
				});
			})
		);
	});
});
