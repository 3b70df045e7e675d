/**
 * Properties of the responder model over random small provinces (fast-check): what a planner must be able
 * to rely on whatever the data. Each province has the OPP (a team in each of the five regions, based in a
 * headquarters community it polices) and up to five other services, each reporting as its own unit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodRange, type PeriodKey } from '../period';
import { oppUnitId } from '../responders/opp-regions';
import { computeCoverage } from './compute-coverage';
import { levelRank } from './levels';
import type { Community, Coverage, CoverageInput, ReportingUnit, Service, ServiceQuarter } from './types';
import type { CoverageThresholds } from './thresholds';
import { OPP_REGIONS } from '../vocabulary';

const PERIOD: PeriodKey = '2025-Q2';
const PERIODS = periodRange('2023-Q2', PERIOD); // nine quarters: enough for N = 4 and 2N = 8
const name = (en: string) => ({ en, fr: en });

const quarterArb = fc.record({
	reported: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
	investigators_fte: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 })),
	forensic_examiners_fte: fc.integer({ min: 0, max: 3 }),
	forensic_backlog_devices: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 })),
	referrals_received: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })),
	open_backlog: fc.integer({ min: 0, max: 80 })
});

const communityArb = fc.record({
	service: fc.nat(),
	region: fc.constantFrom(...OPP_REGIONS),
	population: fc.option(fc.integer({ min: 40, max: 300_000 }), { nil: null }),
	lat: fc.double({ min: 42, max: 52, noNaN: true }),
	lon: fc.double({ min: -94, max: -75, noNaN: true }),
	fly_in: fc.integer({ min: 0, max: 4 }).map((n) => n === 0)
});

const thresholdsArb: fc.Arbitrary<CoverageThresholds> = fc
	.record({
		stretched: fc.integer({ min: 1, max: 200 }),
		extra: fc.integer({ min: 0, max: 100 }),
		backlog_growth_quarters: fc.integer({ min: 1, max: 4 }),
		forensic_devices_per_examiner: fc.integer({ min: 0, max: 100 }),
		distance_km: fc.integer({ min: 0, max: 1500 })
	})
	.map(({ stretched, extra, ...rest }) => ({
		...rest,
		referrals_stretched_per_investigator: stretched,
		referrals_overloaded_per_investigator: stretched + extra
	}));

const HEADQUARTERS: Record<(typeof OPP_REGIONS)[number], { lat: number; lon: number }> = {
	West: { lat: 42.98, lon: -81.25 },
	Central: { lat: 44.6, lon: -79.42 },
	East: { lat: 44.9, lon: -76.02 },
	'North East': { lat: 46.31, lon: -79.46 },
	'North West': { lat: 48.38, lon: -89.25 }
};

const provinceArb: fc.Arbitrary<CoverageInput> = fc
	.record({
		kinds: fc.array(fc.constantFrom<Service['kind']>('municipal', 'first_nations'), { minLength: 1, maxLength: 5 }),
		communities: fc.array(communityArb, { minLength: 1, maxLength: 12 }),
		quarters: fc.array(fc.array(quarterArb, { minLength: PERIODS.length, maxLength: PERIODS.length }), { minLength: 10, maxLength: 10 }),
		thresholds: thresholdsArb
	})
	.map(({ kinds, communities: places, quarters: rows, thresholds }) => {
		const services: Service[] = [
			{ police_service_id: 'opp', kind: 'opp', opp_region: null, ice_strategy_member: true, name: name('OPP') },
			...kinds.map((kind, i) => ({ police_service_id: `s${i}`, kind, opp_region: null, ice_strategy_member: i % 2 === 0, name: name(`S${i}`) }))
		];
		const communities: Community[] = OPP_REGIONS.map((region, i) => ({
			csduid: String(3599000 + i),
			name: name(`${region} HQ`),
			cduid: '3599',
			population: 30_000,
			children: 6_000,
			centroid: HEADQUARTERS[region],
			fly_in: false,
			police_service_id: 'opp',
			opp_region: region
		}));
		places.forEach((place, i) => {
			const owner = place.service % (kinds.length + 1);
			communities.push({
				csduid: String(3500000 + i),
				name: name(`P${i}`),
				cduid: '3500',
				population: place.population,
				children: place.population === null ? null : Math.round(place.population * 0.2),
				centroid: { lat: place.lat, lon: place.lon },
				fly_in: place.fly_in,
				police_service_id: owner === 0 ? 'opp' : `s${owner - 1}`,
				opp_region: place.region
			});
		});
		const units: ReportingUnit[] = [
			...OPP_REGIONS.map((region, i) => ({
				unit_id: oppUnitId(region),
				police_service_id: 'opp',
				opp_region: region,
				name: name(`OPP ${region}`),
				base_csduid: String(3599000 + i)
			})),
			...kinds.map((_, i) => ({
				unit_id: `s${i}`,
				police_service_id: `s${i}`,
				opp_region: null,
				name: name(`S${i}`),
				base_csduid: communities.find((community) => community.police_service_id === `s${i}`)?.csduid ?? '3599000'
			}))
		];
		const quarters: ServiceQuarter[] = units.flatMap((unit, u) =>
			PERIODS.flatMap((period, q) => {
				const row = rows[u % rows.length]?.[q];
				if (!row?.reported) return [];
				const { reported: _, ...values } = row;
				return [
					{
						police_service_id: unit.unit_id,
						period,
						...values,
						investigations_opened: values.referrals_received,
						investigations_concluded: 0,
						charges_laid: 0,
						victims_identified: 0,
						files_referred_project_p: 0,
						illustrative: true
					}
				];
			})
		);
		return { period: PERIOD, services, communities, units, quarters, funding: [], thresholds };
	});

const levels = (coverage: Coverage) => new Map(coverage.communities.map((community) => [community.csduid, levelRank(community.level)]));

function noneRise(before: Coverage, after: Coverage): boolean {
	const was = levels(before);
	return after.communities.length > 0 && after.communities.every((community) => levelRank(community.level) <= (was.get(community.csduid) ?? -1));
}

/** Adds to the current quarter of one unit that is a responder (has investigators) or, for referrals, any unit. */
function bump(input: CoverageInput, unitIndex: number, change: (row: ServiceQuarter) => ServiceQuarter, onlyResponders: boolean): CoverageInput | null {
	const current = input.quarters.filter((row) => row.period === PERIOD && (!onlyResponders || row.investigators_fte > 0));
	const target = current[unitIndex % Math.max(current.length, 1)];
	if (!target) return null;
	return { ...input, quarters: input.quarters.map((row) => (row === target ? change(row) : row)) };
}

const RUNS = { numRuns: 300 };

describe('responder model properties', () => {
	it('adding investigators or examiners to a responder never raises any level, its assisted communities included', () => {
		fc.assert(
			fc.property(provinceArb, fc.nat(), fc.integer({ min: 1, max: 10 }), (input, unit, extra) => {
				const more = bump(input, unit, (row) => ({ ...row, investigators_fte: row.investigators_fte + extra, forensic_examiners_fte: row.forensic_examiners_fte + extra }), true);
				if (!more) return true;
				return noneRise(computeCoverage(input), computeCoverage(more));
			}),
			RUNS
		);
	});

	it('adding referrals never lowers any level', () => {
		fc.assert(
			fc.property(provinceArb, fc.nat(), fc.integer({ min: 1, max: 500 }), (input, unit, extra) => {
				const more = bump(input, unit, (row) => ({ ...row, referrals_received: row.referrals_received + extra }), false);
				if (!more) return true;
				return noneRise(computeCoverage(more), computeCoverage(input));
			}),
			RUNS
		);
	});

	it('raising any threshold never raises a level (each edit moves the counts one way)', () => {
		const fields = ['referrals_stretched_per_investigator', 'referrals_overloaded_per_investigator', 'backlog_growth_quarters', 'forensic_devices_per_examiner', 'distance_km'] as const;
		fc.assert(
			fc.property(provinceArb, fc.constantFrom(...fields), fc.integer({ min: 1, max: 300 }), (input, field, step) => {
				const thresholds = input.thresholds;
				if (!thresholds) return true;
				const raised = { ...thresholds, [field]: thresholds[field] + step };
				if (raised.referrals_overloaded_per_investigator < raised.referrals_stretched_per_investigator) {
					raised.referrals_overloaded_per_investigator = raised.referrals_stretched_per_investigator;
				}
				return noneRise(computeCoverage(input), computeCoverage({ ...input, thresholds: raised }));
			}),
			RUNS
		);
	});

	it('splitting a unit’s figures into reporting areas, or merging them, changes no level', () => {
		fc.assert(
			fc.property(provinceArb, fc.nat(), (input, pick) => {
				const unitId = input.units[pick % input.units.length]?.unit_id;
				const split = input.quarters.flatMap((row) => {
					if (row.police_service_id !== unitId) return [row];
					const half = (value: number) => Math.floor(value / 2);
					const first: ServiceQuarter = {
						...row,
						investigators_fte: row.investigators_fte / 2,
						forensic_examiners_fte: row.forensic_examiners_fte / 2,
						forensic_backlog_devices: half(row.forensic_backlog_devices),
						referrals_received: half(row.referrals_received),
						investigations_opened: half(row.investigations_opened),
						open_backlog: half(row.open_backlog)
					};
					const second: ServiceQuarter = {
						...row,
						investigators_fte: row.investigators_fte - first.investigators_fte,
						forensic_examiners_fte: row.forensic_examiners_fte - first.forensic_examiners_fte,
						forensic_backlog_devices: row.forensic_backlog_devices - first.forensic_backlog_devices,
						referrals_received: row.referrals_received - first.referrals_received,
						investigations_opened: row.investigations_opened - first.investigations_opened,
						open_backlog: row.open_backlog - first.open_backlog
					};
					return [first, second];
				});
				const before = computeCoverage(input);
				const after = computeCoverage({ ...input, quarters: split });
				expect(after.communities.map((community) => community.level)).toEqual(before.communities.map((community) => community.level));
			}),
			RUNS
		);
	});

	it('levels do not depend on the order of input rows', () => {
		fc.assert(
			fc.property(provinceArb, fc.integer(), (input, seed) => {
				const shuffle = <T>(list: readonly T[]): T[] =>
					[...list].map((item, i) => ({ item, key: Math.sin(seed + i * 7.13) })).sort((a, b) => a.key - b.key).map(({ item }) => item);
				const shuffled = computeCoverage({
					...input,
					communities: shuffle(input.communities),
					services: shuffle(input.services),
					units: shuffle(input.units),
					quarters: shuffle(input.quarters)
				});
				const before = levels(computeCoverage(input));
				expect(shuffled.communities.length).toBe(before.size);
				for (const community of shuffled.communities) expect(levelRank(community.level)).toBe(before.get(community.csduid));
			}),
			RUNS
		);
	});

	it('every community has a responder of its own service or the OPP team of its region', () => {
		fc.assert(
			fc.property(provinceArb, (input) => {
				const coverage = computeCoverage(input);
				expect(coverage.communities.length).toBe(input.communities.length);
				for (const community of coverage.communities) {
					const expected = community.relationship === 'own' ? community.police_service_id : oppUnitId(community.opp_region);
					expect(community.responder_id).toBe(expected);
					expect(community.relationship === 'opp').toBe(community.police_service_id === 'opp');
				}
			}),
			RUNS
		);
	});
});
