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

/** Fills `{name}` placeholders: interpolate('{count} communities', { count: '577' }). */
export function interpolate(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** Picks the singular or plural template by the count's plural category in the locale. */
export function plural(locale: Locale, count: number, forms: { one: string; other: string }): string {
	let rules = pluralRules.get(locale);
	if (!rules) {
		rules = new Intl.PluralRules(locale === 'fr' ? 'fr-CA' : 'en-CA');
		pluralRules.set(locale, rules);
	}
	return rules.select(count) === 'one' ? forms.one : forms.other;
}
