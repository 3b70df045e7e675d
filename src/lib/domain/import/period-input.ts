/**
 * Periods and fiscal years as people write them in spreadsheets, turned into the atlas's keys
 * (domain/period.ts: `YYYY-Qn`, YYYY = the calendar year in which Ontario's fiscal year starts on
 * April 1). Dates, such as Excel date cells, land in the fiscal quarter or year that contains them.
 */
import { periodKey, type PeriodKey } from '../period';

// `2024 Q1`, `2024-Q1`, `2024 _ T1`: one optional dash or underscore among the spaces. Written so that
// no run of spaces can be split two ways (`\s*[-_ ]?\s*` could, which took quadratic time on a long one).
const PERIOD_TEXT = /^(\d{4})\s*(?:[-_]\s*)?[QT]([1-4])$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/;
const FISCAL_YEAR_TEXT = /^(?:FY|EF)?\s*(\d{4})(?:\s*[-/]\s*(\d{2}|\d{4}))?$/i;

interface CalendarDate {
	year: number;
	month: number;
}

/** A real calendar date from `YYYY-MM-DD` (optionally with a time), or null. */
export function parseIsoDate(text: string): CalendarDate | null {
	const match = ISO_DATE.exec(text);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return { year, month };
}

/** The fiscal year (start year) containing a calendar month: April 2024 → 2024, March 2025 → 2024. */
export function fiscalYearOfMonth({ year, month }: CalendarDate): number {
	return month >= 4 ? year : year - 1;
}

/** `2024-Q1`, `2024 Q1`, `2024-T1` (trimestre) or a date → `2024-Q1`; null when unreadable. */
export function parsePeriodInput(text: string): PeriodKey | null {
	const match = PERIOD_TEXT.exec(text.trim());
	if (match) return periodKey({ fiscalYear: Number(match[1]), quarter: Number(match[2]) as 1 | 2 | 3 | 4 });
	const date = parseIsoDate(text.trim());
	if (!date) return null;
	// April–June is Q1 of the fiscal year starting that April; January–March is Q4 of the previous one.
	const quarter = (Math.floor(((date.month + 8) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
	return periodKey({ fiscalYear: fiscalYearOfMonth(date), quarter });
}

/** `2024`, `2024-25`, `2024-2025`, `FY2024-25`, `EF2024-25` or a date → 2024; null when unreadable. */
export function parseFiscalYearInput(text: string): number | null {
	const trimmed = text.trim();
	const date = parseIsoDate(trimmed);
	if (date) return fiscalYearOfMonth(date);
	const match = FISCAL_YEAR_TEXT.exec(trimmed);
	if (!match) return null;
	const start = Number(match[1]);
	const end = match[2];
	if (end === undefined) return start;
	const endYear = end.length === 2 ? Math.floor(start / 100) * 100 + Number(end) + (Number(end) < start % 100 ? 100 : 0) : Number(end);
	return endYear === start + 1 ? start : null;
}
