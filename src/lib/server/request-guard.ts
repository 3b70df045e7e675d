/**
 * Checks every request gets before any route code runs, so no route can forget them:
 * - state-changing API requests that carry cookies must come from the app's own origin;
 * - query parameters, route parameters, form fields and JSON strings must be valid text
 *   (domain/text.ts: no NUL, no unpaired surrogate), answered 400 (parameters) or 422 (bodies)
 *   naming the field;
 * - JSON and form bodies are capped (413 naming the limit); import uploads keep their own 10 MB
 *   cap (import/limits.ts), checked as their bytes arrive.
 * Bodies are read from a clone, so the route still reads the original.
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { badTextMessage, findBadField, findBadJson, type BadText } from '../domain/text';
import { apiError } from './api/respond';
import { boundedChunks } from './bounded-body';

/** JSON bodies (sign-in, tokens, allocation inputs, Project P requests) are a few KB; 1 MiB is ample. */
export const MAX_JSON_BYTES = 1024 * 1024;
/** URL-encoded and multipart forms without a file: a scenario with every weight, a long description. */
export const MAX_FORM_BYTES = 1024 * 1024;
/** Where a multipart body may carry an import file up to the import cap. */
const UPLOAD_PATHS = new Set(['/api/imports', '/imports']);
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Event = Pick<RequestEvent, 'request' | 'url' | 'params' | 'route'>;

class BodyTooLargeError extends Error {}

function isApi(event: Event): boolean {
	return event.url.pathname === '/api' || event.url.pathname.startsWith('/api/');
}

function refuse(event: Event, status: 400 | 403 | 413 | 422, message: string, parameter?: string): Response {
	if (isApi(event)) {
		const code = status === 403 ? 'forbidden' : status === 413 ? 'payload_too_large' : status === 422 ? 'unprocessable' : 'bad_request';
		return apiError(status, code, message, parameter);
	}
	// Pages and form actions: SvelteKit answers with its error page, or JSON to its own client.
	error(status, message);
}

/**
 * Cross-site request forgery on the JSON API (OWASP CSRF Cheat Sheet, "Verifying Origin with
 * standard headers"). Browsers send Origin on every non-GET request (Fetch standard, "append a
 * request Origin header"; `null` from sandboxed or opaque contexts), so a request with a cookie
 * and another or a `null` Origin is refused. Without Origin, Sec-Fetch-Site (sent by current
 * browsers) must not say cross-site; a request with neither header did not come from a browser
 * page (a script keeping the sign-in cookie) and cannot be forged by one. Bearer tokens are not
 * sent by browsers on their own: requests without cookies are not checked. The app's origin is
 * the request's own, so sign-in works from any address the server is reached by.
 */
export function originProblem(event: Event): string | null {
	if (!isApi(event) || !STATE_CHANGING.has(event.request.method)) return null;
	if (!event.request.headers.has('cookie')) return null;
	const origin = event.request.headers.get('origin');
	if (origin !== null) return origin === event.url.origin ? null : `Origin '${origin}' is not this site's (${event.url.origin}): cross-site requests with cookies are refused`;
	const site = event.request.headers.get('sec-fetch-site');
	if (site === 'cross-site' || site === 'same-site') return `a ${site} request with cookies is refused`;
	return null;
}

async function bodyText(request: Request, limit: number): Promise<string> {
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError();
	const stream = request.clone().body;
	if (!stream) return '';
	const decoder = new TextDecoder('utf-8');
	let text = '';
	// The adapter's own BODY_SIZE_LIMIT gets the same answer as our cap, naming our limit.
	for await (const chunk of boundedChunks(stream, limit, { tooLarge: () => new BodyTooLargeError(), awaitCancel: false })) {
		text += decoder.decode(chunk, { stream: true });
	}
	return text + decoder.decode();
}

function mediaType(request: Request): string {
	return (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function limitText(bytes: number): string {
	return `${bytes / (1024 * 1024)} MiB (${bytes} bytes)`;
}

/** The body's bad text, if any; throws BodyTooLargeError past the cap. Import uploads are left to the import reader. */
async function badBodyText(event: Event): Promise<BadText | null> {
	const request = event.request;
	const type = mediaType(request);
	if (type === 'application/json' || type.endsWith('+json')) {
		const text = await bodyText(request, MAX_JSON_BYTES);
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch {
			return null; // Malformed JSON: the route says so in its own words.
		}
		return findBadJson(parsed);
	}
	if (type === 'application/x-www-form-urlencoded') {
		return findBadField(new URLSearchParams(await bodyText(request, MAX_FORM_BYTES)));
	}
	if (type === 'multipart/form-data') {
		if (UPLOAD_PATHS.has(event.url.pathname)) return null;
		// Counted first unless the declared length is small: the platform's form parser reads a body whole.
		const declared = request.headers.get('content-length');
		if (declared === null || !(Number(declared) <= MAX_FORM_BYTES)) await bodyText(request, MAX_FORM_BYTES);
		const form = await request.clone().formData().catch(() => null);
		if (!form) return null;
		const fields: [string, string][] = [];
		for (const [name, value] of form) fields.push([name, typeof value === 'string' ? value : value.name]);
		return findBadField(fields);
	}
	return null;
}

/** A refusal for the request, or null to let it through. Page refusals are thrown as SvelteKit errors. */
export async function guardRequest(event: Event): Promise<Response | null> {
	const forged = originProblem(event);
	if (forged) return refuse(event, 403, forged);
	const inQuery = findBadField(event.url.searchParams);
	if (inQuery) return refuse(event, 400, badTextMessage(inQuery), inQuery.field);
	const inPath = findBadField(Object.entries(event.params).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
	if (inPath) return refuse(event, 400, badTextMessage(inPath), inPath.field);
	if (!STATE_CHANGING.has(event.request.method)) return null;
	try {
		const bad = await badBodyText(event);
		if (bad) return refuse(event, 422, badTextMessage(bad), bad.field);
	} catch (caught) {
		if (!(caught instanceof BodyTooLargeError)) throw caught;
		const type = mediaType(event.request);
		const limit = type === 'application/json' || type.endsWith('+json') ? MAX_JSON_BYTES : MAX_FORM_BYTES;
		return refuse(event, 413, `the request body is larger than the limit of ${limitText(limit)}`);
	}
	return null;
}

