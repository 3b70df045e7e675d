/**
 * Whether the latest figures are old enough that a reader should be told. Pure: "today" comes in as
 * an ISO date from the server clock at request time, so the rule can be tested at its edges.
 *
 * The rule: the latest quarter with data ended more than two quarters ago, that is, today falls after
 * the last day of the second quarter following it. With data to FY2025-26 Q2 (ended 2025-09-30) the
 * notice appears from 2026-04-01; on 2026-03-31 the data are exactly two quarters old and no notice
 * shows. Ministry returns for a quarter arrive in the following one, so one quarter behind is normal
 * and two is late but possible; beyond that a reader is looking at a picture that may have changed.
 */
import { periodEnd, periodLabel, shiftPeriod, type PeriodKey } from './period';

/** Quarters the latest data may lag today before a page warns (inclusive). */
export const STALE_AFTER_QUARTERS = 2;

export interface StaleData {
	period: PeriodKey;
	label_en: string;
	label_fr: string;
	/** Last day of the latest quarter with data (ISO date). */
	ended: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A notice to show when the latest data are too old on `today` (ISO date), else null. */
export function staleData(latest: PeriodKey | null | undefined, today: string): StaleData | null {
	if (!ISO_DATE.test(today)) throw new Error(`today must be an ISO date (YYYY-MM-DD), got '${today}'`);
	if (!latest) return null;
	// ISO dates compare as strings.
	if (today <= periodEnd(shiftPeriod(latest, STALE_AFTER_QUARTERS))) return null;
	const label = periodLabel(latest);
	return { period: latest, label_en: label.en, label_fr: label.fr, ended: periodEnd(latest) };
}

const ontarioDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Ontario (Eastern time) at `moment`, as an ISO date: the day a reader there sees. */
export function ontarioDate(moment: Date): string {
	const parts = Object.fromEntries(ontarioDay.formatToParts(moment).map((part) => [part.type, part.value]));
	return `${parts.year}-${parts.month}-${parts.day}`;
}
