import type { Locale } from './locale';

/**
 * A place name in the reader's language. Where an official French name differs, both are shown,
 * the reader's language first ("Kenora, Unorganized / Kenora, non organisé"). Statistics Canada
 * already writes some names bilingually ("Greater Sudbury / Grand Sudbury"): those stay as they are.
 */
export function localName(name: string, nameFr: string, locale: Locale): string {
	if (name === nameFr || name.includes(nameFr)) return name;
	if (nameFr.includes(name)) return nameFr;
	return locale === 'fr' ? `${nameFr} / ${name}` : `${name} / ${nameFr}`;
}

/**
 * A police service's name in the reader's language only: most French service names are working
 * translations (data/README.md), so they are not paired like official place names.
 */
export function serviceName(name: string, nameFr: string, locale: Locale): string {
	return locale === 'fr' ? nameFr : name;
}
