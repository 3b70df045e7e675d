/**
 * The 403 page for a signed-in user whose role does not allow a page. It is answered from the
 * handle hook before any route code runs, so it cannot use the Svelte layout; it is a small
 * static document with no script at all, under a CSP stricter than the app's.
 */
import { LANGUAGE_TAGS, type Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import { escapeHtml } from '../html-text';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";


export function forbiddenPage(locale: Locale): Response {
	const t = messages(locale);
	const e = escapeHtml;
	const html = `<!doctype html>
<html lang="${LANGUAGE_TAGS[locale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.auth.forbidden.title)} – ${e(t.app.title)}</title>
<style>body{font-family:system-ui,sans-serif;color:#1a1a1a;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}a,button{color:#0066cc;font:inherit}button{background:none;border:0;padding:0;text-decoration:underline;cursor:pointer}</style>
</head>
<body>
<main>
<h1>${e(t.auth.forbidden.title)}</h1>
<p>${e(t.auth.forbidden.body)}</p>
<p><a href="/">${e(t.auth.forbidden.home)}</a></p>
<form method="post" action="/logout"><button type="submit">${e(t.auth.forbidden.switchAccount)}</button></form>
</main>
</body>
</html>`;
	return new Response(html, {
		status: 403,
		headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP }
	});
}
