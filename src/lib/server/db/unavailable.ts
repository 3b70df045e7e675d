/**
 * The answer to every request while the database is down: 503 with Retry-After, JSON for the API
 * (the usual error shape), a short page in the reader's language for everything else. No reason
 * is shown to the public; /api/health gives it to operators.
 */
import { messages } from '$lib/i18n/messages';
import { LANGUAGE_TAGS, type Locale } from '$lib/i18n/locale';

const RETRY_AFTER_S = '5';

export function databaseUnavailable(url: URL, locale: Locale): Response {
	const text = messages(locale).app.databaseUnavailable;
	const headers = { 'Retry-After': RETRY_AFTER_S, 'Cache-Control': 'no-store' };
	if (url.pathname.startsWith('/api/')) {
		const body = { error: { status: 503, code: 'database_unavailable', message: text } };
		return new Response(JSON.stringify(body), { status: 503, headers: { ...headers, 'Content-Type': 'application/json' } });
	}
	const lang = LANGUAGE_TAGS[locale];
	const title = messages(locale).app.title;
	const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;
	return new Response(html, { status: 503, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
}
