/**
 * The illustrative data generator: deterministic, documented, and never to be mistaken for real
 * figures (every row carries illustrative = true; data/README.md, "Illustrative data").
 *
 * From public facts per police service (illustrative-inputs.ts) it derives capacity
 * (ice-capacity.ts), a quarterly caseload calibrated on Ontario's published totals
 * (ice-caseload.ts) and a split of the strategy's $5M a year (strategy-funding.ts). All
 * randomness comes from streams keyed by the seed and the service id (prng.ts): the same inputs
 * give byte-identical output, and adding a service leaves the others' quarterly rows unchanged.
 */
import { FIRST_PERIOD, LAST_PERIOD, periodRange, type PeriodKey } from '../../src/lib/domain/period';
import type { CsvValue } from './csv';
import { fiscalYearOf } from './fiscal-calendar';
import { planCapacity, type ServiceCapacity } from './ice-capacity';
import { expectedOpenedOf, simulateCaseload, type QuarterCaseload } from './ice-caseload';
import type { IllustrativeService, IllustrativeSettings } from './illustrative-inputs';
import { allocateFunding, type FundingRecipient } from './strategy-funding';

/** The documented seed of the committed illustrative files (data/README.md). */
export const ILLUSTRATIVE_SEED = 'ontario-ice-atlas/illustrative/v2';

/** FY2019-20 Q1 to FY2025-26 Q2: 26 quarters. */
export const ILLUSTRATIVE_PERIODS: readonly PeriodKey[] = periodRange(FIRST_PERIOD, LAST_PERIOD);

export const ICE_QUARTERLY_COLUMNS = [
	'police_service_id', 'period', 'investigators_fte', 'forensic_examiners_fte', 'forensic_backlog_devices',
	'referrals_received', 'investigations_opened', 'investigations_concluded', 'charges_laid',
	'victims_identified', 'open_backlog', 'files_referred_project_p', 'illustrative'
] as const;

export const FUNDING_COLUMNS = ['police_service_id', 'fiscal_year', 'amount_cents', 'illustrative'] as const;

export type IceQuarterlyRow = Record<(typeof ICE_QUARTERLY_COLUMNS)[number], CsvValue>;
export type FundingRow = Record<(typeof FUNDING_COLUMNS)[number], CsvValue>;

export interface IllustrativeData {
	quarterly: IceQuarterlyRow[];
	funding: FundingRow[];
}

export function generateIllustrative(
	services: readonly IllustrativeService[],
	settings: IllustrativeSettings
): IllustrativeData {
	const sorted = [...services].sort((a, b) => a.id.localeCompare(b.id));
	const capacity = planCapacity(sorted, settings.seed);
	const assisted = assistedOpenedByRegion(sorted, capacity, settings);
	const caseloads = new Map<string, QuarterCaseload[]>();
	const quarterly: IceQuarterlyRow[] = [];
	for (const service of sorted) {
		const own = capacityOf(capacity, service.id);
		const regionAssisted = own.unit === 'opp-regional-team' && service.oppRegion ? assisted(service.oppRegion) : undefined;
		const quarters = simulateCaseload(service, own, settings, regionAssisted);
		caseloads.set(service.id, quarters);
		for (const quarter of quarters) quarterly.push(toQuarterlyRow(service.id, quarter));
	}

	const fiscalYears = [...new Set(settings.periods.map(fiscalYearOf))];
	const recipients = fundingRecipients(sorted, capacity, caseloads);
	const funding = allocateFunding(recipients, fiscalYears, settings.seed).map(
		(allocation): FundingRow => ({
			police_service_id: allocation.policeServiceId,
			fiscal_year: allocation.fiscalYear,
			amount_cents: allocation.amountCents,
			illustrative: true
		})
	);
	return { quarterly, funding };
}

function capacityOf(plan: ReadonlyMap<string, ServiceCapacity>, id: string): ServiceCapacity {
	const capacity = plan.get(id);
	if (!capacity) throw new Error(`no capacity planned for ${id}`);
	return capacity;
}

/**
 * Expected investigations opened per quarter by the services without a unit, apportioned to the OPP
 * region each community lies in by its children: what the region's OPP team takes on as assistance.
 */
function assistedOpenedByRegion(
	services: readonly IllustrativeService[],
	plan: ReadonlyMap<string, ServiceCapacity>,
	settings: IllustrativeSettings
): (region: string) => (period: PeriodKey) => number {
	const assisted = services
		.filter((service) => service.kind !== 'opp' && capacityOf(plan, service.id).unit === 'none')
		.map((service) => ({ service, expected: expectedOpenedOf(service, false, settings) }));
	return (region) => (period) => {
		let total = 0;
		for (const { service, expected } of assisted) {
			const inRegion = service.childrenByRegion.get(region) ?? 0;
			if (inRegion > 0 && service.children > 0) total += (expected(period) * inRegion) / service.children;
		}
		return total;
	};
}

/**
 * Funding goes to police services with a unit (ICE Strategy members), the OPP once: its regional
 * teams' population and caseload add up to one recipient.
 */
function fundingRecipients(
	services: readonly IllustrativeService[],
	plan: ReadonlyMap<string, ServiceCapacity>,
	caseloads: ReadonlyMap<string, QuarterCaseload[]>
): FundingRecipient[] {
	const byService = new Map<string, { servedPopulation: number; openedByFiscalYear: Map<number, number> }>();
	for (const unit of services) {
		const capacity = capacityOf(plan, unit.id);
		if (capacity.unit === 'none') continue;
		const recipient = byService.get(unit.serviceId) ?? { servedPopulation: 0, openedByFiscalYear: new Map<number, number>() };
		recipient.servedPopulation += capacity.servedPopulation;
		for (const quarter of caseloads.get(unit.id) ?? []) {
			const year = fiscalYearOf(quarter.period);
			recipient.openedByFiscalYear.set(year, (recipient.openedByFiscalYear.get(year) ?? 0) + quarter.investigationsOpened);
		}
		byService.set(unit.serviceId, recipient);
	}
	return [...byService].map(([id, recipient]) => ({ id, ...recipient }));
}

function toQuarterlyRow(policeServiceId: string, quarter: QuarterCaseload): IceQuarterlyRow {
	return {
		police_service_id: policeServiceId,
		period: quarter.period,
		investigators_fte: quarter.investigatorsFte,
		forensic_examiners_fte: quarter.examinersFte,
		forensic_backlog_devices: quarter.forensicBacklogDevices,
		referrals_received: quarter.referralsReceived,
		investigations_opened: quarter.investigationsOpened,
		investigations_concluded: quarter.investigationsConcluded,
		charges_laid: quarter.chargesLaid,
		victims_identified: quarter.victimsIdentified,
		open_backlog: quarter.openBacklog,
		files_referred_project_p: quarter.filesReferredProjectP,
		illustrative: true
	};
}
