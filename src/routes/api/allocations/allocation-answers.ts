/**
 * JSON answers of the allocation API: scenarios as JSON, and bad input as 422 with one message per field in the
 * request's language, in the atlas's error shape (server/api/respond.ts) plus `errors`:
 * `{ "error": { "status", "code", "message" }, "errors": [ { "field", "message" } ] }`.
 */
import { json } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import { interpolate } from '$lib/i18n/text';
import { toComputeBody } from '$lib/domain/allocation/api-body';
import { withChanges } from '$lib/domain/allocation/change';
import { periodFields, type PeriodKey } from '$lib/domain/period';
import type { ScenarioDetail, ScenarioSummary } from '$lib/domain/allocation/scenario';
import type { FieldError } from '$lib/domain/result';
import type { ServiceAllocation } from '$lib/domain/allocation/types';

export function fieldErrors(errors: readonly FieldError[], locale: Locale, status: 400 | 422 = 422): Response {
	const fields = errors.map((e) => e.field).join(', ');
	const words = messages(locale).allocations.invalidFields;
	const message = interpolate(errors.length === 1 ? words.one : words.other, { count: errors.length, fields });
	return json(
		{
			error: { status, code: status === 400 ? 'bad_request' : 'unprocessable', message },
			errors: errors.map((e) => ({ field: e.field, message: locale === 'fr' ? (e.message_fr ?? e.message) : e.message }))
		},
		{ status }
	);
}

/** One row: the amount, where it came from against last year (`previous_cents`, `change_share`) and the ledger. */
export function allocationJson(allocation: ServiceAllocation) {
	return {
		police_service_id: allocation.police_service_id,
		amount_cents: allocation.amount_cents,
		previous_cents: allocation.previous_cents,
		change_share: allocation.change_share,
		explanation: allocation.explanation
	};
}

/** A scenario's head; `latest` is the latest quarter with data, for `data_as_of` (domain/period.ts). */
export function summaryJson(scenario: ScenarioSummary, latest: PeriodKey | null) {
	return { ...scenario, ...periodFields(scenario.period, latest), url: `/api/allocations/${scenario.id}` };
}

export function scenarioJson(scenario: ScenarioDetail, latest: PeriodKey | null) {
	const { settings, lines, inputs, ...summary } = scenario;
	return {
		...summaryJson(summary, latest),
		parameters: toComputeBody(settings.parameters),
		conversion: settings.conversion,
		objective: settings.objective,
		allocations: withChanges(lines, inputs).map(allocationJson)
	};
}
