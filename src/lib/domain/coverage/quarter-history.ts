/**
 * A service's quarterly rows up to the period being computed, and the windows read from them: the
 * trailing four quarters (annualised flows, period.ts `trailingFour`), the quarter a year earlier, and
 * the run of consecutive quarters in which the open backlog grew.
 */
import { shiftPeriod, type PeriodKey } from '../period';
import type { ServiceQuarter } from './types';

export type QuarterHistory = ReadonlyMap<PeriodKey, ServiceQuarter>;

/**
 * Rows grouped by service, keeping periods up to `period` (later quarters cannot inform it). A duplicate
 * (service, period) is an input error: the engine refuses to guess which row is right.
 */
export function indexQuarters(
	quarters: readonly ServiceQuarter[],
	period: PeriodKey
): Map<string, Map<PeriodKey, ServiceQuarter>> {
	const byService = new Map<string, Map<PeriodKey, ServiceQuarter>>();
	for (const row of quarters) {
		if (row.period > period) continue;
		let history = byService.get(row.police_service_id);
		if (!history) {
			history = new Map();
			byService.set(row.police_service_id, history);
		}
		if (history.has(row.period)) {
			throw new Error(`Two quarterly rows for service ${row.police_service_id} in ${row.period}`);
		}
		history.set(row.period, row);
	}
	return byService;
}

/** The latest period any row reports, or null for no rows (the API's default period). */
export function latestPeriod(quarters: readonly ServiceQuarter[]): PeriodKey | null {
	let latest: PeriodKey | null = null;
	for (const row of quarters) if (latest === null || row.period > latest) latest = row.period;
	return latest;
}

/**
 * Period keys counted back from one period: `back(0)` is the period, `back(4)` a year earlier. Built once
 * per computation and shared by every service, so no key is parsed twice.
 */
export class Lookback {
	private readonly keys: PeriodKey[] = [];

	constructor(private readonly period: PeriodKey) {}

	back(quarters: number): PeriodKey {
		for (let known = this.keys.length; known <= quarters; known++) this.keys.push(shiftPeriod(this.period, -known));
		return this.keys[quarters] ?? this.period;
	}
}

export interface TrailingSums {
	/** Quarters reported among the four ending with the period (0–4). */
	quarters: number;
	referrals: number;
	opened: number;
	concluded: number;
	files_referred: number;
	illustrative: boolean;
}

/** Sums of the caseload flows over the trailing four quarters that were reported. */
export function trailingSums(history: QuarterHistory, lookback: Lookback): TrailingSums {
	const sums: TrailingSums = { quarters: 0, referrals: 0, opened: 0, concluded: 0, files_referred: 0, illustrative: false };
	for (let i = 0; i < 4; i++) {
		const row = history.get(lookback.back(i));
		if (!row) continue;
		sums.quarters += 1;
		sums.referrals += row.referrals_received;
		sums.opened += row.investigations_opened;
		sums.concluded += row.investigations_concluded;
		sums.files_referred += row.files_referred_project_p;
		sums.illustrative ||= row.illustrative;
	}
	return sums;
}

/**
 * How many consecutive quarters, ending with the period, the open backlog rose quarter on quarter, and
 * where it stood before the run. A missing quarter ends the run: growth is not assumed across a gap.
 */
export function backlogGrowthRun(history: QuarterHistory, lookback: Lookback): { quarters: number; start: number | null } {
	let run = 0;
	let current = history.get(lookback.back(0));
	if (!current) return { quarters: 0, start: null };
	for (;;) {
		const previous = history.get(lookback.back(run + 1));
		if (!previous || !(current.open_backlog > previous.open_backlog)) break;
		run += 1;
		current = previous;
	}
	return { quarters: run, start: current.open_backlog };
}
