/**
 * The atlas ships in English and French at the same time and of the same quality (French Language
 * Services Act; Communications in French Directive). These are the only two locales. Declared here
 * because pure code (CSV headers, number parsing) takes a locale; i18n/ builds on it.
 */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's BCP 47 tag as Canada writes it: `<html lang>`, Intl formatters, plural rules and collation. */
export const LANGUAGE_TAGS: Readonly<Record<Locale, string>> = { en: 'en-CA', fr: 'fr-CA' };

export function isLocale(value: unknown): value is Locale {
	return value === 'en' || value === 'fr';
}
