import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requestScope } from '$lib/domain/project-p/permissions';
import { checkNewRequest } from '$lib/domain/project-p/request-input';
import { fieldError, isRequestStatus, OPEN_STATUSES, REQUEST_STATUSES } from '$lib/domain/project-p/vocabulary';
import { apiData } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { fileRequest } from '$lib/server/project-p/file-request';
import * as requests from '$lib/server/project-p/requests';
import { readBody, refusal, requestJson } from '../answers';

/** Requests the caller may see (a chief: their service's), newest first; `status` filters (`open`: every open status). */
export const GET: RequestHandler = async ({ url, locals }) => {
	const status = url.searchParams.get('status');
	if (status !== null && status !== 'open' && !isRequestStatus(status)) {
		const allowed = ['open', ...REQUEST_STATUSES].join(', ');
		return refusal(400, [fieldError('status', `must be one of ${allowed}.`, `doit être l’une des valeurs ${allowed}.`)], locals.locale);
	}
	const rows = await requests.list(await getDb(), {
		scope: requestScope(locals.user),
		statuses: status === null ? undefined : status === 'open' ? OPEN_STATUSES : [status]
	});
	return apiData(rows.map(requestJson), { count: rows.length });
};

/** Files a request: a chief for their own service's communities, a Project P coordinator for any. */
export const POST: RequestHandler = async ({ request, locals, getClientAddress }) => {
	// The policy admits chiefs and coordinators only; this guard keeps the type honest.
	if (!locals.user) error(401, 'Not signed in');
	const body = await readBody(request, locals.locale);
	if (body instanceof Response) return body;
	const checked = checkNewRequest(body);
	if (!checked.ok) return refusal(422, checked.errors, locals.locale);
	const db = await getDb();
	const filed = await fileRequest(db, checked.value, { actor: locals.user, client_address: getClientAddress(), now: new Date() });
	if (!filed.ok) return refusal(filed.status, filed.errors, locals.locale);
	const row = await requests.find(db, filed.value.id);
	if (!row) error(500, 'Request not saved');
	return json(requestJson(row), { status: 201, headers: { location: `/api/project-p/requests/${row.id}` } });
};
