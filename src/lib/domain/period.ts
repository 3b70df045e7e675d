/**
 * Reporting periods: Ontario fiscal quarters.
 *
 * Ontario's fiscal year starts on April 1 (Financial Administration Act, s. 1). A period key is
 * `YYYY-Qn` where YYYY is the calendar year in which the fiscal year STARTS: `2025-Q2` is
 * FY2025-26 Q2, July to September 2025. Keys sort chronologically as plain strings.
 */
import { formatPeriod } from '../format';

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

/** Index of a quarter on one line (fiscal year × 4 + quarter − 1), so distances in quarters are differences. */
function quarterIndex(period: Period): number {
	return period.fiscalYear * 4 + (period.quarter - 1);
}

function mustParse(key: string): Period {
	const period = parsePeriod(key);
	if (!period) throw new Error(`Not a period key: ${key}`);
	return period;
}

const iso = (year: number, month: number, day: number) =>
	`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** First day of a fiscal quarter as an ISO date: 2025-Q2 → 2025-07-01; 2025-Q4 → 2026-01-01. */
export function periodStart(key: PeriodKey): string {
	const { fiscalYear, quarter } = mustParse(key);
	const month = firstMonthOfQuarter(quarter);
	return iso(quarter === 4 ? fiscalYear + 1 : fiscalYear, month, 1);
}

/** Last day of a fiscal quarter as an ISO date: 2025-Q2 → 2025-09-30; 2025-Q4 → 2026-03-31. */
export function periodEnd(key: PeriodKey): string {
	const { fiscalYear, quarter } = mustParse(key);
	const lastMonth = firstMonthOfQuarter(quarter) + 2;
	const year = quarter === 4 ? fiscalYear + 1 : fiscalYear;
	// Day 0 of the next month is the last day of this one (all quarters end on the 30th or 31st).
	const day = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
	return iso(year, lastMonth, day);
}

/**
 * A quarter for people, in both languages: 2025-Q2 → "FY2025-26 Q2" / "EF 2025-2026 T2" (exercice
 * financier, trimestre). The wording is format.ts's, the one place quarters become text, so the API,
 * the exports and the pages say the same thing.
 */
export function periodLabel(key: PeriodKey): { en: string; fr: string } {
	mustParse(key);
	return { en: formatPeriod(key, 'en'), fr: formatPeriod(key, 'fr') };
}

/** The quarter that holds an ISO date (YYYY-MM-DD): 2025-09-30 → 2025-Q2; 2026-01-15 → 2025-Q4. */
export function periodOfDate(isoDate: string): PeriodKey {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
	if (!match) throw new Error(`Not an ISO date: ${isoDate}`);
	const year = Number(match[1]);
	const month = Number(match[2]);
	if (month < 1 || month > 12) throw new Error(`Not an ISO date: ${isoDate}`);
	// April–June is Q1 of the fiscal year starting that April; January–March is Q4 of the one before.
	const fiscalYear = month >= 4 ? year : year - 1;
	const quarter = (Math.floor(((month + 8) % 12) / 3) + 1) as Period['quarter'];
	return periodKey({ fiscalYear, quarter });
}

/** Whole quarters from `from` to `to` (positive when `to` is later). */
export function quartersBetween(from: PeriodKey, to: PeriodKey): number {
	return quarterIndex(mustParse(to)) - quarterIndex(mustParse(from));
}

/**
 * What an answer that carries a quarter says about it: its label, its first and last days, and
 * `data_as_of`, the last day of the latest quarter with data (null when nothing is loaded), so a
 * reader can tell an old quarter chosen on purpose from data that are simply old.
 */
export interface PeriodFields {
	period: PeriodKey;
	period_label: string;
	period_label_fr: string;
	period_start: string;
	period_end: string;
	data_as_of: string | null;
}

export function periodFields(period: PeriodKey, latestWithData: PeriodKey | null | undefined): PeriodFields {
	const label = periodLabel(period);
	return {
		period,
		period_label: label.en,
		period_label_fr: label.fr,
		period_start: periodStart(period),
		period_end: periodEnd(period),
		data_as_of: latestWithData ? periodEnd(latestWithData) : null
	};
}

/**
 * The label of a quarter for an export cell, in the export's language; a value that is not a quarter
 * key is given back unchanged, so a column never loses what the row held.
 */
export function periodLabelCell(value: string, locale: 'en' | 'fr' = 'en'): string {
	return isPeriodKey(value) ? periodLabel(value)[locale] : value;
}

/**
 * A quarter inside an answer (a request's coverage flag, an assignment): its label and bounds, without
 * `data_as_of`, which belongs to the answer. A stored value that is not a quarter key stays as it is.
 */
export function quarterFields(value: string): Omit<PeriodFields, 'period' | 'data_as_of'> & { period: string } {
	if (!isPeriodKey(value)) return { period: value } as Omit<PeriodFields, 'period' | 'data_as_of'> & { period: string };
	const { data_as_of: _dataAsOf, ...fields } = periodFields(value, null);
	return fields;
}
