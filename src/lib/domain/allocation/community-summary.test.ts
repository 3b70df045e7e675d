import { describe, expect, it } from 'vitest';
import { communityRemoteness, summariseCommunities } from './community-summary';

describe('summariseCommunities', () => {
	it('weights gap levels and remoteness by children', () => {
		// Severity: (6,000 × 0 + 3,000 × 2 + 1,000 × 3) / 10,000 = 0.9.
		// Remoteness: 6,000 × (50/500) + 3,000 × (250/500) + 1,000 × 1 (fly-in) = 600 + 1,500 + 1,000 → 0.31.
		const summary = summariseCommunities([
			{ level: 'none', children: 6_000, distance_to_ice_unit_km: 50, fly_in: false },
			{ level: 'gap', children: 3_000, distance_to_ice_unit_km: 250, fly_in: false },
			{ level: 'critical', children: 1_000, distance_to_ice_unit_km: 900, fly_in: true }
		]);
		expect(summary.gap_severity).toBeCloseTo(0.9, 12);
		expect(summary.remoteness).toBeCloseTo(0.31, 12);
		expect(summary).toMatchObject({ children_in_gap: 4_000, has_gap: true });
	});

	it('counts communities equally when none has a child count', () => {
		const summary = summariseCommunities([
			{ level: 'watch', children: 0, distance_to_ice_unit_km: 0, fly_in: false },
			{ level: 'critical', children: 0, distance_to_ice_unit_km: 0, fly_in: true }
		]);
		expect(summary).toEqual({ gap_severity: 2, children_in_gap: 0, has_gap: true, remoteness: 0.5 });
	});

	it('summarises no communities as zero', () => {
		expect(summariseCommunities([])).toEqual({ gap_severity: 0, children_in_gap: 0, has_gap: false, remoteness: 0 });
	});

	it('caps remoteness at 1 beyond 500 km', () => {
		expect(communityRemoteness(1_200, false)).toBe(1);
		expect(communityRemoteness(125, false)).toBe(0.25);
	});
});
