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
import { readDataVersion } from '../data-version';
import { viewerClearanceKey } from '../viewer';
import { etagOf, matchesIfNoneMatch, notModified } from './respond';

export async function answerEtag(event: Pick<RequestEvent, 'url' | 'locals'>): Promise<string> {
	const db = await getDb();
	const [{ version, database }, clearance] = await Promise.all([readDataVersion(db), viewerClearanceKey(event.locals)]);
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
