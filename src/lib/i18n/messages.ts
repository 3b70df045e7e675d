import { en } from './en';
import { fr } from './fr';
import type { Locale } from './locale';

/** The shape every language must fill: same keys as English, strings as values. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof en>;

const dictionaries: Record<Locale, Messages> = { en, fr };

export function messages(locale: Locale): Messages {
	return dictionaries[locale];
}

export { interpolate } from './text';
