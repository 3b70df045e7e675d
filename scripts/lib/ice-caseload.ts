/**
 * Illustrative quarterly ICE caseload for one police service, calibrated on public rates
 * (domain primer §1 and §6):
 *
 * - Investigations opened, Ontario: 8,638 ICE Strategy investigations in calendar 2023 (OPP,
 *   Project Aquatic release, May 2024), ≈ 60 per 100,000 population, rising over time. The
 *   provincial rate is interpolated linearly between anchors: 6,000 a year in the middle of
 *   FY2019-20, 8,638 in mid-2023, 9,500 in the middle of FY2025-26 (assumed trajectory).
 * - A service's expected share is its estimated children over Ontario's, times a persistent
 *   per-service factor (lognormal, sd 0.3, shrinking as 1/√population above 100,000 people:
 *   a large service averages over many communities) and a quarterly one (sd 0.08). Remote First
 *   Nations services (NAPS, Treaty Three) get 1.6 × the per-child rate (assumption, uncertain).
 * - Growth is uneven, as the published series are (Niagara 65 → 149 → 324 referrals in 2019-2021,
 *   Peel 156 → 920 reports in 2018-2024): each service draws its own annual growth in -5 % to +30 %,
 *   applied relative to the average draw, so the provincial total still follows the anchors.
 * - Referrals received ≈ 1.2-1.4 × investigations opened; opened is a binomial thinning of them.
 * - Concluded: each open file closes in a quarter with probability p (≈ 0.55 for a unit whose
 *   load stays under 12 new files per investigator a quarter, lower when overloaded; 0.35-0.45
 *   for files handled by Project P; 0.25-0.35 for remote services), so concluded ≈ opened with a
 *   lag and open_backlog = previous + opened - concluded never goes negative.
 * - Charges ≈ 0.35 × concluded (29,025 charges / 82,082 investigations, 2006-2023); victims
 *   identified 3-8 % of concluded (assumption).
 * - Forensic backlog in devices: 0.5-1.0 devices sent for examination per investigation opened
 *   (many files close without a seizure); a unit's examiners clear 60-100 devices per FTE a
 *   quarter, about 20-33 a month with triage tools, but
 *   never more than 75 % of the devices queued in the quarter (turnaround), so a unit that keeps
 *   pace still carries a queue and an overloaded one builds a backlog (assumptions). Services
 *   without examiners send devices to the OPP, where about 45 % (55 % for remote services) still
 *   wait at the quarter's end.
 * - Services without examiners send their devices to the OPP laboratory of their region, so they
 *   report no forensic queue of their own; an OPP regional team's intake and load include the
 *   investigations of the services it assists in its region (`assistedOpened`).
 * - Files referred to Project P: 2-8 % of referrals for services with a unit, 80-100 % without.
 */
import type { PeriodKey } from '../../src/lib/domain/period';
import { fiscalYearOf, quarterMidpoint } from './fiscal-calendar';
import type { ServiceCapacity } from './ice-capacity';
import type { IllustrativeService, IllustrativeSettings } from './illustrative-inputs';
import { randomStream, type RandomStream } from './prng';

/** Ontario ICE investigations opened per year, at decimal calendar years (see the module comment). */
export const OPENED_PER_YEAR_ANCHORS: readonly { at: number; perYear: number }[] = [
	{ at: 2019.75, perYear: 6000 },
	{ at: 2023.5, perYear: 8638 },
	{ at: 2025.75, perYear: 9500 }
];

export const REMOTE_FIRST_NATIONS_SERVICES: ReadonlySet<string> = new Set(['naps', 'treaty-three']);
const REMOTE_NEED_MULTIPLIER = 1.6;
/** New files per investigator per quarter a unit absorbs without slowing down (assumption). */
const SUSTAINABLE_LOAD = 12;
/** Range of the per-service annual growth draw, and its midpoint (the provincial trend carries the average). */
const GROWTH_RANGE = [-0.05, 0.3] as const;
const MEAN_GROWTH = (GROWTH_RANGE[0] + GROWTH_RANGE[1]) / 2;
const GROWTH_CENTRE_YEAR = 2023.5;

export interface QuarterCaseload {
	period: PeriodKey;
	investigatorsFte: number;
	examinersFte: number;
	forensicBacklogDevices: number;
	referralsReceived: number;
	investigationsOpened: number;
	investigationsConcluded: number;
	chargesLaid: number;
	victimsIdentified: number;
	openBacklog: number;
	filesReferredProjectP: number;
}

/** Provincial investigations opened per year at a decimal calendar year (linear between anchors). */
export function provincialOpenedPerYear(at: number): number {
	const anchors = OPENED_PER_YEAR_ANCHORS;
	let index = anchors.findIndex((anchor) => anchor.at > at);
	if (index <= 0) index = index === 0 ? 1 : anchors.length - 1;
	const low = anchors[index - 1];
	const high = anchors[index];
	if (!low || !high) throw new Error('need at least two calibration anchors');
	return low.perYear + ((at - low.at) * (high.perYear - low.perYear)) / (high.at - low.at);
}

interface Profile {
	needFactor: number;
	referralRatio: number;
	clearanceShift: number;
	clearanceWithoutUnit: number;
	chargeRate: number;
	victimRate: number;
	devicesPerInvestigation: number;
	devicesPerExaminer: number;
	projectPShare: number;
	annualGrowth: number;
}

function drawProfile(random: RandomStream, population: number, hasUnit: boolean, remote: boolean): Profile {
	const needSpread = 0.3 * Math.min(1, Math.sqrt(100_000 / Math.max(population, 1)));
	return {
		needFactor: random.factor(needSpread) * (remote ? REMOTE_NEED_MULTIPLIER : 1),
		referralRatio: random.uniform(1.2, 1.4),
		clearanceShift: random.uniform(-0.05, 0.05),
		clearanceWithoutUnit: remote ? random.uniform(0.25, 0.35) : random.uniform(0.35, 0.45),
		chargeRate: random.uniform(0.3, 0.4),
		victimRate: random.uniform(0.03, 0.08),
		devicesPerInvestigation: random.uniform(0.5, 1),
		devicesPerExaminer: random.uniform(60, 100),
		projectPShare: hasUnit ? random.uniform(0.02, 0.08) : random.uniform(0.8, 1),
		annualGrowth: random.uniform(GROWTH_RANGE[0], GROWTH_RANGE[1])
	};
}

/** Expected investigations opened per quarter by a service, before quarterly noise. */
export function expectedOpenedOf(service: IllustrativeService, hasUnit: boolean, settings: IllustrativeSettings): (period: PeriodKey) => number {
	const remote = REMOTE_FIRST_NATIONS_SERVICES.has(service.id);
	const profile = drawProfile(randomStream(settings.seed, service.id, 'caseload-profile'), service.population, hasUnit, remote);
	return (period) => {
		const at = quarterMidpoint(period);
		const growth = Math.exp((profile.annualGrowth - MEAN_GROWTH) * (at - GROWTH_CENTRE_YEAR));
		return ((provincialOpenedPerYear(at) / 4) * service.children * profile.needFactor * growth) / settings.ontarioChildren;
	};
}

function examinersFteAt(capacity: ServiceCapacity, period: PeriodKey): number {
	return capacity.examinersFte(fiscalYearOf(period));
}

export function simulateCaseload(
	service: IllustrativeService,
	capacity: ServiceCapacity,
	settings: IllustrativeSettings,
	assistedOpened: (period: PeriodKey) => number = () => 0
): QuarterCaseload[] {
	const remote = REMOTE_FIRST_NATIONS_SERVICES.has(service.id);
	const profileStream = randomStream(settings.seed, service.id, 'caseload-profile');
	const profile = drawProfile(profileStream, service.population, capacity.unit !== 'none', remote);
	const random = randomStream(settings.seed, service.id, 'caseload-quarters');
	const expectedOpened = expectedOpenedOf(service, capacity.unit !== 'none', settings);
	const clearance = (period: PeriodKey, investigators: number): number => {
		if (investigators === 0) return profile.clearanceWithoutUnit;
		const load = (expectedOpened(period) + assistedOpened(period)) / investigators;
		const slowdown = Math.sqrt(Math.min(1, SUSTAINABLE_LOAD / Math.max(load, 1e-9)));
		return Math.min(0.65, Math.max(0.25, 0.55 * slowdown + profile.clearanceShift));
	};

	const first = settings.periods[0];
	if (!first) return [];
	const firstInvestigators = capacity.investigatorsFte(fiscalYearOf(first));
	const firstClearance = clearance(first, firstInvestigators);
	// Start from the steady state of the first quarter's rates, so the series does not open with a jump.
	let openBacklog = Math.round((expectedOpened(first) * (1 - firstClearance)) / firstClearance);
	const intakeScale = (period: PeriodKey): number => 1 + assistedOpened(period) / Math.max(expectedOpened(period), 1e-9);
	let forensicBacklog =
		examinersFteAt(capacity, first) > 0
			? Math.round(expectedOpened(first) * intakeScale(first) * profile.devicesPerInvestigation * random.uniform(0.5, 1.5))
			: 0;

	return settings.periods.map((period) => {
		const fiscalYear = fiscalYearOf(period);
		const investigatorsFte = capacity.investigatorsFte(fiscalYear);
		const examinersFte = capacity.examinersFte(fiscalYear);
		const mean = expectedOpened(period) * random.factor(0.08);
		const referralsReceived = random.poisson(mean * profile.referralRatio);
		const investigationsOpened = random.binomial(referralsReceived, 1 / profile.referralRatio);
		const investigationsConcluded = random.binomial(openBacklog + investigationsOpened, clearance(period, investigatorsFte));
		openBacklog += investigationsOpened - investigationsConcluded;
		const devicesSeized = random.poisson(investigationsOpened * intakeScale(period) * profile.devicesPerInvestigation);
		const devicesQueued = forensicBacklog + devicesSeized;
		// Without examiners of its own, a service's devices wait in the laboratory of the OPP team that assists it.
		forensicBacklog =
			examinersFte > 0
				? devicesQueued - Math.min(random.poisson(examinersFte * profile.devicesPerExaminer), Math.floor(0.75 * devicesQueued))
				: 0;
		return {
			period,
			investigatorsFte,
			examinersFte,
			forensicBacklogDevices: forensicBacklog,
			referralsReceived,
			investigationsOpened,
			investigationsConcluded,
			chargesLaid: random.binomial(investigationsConcluded, profile.chargeRate),
			victimsIdentified: random.binomial(investigationsConcluded, profile.victimRate),
			openBacklog,
			filesReferredProjectP: random.binomial(referralsReceived, profile.projectPShare)
		};
	});
}
