import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { LOCALE_COOKIE, negotiateLocale } from '$lib/i18n/locale';
import { closeDatabase, openDatabase } from '$lib/server/database';
import { securityHeaders } from '$lib/server/security-headers';

/**
 * Before the first request: start or reach PostgreSQL, migrate, seed an empty database.
 * A configuration problem is printed as one line and the process exits non-zero.
 */
export const init: ServerInit = async () => {
	if (building) return;
	try {
		await openDatabase({ log: (line) => console.log(`atlas: ${line}`) });
	} catch (error) {
		console.error(`atlas: ${(error as Error).message}`);
		await closeDatabase().catch(() => {});
		process.exit(1);
	}
	const shutdown = () => void closeDatabase();
	process.once('sveltekit:shutdown', shutdown);
};

export const handle: Handle = async ({ event, resolve }) => {
	const choice = event.url.searchParams.get('lang') ?? event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = negotiateLocale(choice, event.request.headers.get('accept-language'));
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale === 'fr' ? 'fr-CA' : 'en-CA')
	});
	for (const [name, value] of securityHeaders(event.url)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	return response;
};

export const handleError: HandleServerError = ({ error, status }) => {
	if (status >= 500) console.error('atlas: unexpected error', error);
	return { message: status === 404 ? 'Not found' : 'Internal error' };
};
