/**
 * The atlas ships in English and French at the same time and of the same quality (French Language
 * Services Act; Communications in French Directive). These are the only two locales.
 */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/** Cookie that remembers the reader's language between visits. */
export const LOCALE_COOKIE = 'atlas_lang';

export function isLocale(value: unknown): value is Locale {
	return value === 'en' || value === 'fr';
}

/** Picks the locale from an explicit choice, then the Accept-Language header, then English. */
export function negotiateLocale(choice: string | null | undefined, acceptLanguage: string | null): Locale {
	if (isLocale(choice)) return choice;
	const first = acceptLanguage?.split(',')[0]?.trim().slice(0, 2).toLowerCase();
	return isLocale(first) ? first : DEFAULT_LOCALE;
}
