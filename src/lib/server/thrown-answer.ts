/**
 * Answers for a redirect or an HTTP error thrown inside the handle hook (sign-in redirects, 403s
 * for form actions, refusals of the request guard). SvelteKit builds those responses itself,
 * outside the hook, so they would miss the security headers; built here, they get them like
 * every other answer. The shapes are SvelteKit's own: a 303 with Location, or for its client
 * (data and form-action requests) `{ type: 'redirect', location }` JSON; an error as JSON
 * `{ message }` to whoever asks for JSON, else a small page without script.
 */
import { isHttpError, isRedirect, json, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { LANGUAGE_TAGS, type Locale } from '../i18n/locale';
import { messages } from '../i18n/messages';
import { interpolate } from '../i18n/text';
import { escapeHtml } from './html-text';

type Event = Pick<RequestEvent, 'request' | 'isDataRequest' | 'route'>;

const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * Records the cookies set or deleted while the hook runs: SvelteKit adds them to responses it
 * builds, not to one the hook returns, so a thrown answer sends them itself.
 */
export function recordCookies(cookies: Cookies): () => string[] {
	const headers: string[] = [];
	const set = cookies.set.bind(cookies);
	const remove = cookies.delete.bind(cookies);
	cookies.set = (name, value, options) => {
		headers.push(cookies.serialize(name, value, options));
		set(name, value, options);
	};
	cookies.delete = (name, options) => {
		headers.push(cookies.serialize(name, '', { ...options, maxAge: 0 }));
		remove(name, options);
	};
	return () => headers;
}

function wantsJson(event: Event): boolean {
	if (event.isDataRequest) return true;
	const accept = event.request.headers.get('accept') ?? '';
	return /application\/json/i.test(accept) && !/text\/html/i.test(accept);
}


function errorPage(status: number, message: string, locale: Locale): Response {
	const t = messages(locale).auth;
	const html = `<!doctype html>
<html lang="${LANGUAGE_TAGS[locale]}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.refused.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}a{color:#0066cc}</style></head>
<body><main><h1>${escapeHtml(t.refused.title)}</h1><p>${escapeHtml(interpolate(t.refused.status, { status }))}</p><p>${escapeHtml(message)}</p>
<p><a href="/">${escapeHtml(t.forbidden.home)}</a></p></main></body>
</html>`;
	return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PAGE_CSP } });
}

/** The response for a thrown redirect or HTTP error, with the cookies set so far; null for anything else. */
export function thrownAnswer(event: Event, caught: unknown, cookies: readonly string[], locale: Locale): Response | null {
	let response: Response;
	if (isRedirect(caught)) {
		const isPage = event.route.id !== null;
		if (event.isDataRequest) response = json({ type: 'redirect', location: caught.location });
		else if (isPage && event.request.method === 'POST' && wantsJson(event)) {
			response = json({ type: 'redirect', status: caught.status, location: caught.location });
		} else response = new Response(null, { status: caught.status, headers: { location: caught.location } });
	} else if (isHttpError(caught)) {
		response = wantsJson(event) ? json(caught.body, { status: caught.status }) : errorPage(caught.status, caught.body.message, locale);
	} else {
		return null;
	}
	for (const cookie of cookies) response.headers.append('set-cookie', cookie);
	return response;
}
