import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { maySee } from '$lib/domain/project-p/permissions';
import { checkTransitionInput } from '$lib/domain/project-p/transition-input';
import { parseRequestId } from '$lib/domain/project-p/vocabulary';
import { getDb } from '$lib/server/database';
import { changeStatus } from '$lib/server/project-p/change-status';
import * as requests from '$lib/server/project-p/requests';
import { notFound } from '$lib/server/api/respond';
import { readBody, refusal, requestDetailJson } from '../../answers';

/** One request with its history and assignments; a request the caller may not see is not found. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const id = parseRequestId(params.id);
	const db = await getDb();
	const row = id === null ? undefined : await requests.find(db, id);
	if (!row || !maySee(locals.user, row)) return notFound('Project P request', params.id);
	const [history, assigned] = await Promise.all([requests.events(db, row.id), requests.assignments(db, row.id)]);
	return json(requestDetailJson(row, history, assigned));
};

/** Moves a request on: `status` plus `reason` (declined) or `assignments` and `period` (assigned). */
export const PATCH: RequestHandler = async ({ params, request, locals, getClientAddress }) => {
	// The policy admits Project P coordinators only; this guard keeps the type honest.
	if (!locals.user) error(401, 'Not signed in');
	const id = parseRequestId(params.id);
	if (id === null) return notFound('Project P request', params.id);
	const body = await readBody(request, locals.locale);
	if (body instanceof Response) return body;
	const checked = checkTransitionInput(body);
	if (!checked.ok) return refusal(422, checked.errors, locals.locale);
	const db = await getDb();
	const changed = await changeStatus(db, id, checked.value, { actor: locals.user, client_address: getClientAddress(), now: new Date() });
	if (!changed.ok) return changed.status === 404 ? notFound('Project P request', params.id) : refusal(changed.status, changed.errors, locals.locale);
	const row = await requests.find(db, id);
	if (!row) error(500, 'Request vanished');
	const [history, assigned] = await Promise.all([requests.events(db, id), requests.assignments(db, id)]);
	return json(requestDetailJson(row, history, assigned));
};
