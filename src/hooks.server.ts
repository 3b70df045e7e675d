import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building, dev } from '$app/environment';
import { isLocale, LOCALE_COOKIE, negotiateLocale } from '$lib/i18n/locale';
import {
	beginShutdown,
	closeDatabase,
	databaseStatus,
	getDb,
	isConnectionError,
	openDatabase,
	reportDatabaseFailure
} from '$lib/server/database';
import { databaseUnavailable } from '$lib/server/db/unavailable';
import { securityHeaders } from '$lib/server/security-headers';
import { compress } from '$lib/server/compression';
import { revalidatedPage } from '$lib/server/api/conditional';
import { serveMapAsset } from '$lib/server/map-asset';
import { authorizeAndResolve, type AuthDependencies } from '$lib/server/auth/handle';
import { guardRequest } from '$lib/server/request-guard';
import { recordCookies, thrownAnswer } from '$lib/server/thrown-answer';

/**
 * Before the first request: start or reach PostgreSQL, migrate, seed an empty database, and watch
 * it (database.ts). A configuration problem is printed as one line and the process exits non-zero.
 */
export const init: ServerInit = async () => {
	if (building) return;
	try {
		await openDatabase({ log: (line) => console.log(`atlas: ${line}`), warn: (line) => console.error(`atlas: ${line}`), supervise: true });
	} catch (error) {
		console.error(`atlas: ${(error as Error).message}`);
		await closeDatabase().catch(() => {});
		process.exit(1);
	}
	let stopping = false;
	const stop = () => {
		stopping = true;
		beginShutdown();
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	process.once('exit', () => stopping && console.log('atlas: stopped'));
	process.once('sveltekit:shutdown', () => void closeDatabase());
};

const auth: AuthDependencies = {
	db: getDb,
	publicView: process.env.ATLAS_PUBLIC_VIEW === 'true',
	production: !dev
};

/**
 * Every request: locale, the request guard (origin, text hygiene, body limits), then who is asking
 * and whether the policy (src/lib/server/policy.ts) allows it. Security headers go on every
 * answer, including redirects and errors thrown here.
 */
export const handle: Handle = async ({ event, resolve }) => {
	// The map's outlines: public, immutable geometry served like the files under /_app (map-asset.ts).
	const asset = await serveMapAsset(event.request, event.url.pathname);
	if (asset) {
		for (const [name, value] of securityHeaders(event.url)) asset.headers.set(name, value);
		return asset;
	}
	const setCookies = recordCookies(event.cookies);
	const requested = event.url.searchParams.get('lang');
	// An explicit choice (the language toggle) is remembered for later visits.
	if (isLocale(requested)) {
		const options = { path: '/', maxAge: 31_536_000, httpOnly: true, sameSite: 'lax', secure: event.url.protocol === 'https:' } as const;
		event.cookies.set(LOCALE_COOKIE, requested, options);
	}
	const choice = requested ?? event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = negotiateLocale(choice, event.request.headers.get('accept-language'));
	const render = () =>
		resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale === 'fr' ? 'fr-CA' : 'en-CA')
		});
	// Once the viewer is known: the map page answers 304 when the browser holds it (conditional.ts).
	const renderPage = () => revalidatedPage(event, render, setCookies);
	let response: Response | null;
	try {
		response =
			(await guardRequest(event)) ??
			(databaseStatus().up ? await authorizeAndResolve(event, renderPage, auth).catch(databaseLost) : null);
	} catch (caught) {
		const answer = thrownAnswer(event, caught, setCookies(), event.locals.locale);
		if (!answer) throw caught;
		response = answer;
	}
	// While the database is away (or went away during this request), answer 503 at once instead of
	// queueing on a pool that cannot connect; /api/health, public, says why.
	if (response === null || (response.status === 500 && !databaseStatus().up)) {
		response = event.url.pathname === '/api/health' ? await render() : databaseUnavailable(event.url, event.locals.locale);
	}
	for (const [name, value] of securityHeaders(event.url)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	return compress(event.request, response);
};

/** Sign-in checks run before any route: a lost connection there is an outage, not a crash. */
function databaseLost(error: unknown): null {
	if (!isConnectionError(error)) throw error;
	reportDatabaseFailure(error);
	return null;
}

export const handleError: HandleServerError = ({ error, status }) => {
	// A lost database is reported once by database.ts, not as one stack trace per request.
	if (isConnectionError(error)) reportDatabaseFailure(error);
	else if (status >= 500) console.error('atlas: unexpected error', error);
	return { message: status === 404 ? 'Not found' : 'Internal error' };
};
