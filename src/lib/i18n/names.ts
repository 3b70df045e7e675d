import type { Locale } from './locale';

/**
 * A place or service name in the reader's language. Where an official French name differs
 * ("Greater Sudbury / Grand Sudbury"), both are shown, the reader's language first.
 */
export function localName(name: string, nameFr: string, locale: Locale): string {
	if (name === nameFr) return name;
	return locale === 'fr' ? `${nameFr} / ${name}` : `${name} / ${nameFr}`;
}
