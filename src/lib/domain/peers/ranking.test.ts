import { describe, expect, it } from 'vitest';
import { WITHHELD } from '../coverage';
import { percentileOf, rankValues } from './ranking';
import { snapshot } from '../../../../tests/support/peer-snapshots';

const snapshots = [
	snapshot('a', { clearance_ratio: 0.9 }),
	snapshot('b', { clearance_ratio: 1.2 }),
	snapshot('c', { clearance_ratio: 0.9 }),
	snapshot('d', { clearance_ratio: 0.4 }),
	snapshot('e', { clearance_ratio: WITHHELD }),
	snapshot('f', { clearance_ratio: null })
];

describe('ski-slope ranking and percentiles', () => {
	it('ranks visible values highest first, equal values sharing the better rank', () => {
		const { ranking, hidden } = rankValues(snapshots, 'clearance_ratio');
		expect(ranking).toEqual([
			{ police_service_id: 'b', value: 1.2, rank: 1 },
			{ police_service_id: 'a', value: 0.9, rank: 2 },
			{ police_service_id: 'c', value: 0.9, rank: 2 },
			{ police_service_id: 'd', value: 0.4, rank: 4 }
		]);
		expect(hidden).toBe(1);
	});

	it('gives the share of other services below, ties counting half', () => {
		const { ranking } = rankValues(snapshots, 'clearance_ratio');
		// b: 3 of 3 below → 100; a: 1 below + ½ tie → 1.5 / 3 = 50; d: none below → 0.
		expect(percentileOf(ranking, 'b')).toBe(100);
		expect(percentileOf(ranking, 'a')).toBe(50);
		expect(percentileOf(ranking, 'c')).toBe(50);
		expect(percentileOf(ranking, 'd')).toBe(0);
	});

	it('has no percentile for a hidden value, a missing service or a lone service', () => {
		const { ranking } = rankValues(snapshots, 'clearance_ratio');
		expect(percentileOf(ranking, 'e')).toBeNull();
		expect(percentileOf(ranking, 'zz')).toBeNull();
		expect(percentileOf(ranking.slice(0, 1), 'b')).toBeNull();
	});
});
