/**
 * JSON answers and errors for the API. Errors have one shape everywhere:
 * `{ "error": { "status", "code", "message", "parameter"? } }` so clients can show which
 * parameter was wrong.
 */
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
