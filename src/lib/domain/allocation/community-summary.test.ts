import { describe, expect, it } from 'vitest';
import { communityRemoteness, summariseCommunities } from './community-summary';

describe('summariseCommunities', () => {
	it('sums community remoteness, and children × remoteness, so that values add up across services', () => {
		// Remoteness: 50/500 + 250/500 + 1 (fly-in) = 0.1 + 0.5 + 1 = 1.6.
		// Remote children: 6,000 × 0.1 + 3,000 × 0.5 + 1,000 × 1 = 600 + 1,500 + 1,000 = 3,100.
		const communities = [
			{ level: 'none' as const, children: 6_000, distance_to_opp_headquarters_km: 50, fly_in: false },
			{ level: 'gap' as const, children: 3_000, distance_to_opp_headquarters_km: 250, fly_in: false },
			{ level: 'critical' as const, children: 1_000, distance_to_opp_headquarters_km: 900, fly_in: true }
		];
		const summary = summariseCommunities(communities);
		expect(summary.remoteness).toBeCloseTo(1.6, 12);
		expect(summary.remote_children).toBeCloseTo(3_100, 9);
		expect(summary).toMatchObject({ children_in_gap: 4_000, has_gap: true });
		// Split between two services, the parts add up to the whole: a community takes its need with it.
		const a = summariseCommunities(communities.slice(0, 1));
		const b = summariseCommunities(communities.slice(1));
		expect(a.remoteness + b.remoteness).toBeCloseTo(summary.remoteness, 12);
		expect(a.remote_children + b.remote_children).toBeCloseTo(summary.remote_children, 9);
	});

	it('counts a fly-in community without a child count in remoteness, not in remote children', () => {
		const summary = summariseCommunities([
			{ level: 'watch', children: 0, distance_to_opp_headquarters_km: 0, fly_in: false },
			{ level: 'critical', children: 0, distance_to_opp_headquarters_km: 0, fly_in: true }
		]);
		expect(summary).toEqual({ remoteness: 1, remote_children: 0, children_in_gap: 0, has_gap: true });
	});

	it('summarises no communities as zero', () => {
		expect(summariseCommunities([])).toEqual({ remoteness: 0, remote_children: 0, children_in_gap: 0, has_gap: false });
	});

	it('caps remoteness at 1 beyond 500 km, and counts an unknown distance as fully remote', () => {
		expect(communityRemoteness(1_200, false)).toBe(1);
		expect(communityRemoteness(125, false)).toBe(0.25);
		expect(communityRemoteness(Number.POSITIVE_INFINITY, false)).toBe(1);
	});
});
