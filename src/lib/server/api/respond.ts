/**
 * JSON answers and errors for the API. Errors have one shape everywhere:
 * `{ "error": { "status", "code", "message", "parameter"? } }` so clients can show which
 * parameter was wrong.
 */
import { createHash } from 'node:crypto';
import { json } from '@sveltejs/kit';

export type ApiErrorCode =
	| 'bad_request'
	| 'not_found'
	| 'unprocessable'
	| 'conflict'
	| 'forbidden'
	| 'unauthorized'
	| 'payload_too_large'
	| 'unsupported_media_type'
	| 'too_many_requests';

export function apiError(status: number, code: ApiErrorCode, message: string, parameter?: string): Response {
	return json({ error: { status, code, message, ...(parameter ? { parameter } : {}) } }, { status });
}

export function badParameter(parameter: string, message: string): Response {
	return apiError(400, 'bad_request', `${parameter}: ${message}`, parameter);
}

export function notFound(what: string, id: string): Response {
	return apiError(404, 'not_found', `${what} '${id}' not found`);
}

/** Data responses say whether any figure in them is illustrative (domain.md §11). */
export function apiData<T>(data: T, meta: Record<string, unknown> = {}): Response {
	return json({ ...meta, data });
}

export const CSDUID_PATTERN = /^35\d{5}$/;
export const SERVICE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * A weak entity tag over everything an answer depends on (RFC 9110 §8.8.3): weak, because the same
 * answer is sent gzipped or not (compression.ts) and If-None-Match compares weakly anyway.
 */
export function etagOf(parts: readonly (string | number)[]): string {
	return `W/"${createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 27)}"`;
}

/**
 * True when the request's If-None-Match lists `etag` (RFC 9110 §13.1.2, weak comparison). `*` is
 * not honoured: it would turn an answer that fails (a bad parameter) into a 304.
 */
export function matchesIfNoneMatch(request: Request, etag: string): boolean {
	const header = request.headers.get('if-none-match');
	if (!header) return false;
	const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
	return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** 304 Not Modified: no body, the tag repeated (RFC 9110 §15.4.5). */
export function notModified(etag: string): Response {
	return new Response(null, { status: 304, headers: { etag } });
}
