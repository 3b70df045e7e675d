/**
 * Calendar arithmetic on fiscal-quarter keys (`YYYY-Qn`, YYYY = calendar year in which the Ontario
 * fiscal year starts on April 1; see src/lib/domain/period.ts).
 */
import { parsePeriod, type PeriodKey } from '../../src/lib/domain/period';

function parse(key: PeriodKey) {
	const period = parsePeriod(key);
	if (!period) throw new Error(`not a period key: ${key}`);
	return period;
}

/** The quarter's midpoint as a decimal calendar year: 2019-Q1 (Apr-Jun 2019) → 2019.375. */
export function quarterMidpoint(key: PeriodKey): number {
	const { fiscalYear, quarter } = parse(key);
	return fiscalYear + 0.25 + (quarter - 1) * 0.25 + 0.125;
}

/** The calendar year the quarter falls in: Q4 (January-March) belongs to the next one. */
export function calendarYearOf(key: PeriodKey): number {
	const { fiscalYear, quarter } = parse(key);
	return quarter === 4 ? fiscalYear + 1 : fiscalYear;
}

export function fiscalYearOf(key: PeriodKey): number {
	return parse(key).fiscalYear;
}
