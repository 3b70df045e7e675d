/**
 * The dictionary reaches components through Svelte context, set once by the root layout, instead of
 * a `t` prop handed down every level (the habit of immich's web i18n store).
 *
 * A component reads its language and words once, as it is created: `const { locale, t } =
 * useI18n('allocations')`. The language changes only by loading the document again (the header's
 * switch link reloads), so what a component read at creation stays right for its whole life.
 *
 * A page carries only the sections it uses: the root layout's (sections.ts, LAYOUT_SECTIONS) and
 * those its own load returns as `text` (messages.ts, pageText). Reading a section neither sent
 * throws, naming it, so a forgotten section fails the page's tests rather than printing "undefined".
 *
 * This module imports no dictionary: each language stays its own chunk.
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { Locale } from './locale';
import type { Messages } from './messages';
import { isSectionName } from './sections';

/** Some sections of the dictionary, as a load sends them. */
export type TextSections = Partial<Messages>;

interface TextSource {
	messages: () => Messages;
	locale: () => Locale;
}

const TEXT = Symbol('atlas-text');

/** A dictionary over `loaded` that throws on a section it does not carry. */
function guarded(loaded: TextSections): Messages {
	return new Proxy(loaded, {
		get(target, key, receiver) {
			if (typeof key === 'string' && isSectionName(key) && !Object.hasOwn(target, key)) {
				throw new Error(`The dictionary section "${key}" is not loaded on this page: add it to the page's load, text: pageText(locale, [..., '${key}'])`);
			}
			return Reflect.get(target, key, receiver);
		}
	}) as Messages;
}

/**
 * Called once, in the root layout, with a getter over the sections its data and the page's data carry.
 * Sections gather over the document's life (its language never changes: the switch reloads): while a
 * client-side navigation swaps the page, the leaving page's components may still create a child (a
 * tooltip on focus out) after the page data already holds the next page's sections. A page's own first
 * render (every server render) still sees only what its loads sent.
 */
export function provideText(sections: () => readonly (TextSections | null | undefined)[], locale: () => Locale): void {
	const loaded: TextSections = {};
	const text = guarded(loaded);
	const messages = () => {
		Object.assign(loaded, ...sections());
		return text;
	};
	setContext(TEXT, { messages, locale } satisfies TextSource);
}

function source(): TextSource {
	// A component rendered outside the root layout (a unit test without textContext) fails loudly
	// here rather than printing "undefined" where a label belongs.
	if (!hasContext(TEXT)) throw new Error('useI18n() needs provideText() in the root layout, or textContext() in a test');
	return getContext<TextSource>(TEXT);
}

/** The reader's language and dictionary; with a section name, that section as `t` too. */
export function useI18n(): { locale: Locale; text: Messages };
export function useI18n<Section extends keyof Messages>(section: Section): { locale: Locale; text: Messages; t: Messages[Section] };
export function useI18n(section?: keyof Messages): { locale: Locale; text: Messages; t?: Messages[keyof Messages] } {
	const { messages, locale } = source();
	const text = messages();
	return { locale: locale(), text, t: section === undefined ? undefined : text[section] };
}

/**
 * The context a component needs when rendered alone: `render(C, { props, context: textContext(en, 'en') })`.
 * Given only some sections, reading any other throws, as on a page that did not load it.
 */
export function textContext(messages: TextSections, locale: Locale): Map<symbol, TextSource> {
	const text = guarded({ ...messages });
	return new Map([[TEXT, { messages: () => text, locale: () => locale }]]);
}
