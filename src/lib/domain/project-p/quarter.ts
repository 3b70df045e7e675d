/**
 * The fiscal quarter a moment falls in, in Ontario time (fiscal year from April 1; domain/period.ts).
 * Assignments are made for a quarter; the coordinator's default is the current one.
 */
import { shiftPeriod, type Period, type PeriodKey } from '../period';

const TORONTO = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: 'numeric' });

export function quarterContaining(moment: Date): PeriodKey {
	const parts = TORONTO.formatToParts(moment);
	const year = Number(parts.find((p) => p.type === 'year')?.value);
	const month = Number(parts.find((p) => p.type === 'month')?.value);
	const fiscalYear = month >= 4 ? year : year - 1;
	const quarter = (Math.floor((((month - 4) % 12) + 12) % 12 / 3) + 1) as Period['quarter'];
	return `${fiscalYear}-Q${quarter}`;
}

/** The current quarter and the `count - 1` after it: the quarters a coordinator may assign for. */
export function assignableQuarters(now: Date, count = 4): PeriodKey[] {
	const first = quarterContaining(now);
	return Array.from({ length: count }, (_, offset) => shiftPeriod(first, offset));
}
