/**
 * Illustrative ICE capacity per police service: dedicated investigators and digital forensic
 * examiners (FTE, multiples of 0.5), per fiscal year. No public per-service ICE staffing exists
 * (domain primer §6); these rules turn public facts into plausible, clearly illustrative figures.
 *
 * - Municipal ICE Strategy members have a unit: investigators ≈ 0.7-1.0 % of sworn strength
 *   (a per-service draw), minimum 1.0; sworn strength where none is published is estimated at
 *   150 per 100,000 population covered. Examiners ≈ 1/3 of investigators (a draw in 0.28-0.38),
 *   minimum 0.5. Units grow 1-4 % a year (a per-service draw), changing at fiscal year starts.
 * - The OPP: only the unit of the census division that holds each OPP regional headquarters has
 *   a team (London → Middlesex 3539, Orillia → Simcoe 3543, Smiths Falls → Lanark 3509, North
 *   Bay → Nipissing 3548, Thunder Bay → 3558), sized like a municipal unit on the population all
 *   OPP units of its region cover. Every other OPP unit has 0 FTE and relies on it and Project P.
 * - Municipal non-members and every First Nations service have no unit (0 FTE).
 */
import type { IllustrativeService } from './illustrative-inputs';
import { randomStream } from './prng';

export const OPP_REGIONAL_HEADQUARTERS: Readonly<Record<string, string>> = {
	West: 'opp-3539',
	Central: 'opp-3543',
	East: 'opp-3509',
	'North East': 'opp-3548',
	'North West': 'opp-3558'
};

/** Sworn officers per 100,000 population, used where no sworn figure is published. */
export const ESTIMATED_SWORN_PER_100K = 150;
const FIRST_FISCAL_YEAR = 2019;

export type UnitKind = 'municipal-unit' | 'opp-regional-team' | 'none';

export interface ServiceCapacity {
	unit: UnitKind;
	/** Population the unit serves: its own, or its OPP region's for a regional team; 0 without a unit. */
	servedPopulation: number;
	investigatorsFte(fiscalYear: number): number;
	examinersFte(fiscalYear: number): number;
}

const NO_UNIT: ServiceCapacity = { unit: 'none', servedPopulation: 0, investigatorsFte: () => 0, examinersFte: () => 0 };

export function planCapacity(services: readonly IllustrativeService[], seed: string): Map<string, ServiceCapacity> {
	const oppPopulationByRegion = new Map<string, number>();
	for (const service of services) {
		if (service.kind !== 'opp' || !service.oppRegion) continue;
		oppPopulationByRegion.set(service.oppRegion, (oppPopulationByRegion.get(service.oppRegion) ?? 0) + service.population);
	}
	const teamRegionById = new Map(Object.entries(OPP_REGIONAL_HEADQUARTERS).map(([region, id]) => [id, region]));
	const plan = new Map<string, ServiceCapacity>();
	for (const service of services) {
		const teamRegion = teamRegionById.get(service.id);
		if (service.kind === 'municipal' && service.iceStrategyMember) {
			const sworn = service.swornOfficers ?? estimatedSworn(service.population);
			plan.set(service.id, unitCapacity('municipal-unit', service.population, sworn, seed, service.id));
		} else if (service.kind === 'opp' && teamRegion !== undefined) {
			const regionPopulation = oppPopulationByRegion.get(teamRegion) ?? service.population;
			plan.set(service.id, unitCapacity('opp-regional-team', regionPopulation, estimatedSworn(regionPopulation), seed, service.id));
		} else {
			plan.set(service.id, NO_UNIT);
		}
	}
	return plan;
}

export function estimatedSworn(population: number): number {
	return Math.round((population * ESTIMATED_SWORN_PER_100K) / 100_000);
}

/** Rounds to the nearest multiple of 0.5 FTE. */
export function roundToHalf(value: number): number {
	return Math.round(value * 2) / 2;
}

function unitCapacity(unit: UnitKind, servedPopulation: number, sworn: number, seed: string, serviceId: string): ServiceCapacity {
	const random = randomStream(seed, serviceId, 'capacity');
	const shareOfSworn = random.uniform(0.007, 0.01);
	const examinerRatio = random.uniform(0.28, 0.38);
	const annualGrowth = random.uniform(0.01, 0.04);
	const investigatorsFte = (fiscalYear: number): number => {
		const years = Math.max(0, fiscalYear - FIRST_FISCAL_YEAR);
		return Math.max(1, roundToHalf(sworn * shareOfSworn * (1 + annualGrowth) ** years));
	};
	return {
		unit,
		servedPopulation,
		investigatorsFte,
		examinersFte: (fiscalYear) => Math.max(0.5, roundToHalf(investigatorsFte(fiscalYear) * examinerRatio))
	};
}
