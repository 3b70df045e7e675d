/**
 * Conditional GETs for answers that depend only on the stored data, the URL, the language and the
 * viewer's clearance (API answers, CSV exports). The entity tag is known before any work: the data
 * version (one primary-key read, data-version.ts), the build, the URL, the language and what the
 * viewer is cleared for. A client sending that tag back in If-None-Match gets 304 and nothing is
 * computed; otherwise the answer is built as before and carries the tag.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { version as build } from '$app/environment';
import { getDb } from '../database';
import { currentDataVersion } from '../cache';
import { viewerClearanceKey } from '../viewer';
import * as projectPRequests from '../project-p/requests';
import { requestScope } from '../../domain/project-p/permissions';
import { ontarioDate } from '../../domain/data-age';
import { etagOf, matchesIfNoneMatch, notModified } from './respond';

export async function answerEtag(event: Pick<RequestEvent, 'url' | 'locals'>): Promise<string> {
	const db = await getDb();
	const [{ version, database }, clearance] = await Promise.all([currentDataVersion(db), viewerClearanceKey(event.locals)]);
	return etagOf([build, database, version, event.url.pathname, event.url.search, event.locals.locale, clearance]);
}

/** Wraps a GET handler: 304 when the client holds the current answer, else the answer with its ETag. */
export function conditional<E extends RequestEvent>(handler: (event: E) => Promise<Response>): (event: E) => Promise<Response> {
	return async (event) => {
		const etag = await answerEtag(event);
		if (matchesIfNoneMatch(event.request, etag)) return notModified(etag);
		const response = await handler(event);
		if (response.status === 200 && !response.headers.has('etag')) response.headers.set('etag', etag);
		return response;
	};
}

/** Signed-in pages that may be revalidated instead of sent again (see revalidatedPage). */
const REVALIDATED_PAGES = new Set(['/(atlas)']);
const PAGE_CACHING = { 'cache-control': 'private, no-cache', vary: 'Cookie, Accept-Language' } as const;

/**
 * The atlas map for a signed-in viewer: `Cache-Control: private, no-cache` with an entity tag
 * instead of `no-store`, so a repeat visit costs a 304 rather than the whole page. `private` keeps it
 * out of every shared cache and `no-cache` makes the browser ask before each use, so a signed-out or
 * changed session is refused at once; sign-out clears the browser's copy (Clear-Site-Data).
 *
 * The tag covers everything the page is made of: the build, the data version, the URL, the language,
 * the viewer (account, name, role, session) and what they are cleared for, the open Project P
 * requests they may see (not versioned data) and today's date (the stale-data notice). A 304 carries
 * no Content-Security-Policy, so the stored page keeps the policy whose nonce its scripts carry.
 */
export async function revalidatedPage(event: RequestEvent, render: () => Response | Promise<Response>): Promise<Response> {
	const user = event.locals.user;
	if (!user || event.request.method !== 'GET' || event.isDataRequest || !REVALIDATED_PAGES.has(event.route.id ?? '')) return await render();
	const db = await getDb();
	const [{ version, database }, clearance, requests] = await Promise.all([
		currentDataVersion(db),
		viewerClearanceKey(event.locals),
		projectPRequests.openCsduids(db, requestScope(user))
	]);
	const credential = user.credential.kind === 'session' ? `session:${user.credential.session_hash}` : `token:${user.credential.token_id}`;
	const etag = etagOf([
		build,
		database,
		version,
		event.url.pathname,
		event.url.search,
		event.locals.locale,
		user.id,
		user.username,
		user.display_name,
		user.role,
		credential,
		clearance,
		requests.join(','),
		ontarioDate(new Date())
	]);
	if (matchesIfNoneMatch(event.request, etag)) {
		const answer = notModified(etag);
		for (const [name, value] of Object.entries(PAGE_CACHING)) answer.headers.set(name, value);
		return answer;
	}
	const response = await render();
	if (response.status !== 200) return response;
	response.headers.set('etag', etag);
	for (const [name, value] of Object.entries(PAGE_CACHING)) response.headers.set(name, value);
	return response;
}
