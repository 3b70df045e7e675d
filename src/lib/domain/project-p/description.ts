/**
 * Free text in a request (its description, a decline reason) must say what help is needed, never who
 * the victims are (domain.md §9: no victim-level data). Names cannot be told from other words, so the
 * form reminds the writer; what CAN be recognised is refused with a message saying what to remove:
 * email addresses, telephone numbers (North American numbering plan), dates of birth or any full
 * date, identity numbers (SIN: 9 digits; Ontario health card: 10) and street addresses.
 */
import { DESCRIPTION_MAX_LENGTH, fieldError, type FieldError } from './vocabulary';

export type IdentifierKind = 'email' | 'phone' | 'date' | 'identity_number' | 'street_address';

const MONTHS =
	'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
	'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre';

/** In order of the message shown first. Patterns are deliberately broad: a false alarm costs a rewording. */
const PATTERNS: readonly (readonly [IdentifierKind, RegExp])[] = [
	['email', /[^\s@]+@[^\s@]+\.[a-z]{2,}/i],
	['date', /\b(?:dob|d\.o\.b\.?|date of birth|born on|date de naissance|n[ée]e? le)\b/i],
	['date', /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/],
	['date', /\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/],
	['date', new RegExp(`\\b\\d{1,2}(?:er)?\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}\\b`, 'i')],
	['date', new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'i')],
	['phone', /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b/],
	['identity_number', /\b\d(?:[\s-]?\d){8,}\b/],
	[
		'street_address',
		/\b\d{1,5}\s+(?:[a-zà-ÿ'-]+\s+){1,3}(?:street|st|avenue|ave|road|rd|drive|dr|crescent|cres|boulevard|blvd|lane|ln|court|crt|way|trail)\b\.?|\b\d{1,5},?\s+(?:rue|chemin|avenue|boulevard|route)\s+[a-zà-ÿ]/i
	]
];

const WHAT: { readonly [K in IdentifierKind]: { en: string; fr: string } } = {
	email: { en: 'an email address', fr: 'une adresse courriel' },
	phone: { en: 'a telephone number', fr: 'un numéro de téléphone' },
	date: { en: 'a date of birth or a full date', fr: 'une date de naissance ou une date complète' },
	identity_number: { en: 'an identity number (such as a SIN or health card number)', fr: 'un numéro d’identité (NAS, carte Santé, etc.)' },
	street_address: { en: 'a street address', fr: 'une adresse municipale' }
};

/**
 * The kinds of identifier found in `text`, each once, in the order of PATTERNS. What one pattern matched
 * is blanked before the next looks, so a telephone number is not also reported as an identity number.
 */
export function identifiersIn(text: string): IdentifierKind[] {
	const found: IdentifierKind[] = [];
	let rest = text;
	for (const [kind, pattern] of PATTERNS) {
		if (!pattern.test(rest)) continue;
		if (!found.includes(kind)) found.push(kind);
		rest = rest.replace(new RegExp(pattern.source, `${pattern.flags}g`), ' ');
	}
	return found;
}

/** Problems with a piece of free text: missing, too long, or carrying identifiers. Empty when fine. */
export function checkFreeText(field: string, value: unknown, maxLength = DESCRIPTION_MAX_LENGTH): FieldError[] {
	if (typeof value !== 'string' || value.trim() === '') {
		return [fieldError(field, 'a short text is required.', 'un court texte est obligatoire.')];
	}
	const text = value.trim();
	if (text.length > maxLength) {
		return [
			fieldError(
				field,
				`at most ${maxLength} characters (this one has ${text.length}). Say what help is needed, not the case details.`,
				`au plus ${maxLength} caractères (celui-ci en compte ${text.length}). Indiquez l’aide requise, pas les détails du dossier.`
			)
		];
	}
	return identifiersIn(text).map((kind) =>
		fieldError(
			field,
			`remove ${WHAT[kind].en}: a request must not identify a victim or anyone else.`,
			`retirez ${WHAT[kind].fr} : une demande ne doit identifier ni une victime ni personne d’autre.`
		)
	);
}
