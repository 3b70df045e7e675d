/**
 * The two halves of an ice_quarter row: capacity and caseload figures. A capacity file may carry
 * the caseload columns and the reverse, all or none per row; plausibility.ts compares each figure
 * with the unit's earlier quarters.
 */
export const CAPACITY_FIGURES = [
	{ name: 'investigators_fte', french: 'enqueteurs_etp', type: 'fte' },
	{ name: 'forensic_examiners_fte', french: 'examinateurs_judiciaires_etp', type: 'fte' },
	{ name: 'forensic_backlog_devices', french: 'appareils_en_attente_examen', type: 'count' }
] as const;

export const CASELOAD_FIGURES = [
	// One French term per concept: a referral is a « renvoi » everywhere; the older header still reads.
	{ name: 'referrals_received', french: 'renvois_recus', aliases: ['signalements_recus'], type: 'count' },
	{ name: 'investigations_opened', french: 'enquetes_ouvertes', type: 'count' },
	{ name: 'investigations_concluded', french: 'enquetes_conclues', type: 'count' },
	{ name: 'charges_laid', french: 'accusations_portees', type: 'count' },
	{ name: 'victims_identified', french: 'victimes_identifiees', type: 'count' },
	{ name: 'open_backlog', french: 'enquetes_en_cours', type: 'count' },
	{ name: 'files_referred_project_p', french: 'dossiers_transmis_projet_p', type: 'count' }
] as const;

export const CAPACITY_COLUMNS: readonly (typeof CAPACITY_FIGURES)[number]['name'][] = CAPACITY_FIGURES.map((c) => c.name);
export const CASELOAD_COLUMNS: readonly (typeof CASELOAD_FIGURES)[number]['name'][] = CASELOAD_FIGURES.map((c) => c.name);

type Figure = (typeof CAPACITY_FIGURES)[number] | (typeof CASELOAD_FIGURES)[number];

/** The figures as columns of a kind: required for the kind's own half, optional for the other. */
export function asColumns<F extends Figure, P extends 'required' | 'optional'>(figures: readonly F[], presence: P): (F & { presence: P })[] {
	return figures.map((figure) => ({ ...figure, presence }));
}

/** The half's figures when the row gives all of them, else null. */
export function half<K extends string>(output: Partial<Readonly<Record<K, number>>>, names: readonly K[]): Record<K, number> | null {
	const figures: Partial<Record<K, number>> = {};
	for (const name of names) {
		const value = output[name];
		if (value === undefined) return null;
		figures[name] = value;
	}
	return figures as Record<K, number>;
}
