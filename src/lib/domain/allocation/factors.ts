/**
 * The formula factors: THE one place where each factor is named, labelled and defined.
 *
 * 34 U.S.C. § 21116 (US ICAC Task Force Program) lists the factors a formula must consider (population, investigative
 * leads, cases referred for prosecution, other need) but sets no weights; the weights a planner picks are a policy
 * choice and are shown as such. Every factor is "higher value = more money": a recipient's part of a factor is its value
 * over the eligible total. Every value is a sum over the communities (or the services) a recipient answers for, so a
 * community moved from one recipient to another takes its need with it, and none reads the recipient's own staffing:
 * hiring never lowers an amount (domain primer § 7; UK Police Allocation Formula: need indicators independent of police
 * activity).
 */

export const FACTOR_IDS = ['population', 'children', 'referrals', 'charges', 'remoteness'] as const;

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
		definition: "Residents of the recipient's jurisdiction (2021 Census, summed over its communities)."
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
	charges: {
		label_en: 'cases referred for prosecution',
		label_fr: 'dossiers renvoyés pour poursuite',
		definition: 'Charges laid over the trailing four quarters (ICAC: cases referred for prosecution).'
	},
	remoteness: {
		label_en: 'remoteness',
		label_fr: 'éloignement',
		definition:
			'Sum over its communities of a community-intrinsic score between 0 and 1: 1 for a fly-in community, else the ' +
			'great-circle distance to the nearest OPP regional headquarters over 500 km, capped at 1 (community-summary.ts). ' +
			'It does not move when a service hires.'
	}
};

/**
 * Factors offered before and withdrawn because they paid a recipient for having fewer staff. A request that still
 * weights them is refused with this reason, so a client learns why rather than seeing its weight silently dropped.
 */
export const REMOVED_FACTORS: Readonly<Record<string, { en: string; fr: string }>> = {
	caseload_per_investigator: {
		en: 'The factor "caseload_per_investigator" was removed: referrals per investigator fall when a service hires, so it paid services for having fewer staff. Weight "referrals" or "charges" instead.',
		fr: 'Le facteur « caseload_per_investigator » a été retiré : les signalements par enquêteur baissent quand un service embauche, ce qui payait les services ayant moins de personnel. Pondérez plutôt « referrals » ou « charges ».'
	},
	gap_severity: {
		en: 'The factor "gap_severity" was removed: a coverage gap closes when a service hires, so it paid services for having fewer staff. Weight "remoteness" or "children" instead.',
		fr: 'Le facteur « gap_severity » a été retiré : une lacune de couverture se comble quand un service embauche, ce qui payait les services ayant moins de personnel. Pondérez plutôt « remoteness » ou « children ».'
	}
};

export function isFactorId(value: string): value is FactorId {
	return (FACTOR_IDS as readonly string[]).includes(value);
}

/** A weight record with every factor at zero, to fill in. */
export function zeroWeights(): Record<FactorId, number> {
	return { population: 0, children: 0, referrals: 0, charges: 0, remoteness: 0 };
}
