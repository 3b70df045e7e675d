/**
 * "Suppress at source, then derive" (domain.md §9): the public version of the caseload data, and what
 * each published count rests on.
 *
 * Every caseload count of 1–4 in a reporting unit's quarter is replaced by one fixed stand-in (2)
 * before anything is derived. The engine then runs on these public rows, so every figure that combines
 * services — levels, responder loads, capacity states, provincial baselines and reference values,
 * ranks, the Project P list — is the same whatever the hidden value within 1–4, and the same for every
 * viewer (one answer to one question). The stand-in is fixed, not random, so repeating a request
 * averages nothing out.
 *
 * Each count the engine reports about a service or responder is also marked "tainted" when it includes
 * a stand-in: a quarter that was 1–4, or a rolling four-quarter sum, year-ago value or growth start
 * containing one. Disclosure control (disclosure.ts) withholds every figure resting on a tainted count
 * from viewers not cleared for that service: complementary suppression of the aggregates that contain
 * a suppressed cell, as statistical agencies practise it (Statistics Canada, Disclosure control
 * guidelines; Hundepool et al., Statistical Disclosure Control, 2012, §4.2 "secondary suppression").
 * With the cell and every aggregate containing it hidden, no difference of rolling totals, total minus
 * published parts, or rate × published denominator can bring it back.
 *
 * Untainted public counts equal the true counts: a sum of values that are each 0 or 5+ is 0 or 5+, so a
 * count of 1–4 is always tainted.
 */
import { backlogGrowthRun, Lookback } from './quarter-history';
import { computeCoverage } from './compute-coverage';
import type { CountKey, Coverage, CoverageInput, ServiceQuarter } from './types';
import type { PeriodKey } from '../period';

/** What a hidden count of 1–4 becomes before any figure is derived (documented on /about/data). */
export const STAND_IN = 2;

/** The caseload counts under disclosure control (staffing and device backlogs are not counts of cases). */
export const CASELOAD_FIELDS = [
	'referrals_received',
	'investigations_opened',
	'investigations_concluded',
	'charges_laid',
	'victims_identified',
	'open_backlog',
	'files_referred_project_p'
] as const;
export type CaseloadField = (typeof CASELOAD_FIELDS)[number];

const SUMMED_FIELDS = ['investigators_fte', 'forensic_examiners_fte', 'forensic_backlog_devices', ...CASELOAD_FIELDS] as const;

/** The quarters and field each count the engine reports is made of (quarter 0: the period, 4: a year earlier). */
const COUNT_SOURCES: { readonly [K in CountKey]: { field: CaseloadField; back: readonly number[] | 'growth_run' } } = {
	referrals_received: { field: 'referrals_received', back: [0] },
	investigations_opened: { field: 'investigations_opened', back: [0] },
	investigations_concluded: { field: 'investigations_concluded', back: [0] },
	charges_laid: { field: 'charges_laid', back: [0] },
	victims_identified: { field: 'victims_identified', back: [0] },
	open_backlog: { field: 'open_backlog', back: [0] },
	open_backlog_year_ago: { field: 'open_backlog', back: [4] },
	open_backlog_growth_start: { field: 'open_backlog', back: 'growth_run' },
	referrals_trailing: { field: 'referrals_received', back: [0, 1, 2, 3] },
	opened_trailing: { field: 'investigations_opened', back: [0, 1, 2, 3] },
	concluded_trailing: { field: 'investigations_concluded', back: [0, 1, 2, 3] },
	files_referred_trailing: { field: 'files_referred_project_p', back: [0, 1, 2, 3] }
};
const COUNT_KEYS = Object.keys(COUNT_SOURCES) as CountKey[];

export function isHiddenCount(value: number): boolean {
	return value > 0 && value < 5;
}

export interface PublicQuarters {
	/** One row per (reporting unit, period), its hidden counts replaced by the stand-in. */
	quarters: ServiceQuarter[];
	/** Which (unit, period) rows had which fields replaced. */
	standIns: ReadonlyMap<string, ReadonlySet<CaseloadField>>;
}

const rowKey = (unit: string, period: PeriodKey) => `${unit}\u0000${period}`;

/**
 * The public rows: several rows of one unit and quarter are summed first (the unit's quarter is what a
 * service's figures add up), then each count of 1–4 becomes the stand-in.
 */
export function publicQuarters(quarters: readonly ServiceQuarter[]): PublicQuarters {
	const sums = new Map<string, ServiceQuarter>();
	for (const row of quarters) {
		const key = rowKey(row.police_service_id, row.period);
		const known = sums.get(key);
		if (!known) {
			sums.set(key, { ...row });
			continue;
		}
		for (const field of SUMMED_FIELDS) known[field] += row[field];
		known.illustrative ||= row.illustrative;
	}
	const standIns = new Map<string, Set<CaseloadField>>();
	for (const [key, row] of sums) {
		for (const field of CASELOAD_FIELDS) {
			if (!isHiddenCount(row[field])) continue;
			row[field] = STAND_IN;
			const fields = standIns.get(key) ?? new Set<CaseloadField>();
			fields.add(field);
			standIns.set(key, fields);
		}
	}
	return { quarters: [...sums.values()], standIns };
}

/** The counts of one service or responder that include a stand-in. */
export type Tainted = ReadonlySet<CountKey>;
const NONE: Tainted = new Set();

export interface PublishedCoverage {
	/** Computed from the public rows: what everyone is shown, masked per viewer by disclosure.ts. */
	coverage: Coverage;
	/** Counts including a stand-in, by police service id and by responder (reporting unit) id. */
	tainted: { services: ReadonlyMap<string, Tainted>; responders: ReadonlyMap<string, Tainted> };
	/** Computed from the true rows, for viewers cleared for a service (computed once, on first use). */
	truth: () => Coverage;
}

/** Which counts of a set of units include a stand-in, for one period. */
function taintOf(
	units: readonly string[],
	standIns: PublicQuarters['standIns'],
	lookback: Lookback,
	growthRun: () => number
): Tainted {
	const replaced = (field: CaseloadField, back: number) =>
		units.some((unit) => standIns.get(rowKey(unit, lookback.back(back)))?.has(field) ?? false);
	let tainted: Set<CountKey> | null = null;
	for (const key of COUNT_KEYS) {
		const source = COUNT_SOURCES[key];
		const quarters = source.back === 'growth_run' ? Array.from({ length: growthRun() + 1 }, (_, i) => i) : source.back;
		if (!quarters.some((back) => replaced(source.field, back))) continue;
		tainted ??= new Set();
		tainted.add(key);
	}
	return tainted ?? NONE;
}

/**
 * Coverage for publishing: the engine on public rows, what each count rests on, and the true coverage
 * on demand. When no count is 1–4 the public rows are the true ones and the engine runs once.
 */
export function publishCoverage(input: CoverageInput): PublishedCoverage {
	const { quarters, standIns } = publicQuarters(input.quarters.filter((row) => row.period <= input.period));
	let truth: Coverage | null = null;
	const coverage = computeCoverage({ ...input, quarters });
	if (standIns.size === 0) truth = coverage;

	const lookback = new Lookback(input.period);
	const unitsOf = new Map<string, string[]>();
	for (const unit of input.units) unitsOf.set(unit.police_service_id, [...(unitsOf.get(unit.police_service_id) ?? []), unit.unit_id]);
	// A service's public history (its units' rows summed), for the run its backlog-growth start ends.
	const serviceRows = new Map<string, Map<PeriodKey, ServiceQuarter>>();
	const serviceOfUnit = new Map(input.units.map((unit) => [unit.unit_id, unit.police_service_id]));
	for (const row of quarters) {
		const service = serviceOfUnit.get(row.police_service_id);
		if (service === undefined) continue;
		const history = serviceRows.get(service) ?? new Map<PeriodKey, ServiceQuarter>();
		serviceRows.set(service, history);
		const known = history.get(row.period);
		if (!known) history.set(row.period, { ...row });
		else known.open_backlog += row.open_backlog;
	}
	const services = new Map<string, Tainted>();
	if (standIns.size > 0) {
		for (const service of coverage.services) {
			const id = service.police_service_id;
			const history = serviceRows.get(id);
			services.set(id, taintOf(unitsOf.get(id) ?? [], standIns, lookback, () => (history ? backlogGrowthRun(history, lookback).quarters : 0)));
		}
	}
	const responders = new Map<string, Tainted>();
	if (standIns.size > 0) {
		for (const responder of coverage.responders) {
			responders.set(responder.unit_id, taintOf([responder.unit_id], standIns, lookback, () => responder.backlog_growth_quarters));
		}
	}
	return {
		coverage,
		tainted: { services, responders },
		truth: () => (truth ??= computeCoverage(input))
	};
}

/** The same published coverage narrowed to a subject (the same narrowing applied to the truth). */
export function narrowPublished(published: PublishedCoverage, narrow: (coverage: Coverage) => Coverage | null): PublishedCoverage | null {
	const coverage = narrow(published.coverage);
	if (!coverage) return null;
	let truth: Coverage | null = null;
	return {
		coverage,
		tainted: published.tainted,
		truth: () => {
			truth ??= narrow(published.truth());
			if (!truth) throw new Error('The true coverage lacks the subject the public one has');
			return truth;
		}
	};
}

/** A count of a service or responder as disclosure control judges it: tainted, hidden itself, or shown. */
export function taintedOf(tainted: ReadonlyMap<string, Tainted>, id: string): Tainted {
	return tainted.get(id) ?? NONE;
}
