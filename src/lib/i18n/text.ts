/**
 * Filling message templates. Kept apart from messages.ts, which imports both dictionaries: the
 * browser needs these helpers but gets its strings from page data, so importing them must not
 * pull every English and French string into the first-load JavaScript.
 */
import { LANGUAGE_TAGS, type Locale } from './locale';

/** Fills `{name}` placeholders: interpolate('{count} communities', { count: '577' }). */
export function interpolate(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** Picks the singular or plural template by the count's plural category in the locale. */
export function plural(locale: Locale, count: number, forms: { one: string; other: string }): string {
	let rules = pluralRules.get(locale);
	if (!rules) {
		rules = new Intl.PluralRules(LANGUAGE_TAGS[locale]);
		pluralRules.set(locale, rules);
	}
	return rules.select(count) === 'one' ? forms.one : forms.other;
}
