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

/** The sections as one dictionary that throws on a section none of them carries. */
function guarded(parts: readonly (TextSections | null | undefined)[]): Messages {
	const loaded: TextSections = Object.assign({}, ...parts);
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
 * The merged dictionary is rebuilt only when the page's sections change (a navigation).
 */
export function provideText(sections: () => readonly (TextSections | null | undefined)[], locale: () => Locale): void {
	let last: { parts: readonly (TextSections | null | undefined)[]; text: Messages } | null = null;
	const messages = () => {
		const parts = sections();
		if (!last || parts.length !== last.parts.length || parts.some((part, i) => part !== last?.parts[i])) last = { parts, text: guarded(parts) };
		return last.text;
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
	const text = guarded([messages]);
	return new Map([[TEXT, { messages: () => text, locale: () => locale }]]);
}
