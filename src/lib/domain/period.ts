/**
 * Reporting periods: Ontario fiscal quarters.
 *
 * Ontario's fiscal year starts on April 1 (Financial Administration Act, s. 1). A period key is
 * `YYYY-Qn` where YYYY is the calendar year in which the fiscal year STARTS: `2025-Q2` is
 * FY2025-26 Q2, July to September 2025. Keys sort chronologically as plain strings.
 */

export type PeriodKey = `${number}-Q${1 | 2 | 3 | 4}`;

export interface Period {
	/** Calendar year in which the fiscal year starts (FY2025-26 → 2025). */
	fiscalYear: number;
	quarter: 1 | 2 | 3 | 4;
}

const PERIOD_PATTERN = /^(\d{4})-Q([1-4])$/;

/** The first and last quarters the atlas holds data for (FY2019-20 Q1 to FY2025-26 Q2). */
export const FIRST_PERIOD: PeriodKey = '2019-Q1';
export const LAST_PERIOD: PeriodKey = '2025-Q2';

export function isPeriodKey(value: string): value is PeriodKey {
	return PERIOD_PATTERN.test(value);
}

/** Parses `YYYY-Qn`; returns null for anything else (callers turn that into a 400 naming the parameter). */
export function parsePeriod(value: string): Period | null {
	const match = PERIOD_PATTERN.exec(value);
	if (!match) return null;
	return { fiscalYear: Number(match[1]), quarter: Number(match[2]) as Period['quarter'] };
}

export function periodKey(period: Period): PeriodKey {
	return `${period.fiscalYear}-Q${period.quarter}`;
}

/** The period `offset` quarters after (or before, when negative) the given one. */
export function shiftPeriod(key: PeriodKey, offset: number): PeriodKey {
	const period = parsePeriod(key);
	if (!period) throw new Error(`Not a period key: ${key}`);
	const index = period.fiscalYear * 4 + (period.quarter - 1) + offset;
	return periodKey({ fiscalYear: Math.floor(index / 4), quarter: ((index % 4) + 1) as Period['quarter'] });
}

/** Every period from `first` to `last`, inclusive, in order. */
export function periodRange(first: PeriodKey, last: PeriodKey): PeriodKey[] {
	const keys: PeriodKey[] = [];
	for (let key = first; key <= last; key = shiftPeriod(key, 1)) keys.push(key);
	return keys;
}

/** The four quarters ending with `key` (the trailing year used to annualise flows). */
export function trailingFour(key: PeriodKey): PeriodKey[] {
	return [shiftPeriod(key, -3), shiftPeriod(key, -2), shiftPeriod(key, -1), key];
}

/** Fiscal year label: 2025 → "FY2025-26". */
export function fiscalYearLabel(fiscalYear: number): string {
	return `FY${fiscalYear}-${String((fiscalYear + 1) % 100).padStart(2, '0')}`;
}

/** First calendar month (1-12) of a fiscal quarter: Q1 → April. */
export function firstMonthOfQuarter(quarter: Period['quarter']): number {
	return ((quarter - 1) * 3 + 3) % 12 + 1;
}
