import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveUrgency, rankRequests, waitingDays, type RankInput } from './ranking';

const NOW = new Date('2026-11-29T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const request = (id: number, over: Partial<RankInput> = {}): RankInput => ({
	id,
	urgency: 'routine',
	level: 'gap',
	children: 100,
	filed_at: daysAgo(1),
	...over
});
const order = (requests: RankInput[]) => rankRequests(requests, NOW).map((r) => r.request.id);

describe('rankRequests', () => {
	it('puts urgent before high before routine', () => {
		expect(order([request(1), request(2, { urgency: 'urgent' }), request(3, { urgency: 'high' })])).toEqual([2, 3, 1]);
	});

	it('within an urgency, puts the worse gap level first, unknown last', () => {
		expect(order([request(1, { level: 'watch' }), request(2, { level: null }), request(3, { level: 'critical' }), request(4, { level: 'none' })])).toEqual([3, 1, 4, 2]);
	});

	it('then more children affected first, unknown last', () => {
		expect(order([request(1, { children: 50 }), request(2, { children: null }), request(3, { children: 900 })])).toEqual([3, 1, 2]);
	});

	it('then the longest waiting first, then the lowest id', () => {
		expect(order([request(1, { filed_at: daysAgo(2) }), request(2, { filed_at: daysAgo(9) }), request(4), request(3)])).toEqual([2, 1, 3, 4]);
	});

	it('numbers ranks from 1 and reports whole days waited', () => {
		const ranked = rankRequests([request(7, { filed_at: daysAgo(3.5) })], NOW);
		expect(ranked[0]).toMatchObject({ rank: 1, waiting_days: 3, effective_urgency: 'routine', escalated: false });
	});

	it('escalates a routine request after 60 days and a high one after 30, once', () => {
		expect(effectiveUrgency('routine', 59)).toBe('routine');
		expect(effectiveUrgency('routine', 60)).toBe('high');
		expect(effectiveUrgency('routine', 400)).toBe('high');
		expect(effectiveUrgency('high', 30)).toBe('urgent');
		expect(effectiveUrgency('urgent', 0)).toBe('urgent');
		const ranked = rankRequests([request(1, { urgency: 'high', filed_at: daysAgo(5) }), request(2, { filed_at: daysAgo(61), level: 'watch' })], NOW);
		expect(ranked.map((r) => [r.request.id, r.effective_urgency, r.escalated])).toEqual([
			[1, 'high', false],
			[2, 'high', true]
		]);
	});

	it('never counts negative waiting time (a clock behind the database)', () => {
		expect(waitingDays(new Date(NOW.getTime() + 5_000), NOW)).toBe(0);
	});

	it('gives the same order whatever the input order (property)', () => {
		const arbitrary = fc.array(
			fc.record({
				id: fc.integer({ min: 1, max: 10_000 }),
				urgency: fc.constantFrom('routine' as const, 'high' as const, 'urgent' as const),
				level: fc.constantFrom('none' as const, 'watch' as const, 'gap' as const, 'critical' as const, null),
				children: fc.option(fc.integer({ min: 0, max: 10_000 })),
				filed_at: fc.integer({ min: 0, max: 200 }).map(daysAgo)
			}),
			{ maxLength: 30 }
		);
		fc.assert(
			fc.property(arbitrary, (requests) => {
				const unique = [...new Map(requests.map((r) => [r.id, r])).values()];
				expect(order([...unique].reverse())).toEqual(order(unique));
			})
		);
	});
});
