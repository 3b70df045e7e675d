/**
 * CSV exports speak the viewer's language: column names and the names inside (regions; communities
 * and services are named by the caller in the viewer's language). English column names stay the
 * machine-friendly ids they always were; French ones follow the import dictionary's style
 * (lowercase, no accents, underscores), so a French file can go back in through an import.
 */
import type { Locale } from './locale';
import { mapFr } from './sections/map';

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
	illustrative: 'illustratif'
} as const;

export type CsvColumn = keyof typeof FRENCH_COLUMNS;

export function csvHeader(columns: readonly CsvColumn[], locale: Locale): string[] {
	return columns.map((column) => (locale === 'fr' ? FRENCH_COLUMNS[column] : column));
}

/** An OPP region's name ("North East" → "Nord-Est"); other values unchanged. */
export function csvRegion(region: string | null, locale: Locale): string | null {
	if (region === null || locale === 'en') return region;
	return mapFr.regions[region as keyof typeof mapFr.regions] ?? region;
}
