import { isLocale, LANGUAGE_TAGS, type Locale } from '../domain/locale';

export { isLocale, LANGUAGE_TAGS, type Locale };
export const DEFAULT_LOCALE: Locale = 'en';
/** Cookie that remembers the reader's language between visits. */
export const LOCALE_COOKIE = 'atlas_lang';

/** Picks the locale from an explicit choice, then the Accept-Language header, then English. */
export function negotiateLocale(choice: string | null | undefined, acceptLanguage: string | null): Locale {
	if (isLocale(choice)) return choice;
	const first = acceptLanguage?.split(',')[0]?.trim().slice(0, 2).toLowerCase();
	return isLocale(first) ? first : DEFAULT_LOCALE;
}
