/**
 * The dictionary reaches components through Svelte context, set once by the root layout, instead of
 * a `t` prop handed down every level (the habit of immich's web i18n store).
 *
 * A component reads its language and words once, as it is created: `const { locale, t } =
 * useI18n('allocations')`. The language changes only by loading the document again (the header's
 * switch link reloads), so what a component read at creation stays right for its whole life.
 *
 * This module imports no dictionary: each language stays its own chunk (load-messages.ts).
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { Locale } from './locale';
import type { Messages } from './messages';

interface TextSource {
	messages: () => Messages;
	locale: () => Locale;
}

const TEXT = Symbol('atlas-text');

/** Called once, in the root layout, with getters over its data. */
export function provideText(messages: () => Messages, locale: () => Locale): void {
	setContext(TEXT, { messages, locale } satisfies TextSource);
}

function source(): TextSource {
	// A component rendered outside the root layout (a unit test without textContext) fails loudly
	// here rather than printing "undefined" where a label belongs.
	if (!hasContext(TEXT)) throw new Error('useI18n() needs provideText() in the root layout, or textContext() in a test');
	return getContext<TextSource>(TEXT);
}

/** The reader's language and whole dictionary; with a section name, that section as `t` too. */
export function useI18n(): { locale: Locale; text: Messages };
export function useI18n<Section extends keyof Messages>(section: Section): { locale: Locale; text: Messages; t: Messages[Section] };
export function useI18n(section?: keyof Messages): { locale: Locale; text: Messages; t?: Messages[keyof Messages] } {
	const { messages, locale } = source();
	const text = messages();
	return { locale: locale(), text, t: section === undefined ? undefined : text[section] };
}

/** The context a component needs when rendered alone: `render(C, { props, context: textContext(en, 'en') })`. */
export function textContext(messages: Messages, locale: Locale): Map<symbol, TextSource> {
	return new Map([[TEXT, { messages: () => messages, locale: () => locale }]]);
}
