/**
 * The map page drawn once for everyone who would see the same page, then made theirs per request.
 *
 * The map page is about half a megabyte of HTML; drawing it costs tens of milliseconds, and every
 * planner, chief or coordinator who opens it sees the same page as the others of their kind except
 * for their own name in the header and the page data. So it is drawn once per class of viewers
 * (conditional.ts decides what a class is: role, service, clearance, the Project P requests they may
 * see, language, URL, date, all at one data version) with placeholders where the viewer's name and
 * account name go, and each request fills them in and gets fresh script nonces.
 *
 * Nothing a viewer may not see is shared: a class holds only viewers whom disclosure control,
 * the policy and the request scope treat alike, and the placeholders never hold a real person's
 * name, so a page drawn for one viewer can never show another's.
 */
import { randomBytes } from 'node:crypto';
import { escapeHtml } from './html-text';

/** Letters and digits only, so HTML escaping and the page-data serializer leave them as they are. */
const NAME_SLOT = 'atlasviewername0e7c4b19d2f6';
const USERNAME_SLOT = 'atlasvieweraccount5a8f3c61b0';

/** Where a page needs something of the request: the viewer's words (as HTML or inside a script) or the nonce. */
type Slot = 'name-html' | 'name-script' | 'username-html' | 'username-script' | 'nonce';

export interface SharedPage {
	/**
	 * The page cut at its slots: parts[0], slot 0, parts[1], slot 1, … parts[n]; encoded once as UTF-8,
	 * so a request copies bytes instead of joining and encoding half a megabyte of text.
	 */
	readonly parts: readonly Uint8Array[];
	readonly slots: readonly Slot[];
	/** Response headers other than cookies, validators and caching (the caller sets those). */
	readonly headers: readonly (readonly [string, string])[];
}

export interface Viewer {
	username: string;
	display_name: string;
}

/** The stand-in viewer a shared page is drawn for. */
export function placeholderViewer(): Viewer {
	return { username: USERNAME_SLOT, display_name: NAME_SLOT };
}

/** Headers a shared page must not pass from the viewer it was drawn for to another. */
const PER_RESPONSE_HEADERS = new Set(['set-cookie', 'etag', 'cache-control', 'content-length', 'vary', 'date']);

const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;

/** Cuts a page drawn for the placeholder viewer at its slots. */
export function toSharedPage(html: string, headers: Headers): SharedPage {
	const nonce = NONCE.exec(headers.get('content-security-policy') ?? '')?.[1] ?? null;
	const found: { at: number; length: number; slot: Slot }[] = [];
	const find = (needle: string, html_slot: Slot, script_slot: Slot) => {
		for (let at = html.indexOf(needle); at !== -1; at = html.indexOf(needle, at + needle.length)) {
			found.push({ at, length: needle.length, slot: inScript(html, at) ? script_slot : html_slot });
		}
	};
	find(NAME_SLOT, 'name-html', 'name-script');
	find(USERNAME_SLOT, 'username-html', 'username-script');
	if (nonce) find(nonce, 'nonce', 'nonce');
	found.sort((a, b) => a.at - b.at);
	const parts: Uint8Array[] = [];
	let from = 0;
	for (const { at, length } of found) {
		parts.push(Buffer.from(html.slice(from, at)));
		from = at + length;
	}
	parts.push(Buffer.from(html.slice(from)));
	const kept: [string, string][] = [];
	headers.forEach((value, name) => {
		if (PER_RESPONSE_HEADERS.has(name.toLowerCase())) return;
		kept.push([name, nonce ? value.replaceAll(nonce, '\u0000nonce\u0000') : value]);
	});
	return { parts, slots: found.map((entry) => entry.slot), headers: kept };
}

function inScript(html: string, at: number): boolean {
	return html.lastIndexOf('<script', at) > html.lastIndexOf('</script', at);
}



/** The inside of a JavaScript string literal, safe inside a `<script>` element (no `</script>`, no line separators). */
function escapeScriptString(text: string): string {
	return JSON.stringify(text)
		.slice(1, -1)
		.replace(/</g, '\\u003C')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** A fresh script nonce (128 random bits, as SvelteKit makes them). */
export function freshNonce(): string {
	return randomBytes(16).toString('base64');
}

/** The page for one viewer: their name and account name in place, a nonce of its own. */
export function personalise(page: SharedPage, viewer: Viewer, nonce = freshNonce()): { body: Uint8Array<ArrayBuffer>; headers: Headers } {
	const fill: Record<Slot, Uint8Array> = {
		'name-html': Buffer.from(escapeHtml(viewer.display_name)),
		'name-script': Buffer.from(escapeScriptString(viewer.display_name)),
		'username-html': Buffer.from(escapeHtml(viewer.username)),
		'username-script': Buffer.from(escapeScriptString(viewer.username)),
		nonce: Buffer.from(nonce)
	};
	// parts has one more entry than slots: each slot is followed by the part after it.
	const pieces = page.slots.flatMap((slot, index) => [fill[slot], page.parts[index + 1] ?? new Uint8Array()]);
	const body = Buffer.concat([page.parts[0] ?? new Uint8Array(), ...pieces]);
	const headers = new Headers();
	for (const [name, value] of page.headers) headers.append(name, value.replaceAll('\u0000nonce\u0000', nonce));
	return { body, headers };
}
