/**
 * Properties of the coverage engine over random small provinces (fast-check; issue 3, deliverable 8).
 * "Fixed reference" runs hold the provincial median and percentile at their first values, isolating a
 * rule's own monotonicity from the baseline moving under every other service.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodRange, type PeriodKey } from '../period';
import { computeCoverage } from './compute-coverage';
import { levelOf, levelRank, LEVELS } from './levels';
import { quotedValue, type GapReason, type ReasonValue } from './reasons';
import { discloseCoverage, isSmallCount, NOBODY_CLEARED } from './disclosure';
import type { Community, Coverage, CoverageInput, Service, ServiceFunding, ServiceQuarter } from './types';
import type { CoverageThresholds } from './thresholds';

const PERIOD: PeriodKey = '2025-Q2';
const PERIODS = periodRange('2023-Q2', PERIOD); // nine quarters: enough for N = 4 and 2N = 8

const quarterArb = fc.record({
	reported: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
	investigators_fte: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 })),
	forensic_examiners_fte: fc.integer({ min: 0, max: 3 }),
	forensic_backlog_devices: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 })),
	referrals_received: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })),
	investigations_opened: fc.integer({ min: 0, max: 40 }),
	investigations_concluded: fc.integer({ min: 0, max: 40 }),
	charges_laid: fc.integer({ min: 0, max: 20 }),
	victims_identified: fc.integer({ min: 0, max: 10 }),
	open_backlog: fc.integer({ min: 0, max: 80 }),
	files_referred_project_p: fc.integer({ min: 0, max: 10 })
});

const communityArb = fc.record({
	service: fc.nat(),
	// Small places as often as large ones, as in Ontario (median CSD population is about 5,000).
	population: fc.option(fc.oneof(fc.integer({ min: 40, max: 20_000 }), fc.integer({ min: 20_000, max: 300_000 })), {
		nil: null
	}),
	childShare: fc.double({ min: 0.1, max: 0.35, noNaN: true }),
	// A 3° × 4° box (about 330 × 320 km): distances fall on both sides of the thresholds.
	lat: fc.double({ min: 43, max: 46, noNaN: true }),
	lon: fc.double({ min: -81, max: -77, noNaN: true }),
	fly_in: fc.integer({ min: 0, max: 4 }).map((n) => n === 0)
});

const thresholdsArb: fc.Arbitrary<CoverageThresholds> = fc
	.record({
		no_unit_children: fc.integer({ min: 0, max: 20_000 }),
		k: fc.double({ min: 1, max: 3, noNaN: true }),
		extra: fc.double({ min: 0, max: 2, noNaN: true }),
		backlog_growth_quarters: fc.integer({ min: 1, max: 4 }),
		forensic_devices_per_examiner: fc.integer({ min: 0, max: 100 }),
		distance_km: fc.integer({ min: 0, max: 600 }),
		capacity_percentile: fc.integer({ min: 1, max: 99 })
	})
	.map(({ k, extra, ...rest }) => ({ ...rest, referral_watch_multiplier: k, referral_gap_multiplier: k + extra }));

const provinceArb: fc.Arbitrary<CoverageInput> = fc
	.record({
		services: fc.array(
			fc.record({
				kind: fc.constantFrom<Service['kind']>('municipal', 'opp', 'first_nations'),
				// A quiet service receives no referrals at all: the case where only capacity rules can fire.
				quiet: fc.boolean()
			}),
			{ minLength: 1, maxLength: 5 }
		),
		communities: fc.array(communityArb, { minLength: 1, maxLength: 10 }),
		quarters: fc.array(fc.array(quarterArb, { minLength: PERIODS.length, maxLength: PERIODS.length }), {
			minLength: 5,
			maxLength: 5
		}),
		funding: fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 5, maxLength: 5 }),
		thresholds: thresholdsArb
	})
	.map(({ services: kinds, communities: places, quarters: rows, funding: amounts, thresholds }) => {
		const services: Service[] = kinds.map(({ kind }, i) => ({
			police_service_id: `s${i}`,
			kind,
			opp_region: null,
			ice_strategy_member: i % 2 === 0
		}));
		const communities: Community[] = places.map((place, i) => ({
			csduid: String(3500000 + i),
			cduid: '3500',
			population: place.population,
			children: place.population === null ? null : Math.round(place.population * place.childShare),
			centroid: { lon: place.lon, lat: place.lat },
			fly_in: place.fly_in,
			police_service_id: `s${place.service % kinds.length}`
		}));
		const quarters: ServiceQuarter[] = services.flatMap(({ police_service_id }, s) =>
			PERIODS.flatMap((period, q) => {
				const row = rows[s]?.[q];
				if (!row?.reported) return [];
				const { reported: _, ...values } = row;
				const referrals_received = kinds[s]?.quiet ? 0 : values.referrals_received;
				return [{ police_service_id, period, ...values, referrals_received, illustrative: true }];
			})
		);
		const funding: ServiceFunding[] = services.map(({ police_service_id }, s) => ({
			police_service_id,
			fiscal_year: 2025,
			amount_cents: amounts[s] ?? 0,
			illustrative: true
		}));
		return { period: PERIOD, services, communities, quarters, funding, thresholds };
	});

/** The province with one field of one service's current quarter changed; null when it did not report. */
function withCurrent(input: CoverageInput, serviceId: string, change: (row: ServiceQuarter) => ServiceQuarter): CoverageInput | null {
	let found = false;
	const quarters = input.quarters.map((row) => {
		if (row.police_service_id !== serviceId || row.period !== PERIOD) return row;
		found = true;
		return change(row);
	});
	return found ? { ...input, quarters } : null;
}

function levels(coverage: Coverage): Map<string, number> {
	return new Map(coverage.communities.map((c) => [c.csduid, levelRank(c.level)]));
}

/** Compares levels community by community: `holds(before, after)` for each one selected. */
function compareLevels(
	before: Coverage,
	after: Coverage,
	holds: (before: number, after: number) => boolean,
	only?: string
): boolean {
	const earlier = levels(before);
	return after.communities.every(
		(c) => (only !== undefined && c.police_service_id !== only) || holds(earlier.get(c.csduid) ?? -1, levelRank(c.level))
	);
}

const serviceIndexArb = fc.nat({ max: 4 });

const RUNS = { numRuns: 1000 };

describe('coverage engine properties', () => {
	it('adding an investigator never raises a community’s level', () => {
		fc.assert(
			fc.property(provinceArb, serviceIndexArb, (input, index) => {
				const id = `s${index % input.services.length}`;
				const changed = withCurrent(input, id, (row) => ({ ...row, investigators_fte: row.investigators_fte + 1 }));
				if (!changed) return true;
				const before = computeCoverage(input);
				// Baselines recomputed: the service's own communities never rise.
				const own = compareLevels(before, computeCoverage(changed), (a, b) => b <= a, id);
				// Reference held fixed: no community anywhere rises.
				const all = compareLevels(before, computeCoverage({ ...changed, reference: before.reference }), (a, b) => b <= a);
				return own && all;
			}),
			RUNS
		);
	});

	it('adding referrals never lowers a community’s level', () => {
		fc.assert(
			fc.property(provinceArb, serviceIndexArb, fc.integer({ min: 1, max: 100 }), (input, index, more) => {
				const id = `s${index % input.services.length}`;
				const changed = withCurrent(input, id, (row) => ({ ...row, referrals_received: row.referrals_received + more }));
				if (!changed) return true;
				const before = computeCoverage(input);
				const own = compareLevels(before, computeCoverage(changed), (a, b) => b >= a, id);
				const all = compareLevels(before, computeCoverage({ ...changed, reference: before.reference }), (a, b) => b >= a);
				return own && all;
			}),
			RUNS
		);
	});

	it('scaling every count and population by the same factor leaves per-capita metrics and ratios unchanged', () => {
		const scaleFree = [
			'investigators_per_100k',
			'investigators_per_10k_children',
			'referrals_per_investigator',
			'clearance_ratio',
			'forensic_backlog_per_examiner',
			'funding_per_capita',
			'funding_per_referral',
			'project_p_share'
		] as const;
		fc.assert(
			fc.property(provinceArb, fc.integer({ min: 2, max: 50 }), (input, factor) => {
				const scaled: CoverageInput = {
					...input,
					communities: input.communities.map((c) => ({
						...c,
						population: c.population === null ? null : c.population * factor,
						children: c.children === null ? null : c.children * factor
					})),
					quarters: input.quarters.map((row) => {
						const { police_service_id, period, illustrative, ...counts } = row;
						const times = Object.fromEntries(Object.entries(counts).map(([key, value]) => [key, value * factor]));
						return { police_service_id, period, illustrative, ...(times as typeof counts) };
					}),
					funding: input.funding.map((row) => ({ ...row, amount_cents: row.amount_cents * factor }))
				};
				const before = computeCoverage(input).services;
				const after = computeCoverage(scaled).services;
				before.forEach((service, i) => {
					for (const id of scaleFree) {
						const a = service.metrics[id];
						const b = after[i]?.metrics[id];
						if (a === null) expect(b).toBeNull();
						else expect(Math.abs((b ?? NaN) - a)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a)));
					}
				});
			})
		);
	});

	it('every community gets exactly one level, the one its reasons earn', () => {
		fc.assert(
			fc.property(provinceArb, (input) => {
				const coverage = computeCoverage(input);
				expect(coverage.communities.map((c) => c.csduid)).toEqual(input.communities.map((c) => c.csduid));
				for (const community of coverage.communities) {
					expect(LEVELS).toContain(community.level);
					expect(community.level).toBe(levelOf(community.reasons));
					expect(community.metrics.gap_level).toBe(community.level);
				}
			})
		);
	});

	it('every message quotes every value it cites, in English and in French, also after disclosure control', () => {
		const quotesAll = (reason: GapReason<ReasonValue>) =>
			Object.entries(reason.values).every(
				([key, value]) =>
					reason.message_en.includes(quotedValue(reason.code, key, value, 'en')) &&
					reason.message_fr.includes(quotedValue(reason.code, key, value, 'fr'))
			);
		fc.assert(
			fc.property(provinceArb, (input) => {
				const coverage = computeCoverage(input);
				const view = discloseCoverage(coverage, NOBODY_CLEARED);
				return [...coverage.communities, ...view.communities].every((c) => c.reasons.every(quotesAll));
			})
		);
	});

	it('shows no count of 1 to 4 to a viewer who is not cleared', () => {
		fc.assert(
			fc.property(provinceArb, (input) => {
				const view = discloseCoverage(computeCoverage(input), NOBODY_CLEARED);
				for (const service of view.services) {
					for (const id of ['referrals_received', 'investigations_opened', 'victims_identified', 'open_backlog'] as const) {
						const value = service.metrics[id];
						expect(typeof value === 'number' && isSmallCount(value)).toBe(false);
					}
				}
			})
		);
	});
});
