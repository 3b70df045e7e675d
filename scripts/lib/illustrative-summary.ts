/**
 * Provincial totals of the illustrative quarterly rows, for the generator's log and the
 * calibration tests.
 */
import type { PeriodKey } from '../../src/lib/domain/period';
import { calendarYearOf, fiscalYearOf } from './fiscal-calendar';
import type { IceQuarterlyRow } from './illustrative';

type CountColumn = 'investigations_opened' | 'investigations_concluded' | 'charges_laid' | 'referrals_received';

/** Sum of a count column per fiscal year (start year), with the number of quarters seen. */
export function totalsByFiscalYear(rows: readonly IceQuarterlyRow[], column: CountColumn): Map<number, { total: number; quarters: number }> {
	const totals = new Map<number, { total: number; quarters: Set<string> }>();
	for (const row of rows) {
		const period = String(row.period) as PeriodKey;
		const entry = totals.get(fiscalYearOf(period)) ?? { total: 0, quarters: new Set<string>() };
		entry.total += Number(row[column]);
		entry.quarters.add(period);
		totals.set(fiscalYearOf(period), entry);
	}
	return new Map([...totals].map(([year, entry]) => [year, { total: entry.total, quarters: entry.quarters.size }]));
}

/** Sum of a count column over the quarters falling in a calendar year. */
export function totalInCalendarYear(rows: readonly IceQuarterlyRow[], column: CountColumn, year: number): number {
	return rows
		.filter((row) => calendarYearOf(String(row.period) as PeriodKey) === year)
		.reduce((total, row) => total + Number(row[column]), 0);
}
