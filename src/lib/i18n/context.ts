/**
 * The dictionary reaches components through Svelte context, set once by the root layout, instead of
 * a `t` prop handed down every level (the habit of immich's web i18n store).
 *
 * The context holds getters, not values: the root layout's data changes when the reader switches
 * language, and a component that read through a getter during rendering re-renders with it
 * (Svelte 5 tracks reads of `$props()` made through functions, docs "Context": "pass a function").
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
	if (!hasContext(TEXT)) throw new Error('useText()/useLocale() need provideText() in the root layout, or textContext() in a test');
	return getContext<TextSource>(TEXT);
}

/**
 * The reader's dictionary. Call during component initialisation; every property read goes through
 * the getter, so `text.allocations.form.name` in a template or `$derived` follows a language switch.
 */
export function useText(): Messages {
	return readThrough(source().messages);
}

/** An object whose every property read goes to `current()`'s answer at the time of the read. */
export function readThrough<T extends object>(current: () => T): T {
	return new Proxy({} as T, {
		get: (_, key) => Reflect.get(current(), key),
		has: (_, key) => Reflect.has(current(), key),
		ownKeys: () => Reflect.ownKeys(current()),
		getOwnPropertyDescriptor: (_, key) => {
			const descriptor = Reflect.getOwnPropertyDescriptor(current(), key);
			// The proxy's own target is empty, so a reported property must be configurable.
			return descriptor && { ...descriptor, configurable: true };
		}
	});
}

/** The reader's language, read as `locale.current` so it too follows a switch. */
export function useLocale(): { readonly current: Locale } {
	const { locale } = source();
	return {
		get current() {
			return locale();
		}
	};
}

/** The context a component needs when rendered alone: `render(C, { props, context: textContext(en, 'en') })`. */
export function textContext(messages: Messages, locale: Locale): Map<symbol, TextSource> {
	return new Map([[TEXT, { messages: () => messages, locale: () => locale }]]);
}
