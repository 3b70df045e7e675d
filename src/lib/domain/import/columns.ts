/**
 * The columns of each import kind: the English header (used by templates), the accepted French
 * header, the cell type and whether the column is part of the natural key, required or optional.
 * Templates, the data dictionary page, the OpenAPI description and the validators all read this
 * one table. Headers are matched after normalisation (headers.ts): case, accents, spaces and
 * hyphens do not matter, so "Période" matches `periode`.
 */
import type { ImportKind, QuarterKind } from './kinds';

/** What a cell holds; cells.ts turns each into a valibot schema. */
export type CellType =
	| 'service_id'
	| 'csduid'
	| 'period'
	| 'fiscal_year'
	| 'fte'
	| 'count'
	| 'amount_dollars'
	| 'children'
	| 'confidence'
	| 'note'
	| 'member_id'
	| 'person_name'
	| 'member_role'
	| 'opp_region'
	| 'opp_area_id'
	| 'boolean'
	| 'availability'
	| 'school_year'
	| 'year'
	| 'office_kind'
	| 'office_id'
	| 'office_name'
	| 'program_id';

export type Presence = 'key' | 'required' | 'optional';

export interface ColumnSpec {
	/** English header: the template's and the one error messages name when the column is missing. */
	name: string;
	/** French header accepted as well (bilingual files, French Language Services Act). */
	french: string;
	/** Earlier headers still accepted, so files made from an older template import unchanged. */
	aliases?: readonly string[];
	type: CellType;
	presence: Presence;
	/**
	 * For capacity and caseload: which half of the shared ice_quarter row the column belongs to.
	 * A file of one kind may carry the other half's columns, all or none per row (README decision).
	 */
	half?: QuarterKind;
}

const SERVICE: ColumnSpec = { name: 'police_service_id', french: 'id_service_police', type: 'service_id', presence: 'key' };
const PERIOD: ColumnSpec = { name: 'period', french: 'periode', type: 'period', presence: 'key' };
const CSDUID: ColumnSpec = { name: 'csduid', french: 'sdridu', type: 'csduid', presence: 'key' };

const CAPACITY_FIGURES: readonly Omit<ColumnSpec, 'presence'>[] = [
	{ name: 'investigators_fte', french: 'enqueteurs_etp', type: 'fte', half: 'capacity' },
	{ name: 'forensic_examiners_fte', french: 'examinateurs_judiciaires_etp', type: 'fte', half: 'capacity' },
	{ name: 'forensic_backlog_devices', french: 'appareils_en_attente_examen', type: 'count', half: 'capacity' }
];

const CASELOAD_FIGURES: readonly Omit<ColumnSpec, 'presence'>[] = [
	// One French term per concept: a referral is a « renvoi » everywhere; the older header still reads.
	{ name: 'referrals_received', french: 'renvois_recus', aliases: ['signalements_recus'], type: 'count', half: 'caseload' },
	{ name: 'investigations_opened', french: 'enquetes_ouvertes', type: 'count', half: 'caseload' },
	{ name: 'investigations_concluded', french: 'enquetes_conclues', type: 'count', half: 'caseload' },
	{ name: 'charges_laid', french: 'accusations_portees', type: 'count', half: 'caseload' },
	{ name: 'victims_identified', french: 'victimes_identifiees', type: 'count', half: 'caseload' },
	{ name: 'open_backlog', french: 'enquetes_en_cours', type: 'count', half: 'caseload' },
	{ name: 'files_referred_project_p', french: 'dossiers_transmis_projet_p', type: 'count', half: 'caseload' }
];

export const CAPACITY_COLUMNS = CAPACITY_FIGURES.map((c) => c.name);
export const CASELOAD_COLUMNS = CASELOAD_FIGURES.map((c) => c.name);

const as = (presence: Presence) => (column: Omit<ColumnSpec, 'presence'>): ColumnSpec => ({ ...column, presence });

export const COLUMNS: Readonly<Record<ImportKind, readonly ColumnSpec[]>> = {
	capacity: [SERVICE, PERIOD, ...CAPACITY_FIGURES.map(as('required')), ...CASELOAD_FIGURES.map(as('optional'))],
	caseload: [SERVICE, PERIOD, ...CASELOAD_FIGURES.map(as('required')), ...CAPACITY_FIGURES.map(as('optional'))],
	funding: [
		SERVICE,
		{ name: 'fiscal_year', french: 'exercice', type: 'fiscal_year', presence: 'key' },
		{ name: 'amount_dollars', french: 'montant_dollars', type: 'amount_dollars', presence: 'required' }
	],
	children: [CSDUID, { name: 'children', french: 'enfants', type: 'children', presence: 'required' }],
	jurisdiction: [
		CSDUID,
		{ ...SERVICE, presence: 'required' },
		{ name: 'confidence', french: 'confiance', type: 'confidence', presence: 'optional' },
		{ name: 'note', french: 'note', type: 'note', presence: 'optional' },
		// The official OPP mapping: the census-division OPP area (a display grouping, required for an
		// OPP-policed community, refused for any other) and the OPP region whose team answers there.
		{ name: 'opp_area_id', french: 'id_secteur_ppo', type: 'opp_area_id', presence: 'optional' },
		{ name: 'opp_region', french: 'region_ppo', type: 'opp_region', presence: 'optional' }
	],
	roster: [
		{ name: 'member_id', french: 'id_membre', type: 'member_id', presence: 'key' },
		{ name: 'name', french: 'nom', type: 'person_name', presence: 'required' },
		{ name: 'role', french: 'role', type: 'member_role', presence: 'required' },
		{ name: 'home_region', french: 'region_attache', type: 'opp_region', presence: 'required' },
		{ name: 'active', french: 'actif', type: 'boolean', presence: 'required' },
		// Period and availability go together: a row without both only updates the member.
		{ ...PERIOD, presence: 'optional' },
		{ name: 'fte', french: 'etp', type: 'availability', presence: 'optional' }
	],
	prevention: [
		CSDUID,
		{ name: 'school_year', french: 'annee_scolaire', type: 'school_year', presence: 'key' },
		{ name: 'grade_7_8_students', french: 'eleves_7e_8e_annee', type: 'count', presence: 'required' },
		{ name: 'classrooms_reached', french: 'classes_rejointes', type: 'count', presence: 'required' },
		{ name: 'students_reached', french: 'eleves_rejoints', type: 'count', presence: 'required' },
		{ name: 'teachers_trained', french: 'enseignants_formes', type: 'count', presence: 'required' }
	],
	training: [
		{ name: 'office_kind', french: 'type_bureau', type: 'office_kind', presence: 'key' },
		// A police service's id (known to the atlas) or a Crown office's own id (crown-toronto).
		{ name: 'office_id', french: 'id_bureau', type: 'office_id', presence: 'key' },
		{ name: 'as_of_year', french: 'annee_reference', type: 'year', presence: 'key' },
		{ name: 'office_name', french: 'nom_bureau', type: 'office_name', presence: 'required' },
		{ name: 'office_name_fr', french: 'nom_bureau_fr', type: 'office_name', presence: 'required' },
		{ name: 'staff', french: 'effectif', type: 'count', presence: 'required' },
		{ name: 'trained', french: 'formes', type: 'count', presence: 'required' },
		{ name: 'trained_current', french: 'formation_a_jour', type: 'count', presence: 'required' },
		{ name: 'latest_training_year', french: 'annee_derniere_formation', type: 'year', presence: 'optional' }
	],
	registry: [
		{ name: 'program_id', french: 'id_programme', type: 'program_id', presence: 'key' },
		SERVICE,
		PERIOD,
		{ name: 'registrants', french: 'personnes_inscrites', type: 'count', presence: 'required' },
		{ name: 'verifications_done', french: 'verifications_faites', type: 'count', presence: 'required' },
		{ name: 'non_compliant_located', french: 'non_conformes_retrouves', type: 'count', presence: 'required' }
	]
};

/**
 * Pairs of count columns where the first may not exceed the second (the tables' check
 * constraints): reported by row and column before anything reaches the database.
 */
export const AT_MOST: Partial<Readonly<Record<ImportKind, readonly (readonly [string, string])[]>>> = {
	prevention: [['students_reached', 'grade_7_8_students']],
	training: [
		['trained', 'staff'],
		['trained_current', 'trained'],
		['latest_training_year', 'as_of_year']
	],
	registry: [['verifications_done', 'registrants']]
};

/**
 * The columns a template offers: every column of the kind. A quarter template carries the other
 * half's columns too (optional, all or none per row), so one filled-in template can report a
 * quarter that is not stored yet; a caseload row that leaves capacity empty takes it from the
 * unit's latest quarter (plausibility.ts), which the preview states.
 */
export function templateColumns(kind: ImportKind): ColumnSpec[] {
	return [...COLUMNS[kind]];
}

export function keyColumns(kind: ImportKind): string[] {
	return COLUMNS[kind].filter((column) => column.presence === 'key').map((column) => column.name);
}

export function columnSpec(kind: ImportKind, name: string): ColumnSpec | undefined {
	return COLUMNS[kind].find((column) => column.name === name);
}
