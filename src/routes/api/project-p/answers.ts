/**
 * JSON answers of the Project P API: requests and roster as JSON, refusals in the atlas's error shape
 * (server/api/respond.ts) plus one message per field, in the request's language:
 * `{ "error": { "status", "code", "message", "parameter" }, "errors": [ { "field", "message" } ] }`.
 */
import { json } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n/locale';
import type { ApiErrorCode } from '$lib/server/api/respond';
import type { Refusal } from '$lib/server/project-p/outcome';
import { requestFacts } from '$lib/server/project-p/request-fields';
import type { AssignmentRow, EventRow, RequestRow } from '$lib/server/project-p/requests';
import type { FieldError } from '$lib/domain/project-p/vocabulary';
import { quarterFields } from '$lib/domain/period';

const CODES: { readonly [S in Refusal['status'] | 400]: ApiErrorCode } = {
	400: 'bad_request',
	403: 'forbidden',
	404: 'not_found',
	409: 'conflict',
	422: 'unprocessable'
};

export function refusal(status: Refusal['status'] | 400, errors: readonly FieldError[], locale: Locale): Response {
	const messages = errors.map((e) => ({ field: e.field, message: locale === 'fr' ? e.message_fr : e.message_en }));
	return json(
		{
			error: { status, code: CODES[status], message: messages.map((m) => m.message).join(' '), ...(messages[0] ? { parameter: messages[0].field } : {}) },
			errors: messages
		},
		{ status }
	);
}

/** The body as an object, or a 400 naming it. */
export async function readBody(request: Request, locale: Locale): Promise<Record<string, unknown> | Response> {
	const body: unknown = await request.json().catch(() => undefined);
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return refusal(400, [{ field: 'body', message_en: 'body: a JSON object is required.', message_fr: 'body : un objet JSON est obligatoire.' }], locale);
	}
	return body as Record<string, unknown>;
}

export function requestJson(row: RequestRow) {
	return {
		id: row.id,
		url: `/api/project-p/requests/${row.id}`,
		page: `/project-p/requests/${row.id}`,
		csduid: row.csduid,
		community: { name: row.community_name, name_fr: row.community_name_fr, children_estimate: row.children },
		police_service_id: row.police_service_id,
		...requestFacts(row),
		flag: row.flag_period === null ? null : { ...quarterFields(row.flag_period), level: row.flag_level, reasons: row.flag_reasons },
		filed_by: row.filed_by,
		filed_at: row.filed_at.toISOString(),
		status_changed_at: row.status_changed_at.toISOString()
	};
}

export function requestDetailJson(row: RequestRow, history: readonly EventRow[], assigned: readonly AssignmentRow[]) {
	return {
		...requestJson(row),
		history: history.map((event) => ({ from_status: event.from_status, to_status: event.to_status, at: event.at.toISOString(), actor: event.actor, note: event.note })),
		assignments: assigned.map((a) => ({ member_id: a.member_id, name: a.name, role: a.role, home_region: a.home_region, ...quarterFields(a.period), fte: a.fte }))
	};
}
