/**
 * The fields every answer that carries a quarter has (domain/period.ts `periodFields`), as valibot entries each
 * subject spreads into its answer. Ontario's fiscal year starts on April 1.
 */
import * as v from 'valibot';
import { date, described, periodCode } from '../schemas/shared';

export const quarterEntries = {
	period: described(periodCode(), 'Ontario fiscal quarter: YYYY is the year the fiscal year starts (2025-Q2 = July–September 2025)'),
	period_label: v.pipe(v.string(), v.description('The quarter for people, in English: "FY2025-26 Q2"'), v.examples(['FY2025-26 Q2'])),
	period_label_fr: v.pipe(v.string(), v.description('The quarter for people, in French: "EF 2025-2026 T2"'), v.examples(['EF 2025-2026 T2'])),
	period_start: described(date(), 'First day of the quarter'),
	period_end: described(date(), 'Last day of the quarter')
};

/** A quarter of an answer: the quarter's fields and how recent the data are. */
export const periodEntries = {
	...quarterEntries,
	data_as_of: described(
		v.nullable(date()),
		'Last day of the latest quarter with ICE data (the same for every quarter asked for); null when none is loaded'
	)
};

/** The `period` query parameter: a quarter, by default the latest with data. */
export const periodParameter = {
	name: 'period',
	in: 'query' as const,
	description:
		'Ontario fiscal quarter: YYYY is the year the fiscal year starts (2025-Q2 = July–September 2025). Default: the latest quarter with data. A malformed or unknown quarter is a 400 naming `period`.',
	schema: v.pipe(periodCode(), v.examples(['2025-Q2']))
};
