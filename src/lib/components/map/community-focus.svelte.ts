/**
 * Which community the reader is on. `active` is the map's single tab stop (roving tabindex: the
 * community Tab lands on and the arrow keys move from); `pointed` and `focused` are what the
 * pointer and keyboard focus are on. The tooltip shows the pointed community first, else the focused one.
 */
export class CommunityFocus {
	active = $state<string | null>(null);
	pointed = $state<string | null>(null);
	focused = $state<string | null>(null);
	/** Escape hides the tooltip until the pointer or focus moves. */
	tooltipDismissed = $state(false);
	/**
	 * A getter, not `$derived`: when the map goes away while a community link has focus (Enter on a
	 * community opens its page), the browser sends a last focusout after the map's effects are
	 * destroyed, and reading a derived owned by a destroyed effect logs Svelte's `derived_inert`
	 * warning (https://svelte.dev/e/derived_inert). Reading the two states directly stays reactive.
	 */
	get current(): string | null {
		return this.pointed ?? this.focused;
	}
	readonly #onchange: (csduid: string | null) => void;

	/** `onchange` hears each change of `current`, e.g. to highlight the community's table row. */
	constructor(active: string | null, onchange: (csduid: string | null) => void) {
		this.active = active;
		this.#onchange = onchange;
	}

	point(csduid: string | null): void {
		this.#track(() => (this.pointed = csduid));
	}

	focusIn(csduid: string | null): void {
		if (csduid) this.active = csduid;
		this.#track(() => (this.focused = csduid));
	}

	/**
	 * Focus left a community for `next` (null: something that is not a community). Moving from one
	 * community to the next is left to the focusin that follows, so listeners never hear a passing null.
	 */
	focusOut(next: string | null): void {
		if (!next) this.#track(() => (this.focused = null));
	}

	#track(change: () => void): void {
		const before = this.current;
		change();
		this.tooltipDismissed = false;
		if (this.current !== before) this.#onchange(this.current);
	}
}
