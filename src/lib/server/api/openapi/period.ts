/**
 * The fields every answer that carries a quarter has (domain/period.ts `periodFields`), described
 * once so each subject's module spreads the same text. Ontario's fiscal year starts on April 1.
 */
const isoDate = (description: string) => ({ type: 'string', format: 'date', description });

export const periodProperties = {
	period: { type: 'string', pattern: '^[0-9]{4}-Q[1-4]$', description: 'Ontario fiscal quarter: YYYY is the year the fiscal year starts (2025-Q2 = July–September 2025)' },
	period_label: { type: 'string', description: 'The quarter for people, in English: "FY2025-26 Q2"', examples: ['FY2025-26 Q2'] },
	period_label_fr: { type: 'string', description: 'The quarter for people, in French: "EF 2025-2026 T2"', examples: ['EF 2025-2026 T2'] },
	period_start: isoDate('First day of the quarter'),
	period_end: isoDate('Last day of the quarter'),
	data_as_of: {
		type: ['string', 'null'],
		format: 'date',
		description: 'Last day of the latest quarter with ICE data (the same for every quarter asked for); null when none is loaded'
	}
} as const;

export const periodRequired = Object.keys(periodProperties);

/** A quarter inside an answer (a request's flag, an assignment): the same fields but data_as_of, which the answer carries. */
export const quarterProperties = {
	period: periodProperties.period,
	period_label: periodProperties.period_label,
	period_label_fr: periodProperties.period_label_fr,
	period_start: periodProperties.period_start,
	period_end: periodProperties.period_end
};
