/**
 * Illustrative ICE capacity per reporting unit: dedicated investigators and digital forensic
 * examiners (FTE, multiples of 0.5), per fiscal year. No public per-service ICE staffing exists
 * (domain primer §6); these rules turn public facts into plausible, clearly illustrative figures,
 * calibrated on the only published unit sizes (news reports, domain primer §6):
 *
 * | service         | published                                      | here (investigators + examiners) |
 * |-----------------|------------------------------------------------|----------------------------------|
 * | Peel            | "only ten people" (2024)                       | 8 + 2                            |
 * | Niagara         | three assigned detectives (2022)               | 3 + 1                            |
 * | Greater Sudbury | three staff (about 2019)                       | 2 + 1                            |
 * | Belleville      | two full-time positions (2018)                 | 1.5 + 0.5                        |
 *
 * Those four are held at their published size. Other municipal ICE Strategy members: investigators
 * ≈ 0.4-0.6 % of sworn strength (Peel 10 / 1,911 sworn ≈ 0.52 %, Niagara 3 / 675 ≈ 0.44 %), a draw per
 * service, minimum 1.0; sworn strength where none is published is estimated at 150 per 100,000
 * population. Examiners ≈ 30-50 % of investigators, minimum 0.5. Units grow 0-6 % a year (a draw).
 * The OPP's five regional teams are sized the same way on the population they answer for: their
 * region's OPP communities and the communities of the services they assist there. Municipal non-members and every First Nations service have no unit (0 FTE):
 * their files go to the OPP (domain primer §4-5).
 */
import type { IllustrativeService } from './illustrative-inputs';
import { randomStream } from './prng';

/** Sworn officers per 100,000 population, used where no sworn figure is published. */
export const ESTIMATED_SWORN_PER_100K = 150;
const FIRST_FISCAL_YEAR = 2019;

/** Published unit sizes (domain primer §6), split into investigators and examiners. */
export const PUBLISHED_UNITS: Readonly<Record<string, { investigators: number; examiners: number }>> = {
	peel: { investigators: 8, examiners: 2 },
	niagara: { investigators: 3, examiners: 1 },
	'greater-sudbury': { investigators: 2, examiners: 1 },
	belleville: { investigators: 1.5, examiners: 0.5 }
};

export type UnitKind = 'municipal-unit' | 'opp-regional-team' | 'none';

export interface ServiceCapacity {
	unit: UnitKind;
	/** Population the unit serves (its own communities); 0 without a unit. */
	servedPopulation: number;
	investigatorsFte(fiscalYear: number): number;
	examinersFte(fiscalYear: number): number;
}

const NO_UNIT: ServiceCapacity = { unit: 'none', servedPopulation: 0, investigatorsFte: () => 0, examinersFte: () => 0 };

export function planCapacity(services: readonly IllustrativeService[], seed: string): Map<string, ServiceCapacity> {
	const plan = new Map<string, ServiceCapacity>();
	const assistedPopulation = new Map<string, number>();
	for (const service of services) {
		const assisted = service.kind !== 'opp' && !PUBLISHED_UNITS[service.id] && !(service.kind === 'municipal' && service.iceStrategyMember);
		if (!assisted || service.children <= 0) continue;
		for (const [region, children] of service.childrenByRegion) {
			const share = children / service.children;
			assistedPopulation.set(region, (assistedPopulation.get(region) ?? 0) + service.population * share);
		}
	}
	for (const service of services) {
		const published = PUBLISHED_UNITS[service.id];
		if (published) {
			plan.set(service.id, {
				unit: 'municipal-unit',
				servedPopulation: service.population,
				investigatorsFte: () => published.investigators,
				examinersFte: () => published.examiners
			});
		} else if (service.kind === 'municipal' && service.iceStrategyMember) {
			const sworn = service.swornOfficers ?? estimatedSworn(service.population);
			plan.set(service.id, unitCapacity('municipal-unit', service.population, sworn, seed, service.id));
		} else if (service.kind === 'opp') {
			const answeredFor = service.population + (service.oppRegion ? (assistedPopulation.get(service.oppRegion) ?? 0) : 0);
			plan.set(service.id, unitCapacity('opp-regional-team', service.population, estimatedSworn(answeredFor), seed, service.id));
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
	const shareOfSworn = random.uniform(0.004, 0.006);
	const examinerRatio = random.uniform(0.3, 0.5);
	const annualGrowth = random.uniform(0, 0.06);
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
