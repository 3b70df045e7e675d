import { en } from './en';
import { fr } from './fr';
import type { Locale } from './locale';
import type { SectionName } from './sections';

/** The shape every language must fill: same keys as English, strings as values. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof en>;

const dictionaries: Record<Locale, Messages> = { en, fr };

export function messages(locale: Locale): Messages {
	return dictionaries[locale];
}

/**
 * The sections a page's components read, for its load to return as `text` (the root layout sends
 * the ones every page shows). The context merges them; reading a section no load sent throws
 * (context.ts), so a page that forgets one fails its tests instead of printing "undefined".
 */
export function pageText<Section extends SectionName>(locale: Locale, sections: readonly Section[]): Pick<Messages, Section> {
	const dictionary = dictionaries[locale];
	return Object.fromEntries(sections.map((section) => [section, dictionary[section]])) as Pick<Messages, Section>;
}

export { interpolate } from './text';
