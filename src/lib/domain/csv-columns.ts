/**
 * CSV exports speak the viewer's language: column names here, the names inside by the caller
 * (communities and services via names.ts, OPP regions via i18n/csv-columns.ts `csvRegion`). English column names stay the
 * machine-friendly ids they always were; French ones follow the import dictionary's style
 * (lowercase, no accents, underscores), so a French file can go back in through an import.
 */
import type { Locale } from './locale';

const FRENCH_COLUMNS = {
	rank: 'rang',
	csduid: 'sdridu',
	community: 'collectivite',
	police_service_id: 'id_service_police',
	police_service: 'service_police',
	service_kind: 'type_service',
	opp_region: 'region_ppo',
	period: 'periode',
	period_label: 'periode_libelle',
	metric: 'indicateur',
	value: 'valeur',
	gap_level: 'niveau_lacune',
	children_estimate: 'enfants_estimation',
	distance_to_ice_unit_km: 'distance_unite_eei_km',
	project_p_recommended: 'projet_p_recommande',
	project_p_basis: 'motif_projet_p',
	reason_codes: 'codes_motifs',
	reasons_en: 'motifs_en',
	reasons_fr: 'motifs_fr',
	illustrative: 'illustratif',
	// Comparison (domain/peers/comparison-csv.ts).
	row_type: 'type_ligne',
	item: 'element',
	label: 'libelle',
	unit: 'unite',
	percentile: 'centile',
	of_services: 'sur_services',
	group_basis: 'base_groupe',
	group_average: 'moyenne_groupe',
	group_services_used: 'services_groupe_retenus',
	group_services_hidden: 'services_groupe_masques',
	ontario_average: 'moyenne_ontario',
	ontario_services_used: 'services_ontario_retenus',
	ontario_services_hidden: 'services_ontario_masques',
	note: 'note',
	// Streams (domain/streams/csv.ts).
	school_year: 'annee_scolaire',
	grade_7_8_students: 'eleves_7e_8e',
	classrooms_reached: 'classes_rejointes',
	students_reached: 'eleves_rejoints',
	teachers_trained: 'enseignants_formes',
	prevention_reach_share: 'part_portee_prevention',
	teachers_trained_per_1k_students: 'enseignants_formes_par_1000_eleves',
	coverage_level: 'niveau_couverture',
	flag: 'signal',
	office_kind: 'type_bureau',
	office_id: 'id_bureau',
	office: 'bureau',
	as_of_year: 'annee_reference',
	staff: 'effectif',
	trained: 'formes',
	trained_current: 'formes_recemment',
	latest_training_year: 'annee_derniere_formation',
	current_training_share: 'part_formation_a_jour',
	program_id: 'id_programme',
	registrants: 'personnes_inscrites',
	verifications_done: 'verifications_faites',
	registry_verification_rate: 'taux_verification_registre',
	non_compliant_located: 'non_conformes_localises',
	// Allocation scenario (domain/allocation/scenario-csv.ts).
	scenario_id: 'id_scenario',
	scenario: 'scenario',
	status: 'statut',
	eligible: 'admissible',
	amount_cents: 'montant_cents',
	amount_dollars: 'montant_dollars',
	last_year_cents: 'annee_precedente_cents',
	change_from_last_year_cents: 'variation_annee_precedente_cents',
	change_from_last_year_share: 'variation_annee_precedente_part',
	floor_cents: 'plancher_cents',
	formula_population_cents: 'formule_population_cents',
	formula_children_cents: 'formule_enfants_cents',
	formula_referrals_cents: 'formule_renvois_cents',
	formula_charges_cents: 'formule_accusations_cents',
	formula_remoteness_cents: 'formule_eloignement_cents',
	need_cents: 'besoin_cents',
	cap_adjustment_cents: 'ajustement_plafond_cents',
	damping_adjustment_cents: 'ajustement_amortissement_cents',
	rounding_adjustment_cents: 'ajustement_arrondi_cents',
	assisted_line_cents: 'ligne_collectivites_assistees_cents',
	investigator_fte_funded: 'etp_enqueteurs_finances',
	forensic_examiner_fte_funded: 'etp_examinateurs_judiciaires_finances',
	explanation_en: 'explication_en',
	explanation_fr: 'explication_fr'
} as const;

export type CsvColumn = keyof typeof FRENCH_COLUMNS;

export function csvHeader(columns: readonly CsvColumn[], locale: Locale): string[] {
	return columns.map((column) => (locale === 'fr' ? FRENCH_COLUMNS[column] : column));
}
