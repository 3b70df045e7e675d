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
import { createDataCache, currentDataVersion } from '../cache';
import { viewerClearanceKey } from '../viewer';
import * as projectPRequests from '../project-p/requests';
import { requestScope } from '../../domain/project-p/permissions';
import { ontarioDate } from '../../domain/data-age';
import { etagOf, matchesIfNoneMatch, notModified } from './respond';
import { personalise, placeholderViewer, toSharedPage, type SharedPage } from '../shared-page';

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
 *
 * A page that must be sent is drawn once for the viewer's class and data version and filled in with
 * the viewer's name and a fresh nonce (shared-page.ts), so the tenth planner to open the map does not
 * wait for it to be drawn a tenth time. `cookiesSet` lists the cookies this request set (the hook's
 * record), which a page not drawn for this request must still carry.
 */
export async function revalidatedPage(
	event: RequestEvent,
	render: () => Response | Promise<Response>,
	cookiesSet: () => readonly string[] = () => []
): Promise<Response> {
	const user = event.locals.user;
	if (!user || event.request.method !== 'GET' || event.isDataRequest || !REVALIDATED_PAGES.has(event.route.id ?? '')) return await render();
	const db = await getDb();
	const [{ version, database }, clearance, requests] = await Promise.all([
		currentDataVersion(db),
		viewerClearanceKey(event.locals),
		projectPRequests.openCsduids(db, requestScope(user))
	]);
	const today = ontarioDate(new Date());
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
		today
	]);
	if (matchesIfNoneMatch(event.request, etag)) {
		const answer = notModified(etag);
		for (const [name, value] of Object.entries(PAGE_CACHING)) answer.headers.set(name, value);
		return answer;
	}
	// Viewers who would see the same page: the same role, service and region (navigation, request
	// scope), clearance (disclosure control) and open requests, in the same language, URL and day.
	const viewerClass = [build, event.url.pathname, event.url.search, event.locals.locale, user.role, user.police_service_id ?? '', user.opp_region ?? '', clearance, requests.join(','), today];
	const shared = await sharedPages.get(db, viewerClass.join('\u0000'), () => drawShared(event, render));
	const response = shared ? sharedAnswer(shared, user, cookiesSet()) : await render();
	if (response.status !== 200) return response;
	response.headers.set('etag', etag);
	for (const [name, value] of Object.entries(PAGE_CACHING)) response.headers.set(name, value);
	return response;
}

/** Pages drawn once per class of viewers and data version (shared-page.ts); a few classes at once. */
const sharedPages = createDataCache(16);

/**
 * Draws the page for a stand-in viewer of the requester's class. A page that is not a plain 200 (a
 * refused period, an error) is not shared: null, and each request draws its own.
 */
async function drawShared(event: RequestEvent, render: () => Response | Promise<Response>): Promise<SharedPage | null> {
	const viewer = event.locals.user;
	if (!viewer) return null;
	// No account of anyone's: a part of the page that read the account id would show nobody's data.
	event.locals.user = { ...viewer, id: 0, ...placeholderViewer() };
	let response: Response;
	try {
		response = await render();
	} finally {
		event.locals.user = viewer;
	}
	if (response.status !== 200 || !(response.headers.get('content-type') ?? '').startsWith('text/html')) {
		await response.body?.cancel();
		return null;
	}
	return toSharedPage(await response.text(), response.headers);
}

function sharedAnswer(page: SharedPage, viewer: { username: string; display_name: string }, cookies: readonly string[]): Response {
	const { body, headers } = personalise(page, viewer);
	for (const cookie of cookies) headers.append('set-cookie', cookie);
	return new Response(body, { status: 200, headers });
}
