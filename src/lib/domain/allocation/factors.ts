/**
 * The formula factors: THE one place where each factor is named, labelled and defined.
 *
 * 34 U.S.C. § 21116 (US ICAC Task Force Program) lists the factors a formula must consider (population, investigative
 * leads, cases, other need) but sets no weights; the weights a planner picks are a policy choice and are shown as such.
 * Every factor is "higher value = more money": a service's part of a factor is its value over the eligible total.
 */

export const FACTOR_IDS = [
	'population',
	'children',
	'referrals',
	'caseload_per_investigator',
	'gap_severity',
	'remoteness'
] as const;

export type FactorId = (typeof FACTOR_IDS)[number];

export type FactorDefinition = {
	label_en: string;
	label_fr: string;
	/** What the value is and where it comes from, in one sentence a planner can check. */
	definition: string;
};

export const FACTORS: Record<FactorId, FactorDefinition> = {
	population: {
		label_en: 'population',
		label_fr: 'population',
		definition: "Residents of the service's jurisdiction (2021 Census, summed over its communities)."
	},
	children: {
		label_en: 'children',
		label_fr: 'enfants',
		definition:
			'Children aged 0–17 in the jurisdiction: imported counts, or population × a documented share (an estimate).'
	},
	referrals: {
		label_en: 'referrals',
		label_fr: 'renvois',
		definition: 'Referrals (investigational packages) received over the trailing four quarters.'
	},
	caseload_per_investigator: {
		label_en: 'referrals per investigator',
		label_fr: 'renvois par enquêteur',
		definition:
			'Referrals per ICE investigator FTE (annualised). A service with no investigator has nobody to carry its ' +
			'referrals, so it counts as the highest need: the larger of its own referrals and the highest value among ' +
			'eligible services that have investigators. Being pegged to the highest, such services rise with it.'
	},
	gap_severity: {
		label_en: 'gap severity',
		label_fr: 'gravité des lacunes',
		definition:
			"Children-weighted mean of its communities' coverage-gap levels, scored none 0, watch 1, gap 2, critical 3 " +
			'(so between 0 and 3; see community-summary.ts).'
	},
	remoteness: {
		label_en: 'remoteness',
		label_fr: 'éloignement',
		definition:
			'Children-weighted mean community remoteness between 0 and 1: distance to the nearest ICE unit over 500 km, ' +
			'capped at 1, and 1 for fly-in communities (see community-summary.ts).'
	}
};

export function isFactorId(value: string): value is FactorId {
	return (FACTOR_IDS as readonly string[]).includes(value);
}

/** A weight record with every factor at zero, to fill in. */
export function zeroWeights(): Record<FactorId, number> {
	return {
		population: 0,
		children: 0,
		referrals: 0,
		caseload_per_investigator: 0,
		gap_severity: 0,
		remoteness: 0
	};
}
