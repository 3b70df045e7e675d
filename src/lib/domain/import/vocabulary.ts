/**
 * Words accepted in coded columns, in English and French, and the value each stands for.
 * Matching ignores case, accents and spaces versus underscores (wordKey).
 */
import { CONFIDENCE_LEVELS, OPP_REGIONS, type ConfidenceLevel, type OppRegion } from '../vocabulary';

/** Kept for a component that imports the region type from here; the code lists live in vocabulary.ts. */
export type { OppRegion };

export const MEMBER_ROLES = ['detective', 'forensic_examiner'] as const;
/** A Project P member's job: investigator (detective) or digital forensic examiner. */
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const OFFICE_KINDS = ['police_service', 'crown_office'] as const;
/** Who a training row counts: a police service's ICE investigators or a Crown office's Crowns. */
export type OfficeKindWord = (typeof OFFICE_KINDS)[number];

/** Lowercase and trimmed, without accents (NFD, then the combining marks U+0300–U+036F dropped): `Élevée` → `elevee`. */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.trim();
}

export function wordKey(text: string): string {
	return foldText(text).replace(/[\s\-]+/g, '_');
}

export const CONFIDENCE_WORDS: Readonly<Record<string, ConfidenceLevel>> = {
	high: 'high',
	medium: 'medium',
	low: 'low',
	haute: 'high',
	elevee: 'high',
	moyenne: 'medium',
	faible: 'low',
	basse: 'low'
};

export const MEMBER_ROLE_WORDS: Readonly<Record<string, MemberRole>> = {
	detective: 'detective',
	investigator: 'detective',
	enqueteur: 'detective',
	enqueteuse: 'detective',
	forensic_examiner: 'forensic_examiner',
	examinateur_judiciaire: 'forensic_examiner',
	examinatrice_judiciaire: 'forensic_examiner'
};

export const OPP_REGION_WORDS: Readonly<Record<string, OppRegion>> = {
	west: 'West',
	ouest: 'West',
	central: 'Central',
	centre: 'Central',
	east: 'East',
	est: 'East',
	north_east: 'North East',
	northeast: 'North East',
	nord_est: 'North East',
	north_west: 'North West',
	northwest: 'North West',
	nord_ouest: 'North West'
};

export const OFFICE_KIND_WORDS: Readonly<Record<string, OfficeKindWord>> = {
	police_service: 'police_service',
	police: 'police_service',
	service_de_police: 'police_service',
	service_police: 'police_service',
	crown_office: 'crown_office',
	crown: 'crown_office',
	bureau_de_la_couronne: 'crown_office',
	bureau_couronne: 'crown_office',
	couronne: 'crown_office'
};

export const BOOLEAN_WORDS: Readonly<Record<string, 'true' | 'false'>> = {
	true: 'true',
	false: 'false',
	yes: 'true',
	no: 'false',
	oui: 'true',
	non: 'false',
	vrai: 'true',
	faux: 'false',
	'1': 'true',
	'0': 'false'
};

/** What a `not_one_of` message lists for each coded cell type. */
export const ALLOWED_WORDS = {
	confidence: CONFIDENCE_LEVELS.join(', '),
	member_role: MEMBER_ROLES.join(', '),
	opp_region: OPP_REGIONS.join(', '),
	boolean: 'true, false',
	office_kind: OFFICE_KINDS.join(', ')
} as const;
