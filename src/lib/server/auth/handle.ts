/**
 * Authentication and authorisation for every request, called from hooks.server.ts `handle`
 * before SvelteKit runs the route: who is asking (authenticate.ts), may they (policy.ts), and if
 * not, the answer: 401 JSON or 403 JSON for the API, the sign-in page or a 403 page for pages.
 * Kept apart from hooks.server.ts so the authorisation-matrix test can drive it directly.
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { apiError } from '../api/respond';
import type { AtlasDb } from '../db/client';
import { actionName, decide, requesterOf, type Decision } from '../policy';
import { authenticate } from './authenticate';
import { forbiddenPage } from './forbidden-page';
import type { AuthUser } from './user';

export interface AuthDependencies {
	db: () => Promise<AtlasDb>;
	now?: () => Date;
	/** ATLAS_PUBLIC_VIEW=true: anonymous visitors may read, as viewers (suppressed counts). */
	publicView: boolean;
	/** In production a route missing from the policy is denied; in development it is let through with a warning. */
	production: boolean;
}

type Event = Pick<RequestEvent, 'cookies' | 'request' | 'url' | 'route' | 'params' | 'locals' | 'isDataRequest'>;

const warned = new Set<string>();

export async function authorizeAndResolve(event: Event, resolve: () => Response | Promise<Response>, deps: AuthDependencies): Promise<Response> {
	const now = deps.now?.() ?? new Date();
	const user = await authenticate(await deps.db(), event, now);
	event.locals.user = user;
	const decision = decide(
		{ routeId: event.route.id, method: event.request.method, action: actionName(event.url), params: event.params },
		user ? requesterOf(user) : null,
		{ publicView: deps.publicView }
	);
	if (decision.allowed) return noStoreWhenSignedIn(await resolve(), user);
	if (decision.reason === 'no_policy' && !deps.production && user) {
		if (!warned.has(event.route.id ?? '')) {
			warned.add(event.route.id ?? '');
			console.warn(`atlas: no policy for route ${event.route.id} (${event.request.method}); add it to src/lib/server/policy.ts — denied in production`);
		}
		return noStoreWhenSignedIn(await resolve(), user);
	}
	return deny(event, decision, user);
}

/** Pages and answers for a signed-in user may hold cleared counts: no shared or disk cache (ASVS 4.0 V8.2.1). */
function noStoreWhenSignedIn(response: Response, user: AuthUser | null): Response {
	if (user && !response.headers.has('Cache-Control')) response.headers.set('Cache-Control', 'private, no-store');
	return response;
}

function deny(event: Event, decision: Exclude<Decision, { allowed: true }>, user: AuthUser | null): Response {
	const api = (event.route.id ?? event.url.pathname).startsWith('/api/');
	if (!user) {
		if (api) {
			const response = apiError(401, 'unauthorized', 'Sign in with POST /api/session, or send an API token (Authorization: Bearer)');
			response.headers.set('WWW-Authenticate', 'Bearer realm="atlas"');
			return response;
		}
		// After signing in, come back here; a form action's page, not the action URL.
		const back = event.request.method === 'GET' ? `${event.url.pathname}${event.url.search}` : event.url.pathname;
		redirect(303, `/login?redirectTo=${encodeURIComponent(back)}`);
	}
	const message =
		decision.reason === 'token_scope' ? 'This API token lacks the write scope' : 'Your role does not allow this request';
	if (api) return apiError(403, 'forbidden', message);
	// SvelteKit answers data and form-action requests with JSON its client understands.
	if (event.isDataRequest || event.request.method !== 'GET') error(403, message);
	return forbiddenPage(event.locals.locale);
}
