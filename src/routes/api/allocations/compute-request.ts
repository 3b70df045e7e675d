/**
 * Reading a compute (or create) request: JSON body → checked parameters → the split for the chosen quarter, or the
 * Response that says what is wrong (400 for a body that is not JSON, 422 with a message per field otherwise).
 */
import type { AtlasDb } from '$lib/server/db/client';
import type { Locale } from '$lib/i18n/locale';
import { bodyFieldOf, checkComputeParameters, readComputeBody, type ComputeBody } from '$lib/domain/allocation/api-body';
import { computeScenario, type ComputedScenario } from '$lib/domain/allocation/scenario-compute';
import { DEFAULT_SETTINGS } from '$lib/domain/allocation/scenario-settings';
import { choosePeriod } from '$lib/server/coverage';
import * as allocationInputs from '$lib/server/allocation-inputs';
import { apiError } from '$lib/server/api/respond';
import { fieldErrors } from './allocation-answers';

export type ComputeRequest = { body: ComputeBody; scenario: ComputedScenario };

export async function computeRequest(db: AtlasDb, request: Request, locale: Locale): Promise<ComputeRequest | Response> {
	let raw: unknown;
	try {
		raw = await request.json();
	} catch {
		return apiError(400, 'bad_request', 'body: not valid JSON', 'body');
	}
	const read = readComputeBody(raw);
	if (!read.ok) return fieldErrors(read.errors, locale, read.errors[0]?.field === 'body' ? 400 : 422);
	const body = read.value;
	const choice = await choosePeriod(db, body.period);
	if (!choice.ok) return fieldErrors([{ field: 'period', message: choice.message }], locale);
	const context = await allocationInputs.load(db, choice.period);
	const checked = checkComputeParameters(body, context.services);
	if (!checked.ok) return fieldErrors(checked.errors, locale);
	// The API computes with the default dollars-to-FTE conversion and optimiser objective (conversion.ts).
	const computed = computeScenario(context, '', { ...DEFAULT_SETTINGS, parameters: checked.value });
	if (!computed.ok) return fieldErrors(computed.errors.map((e) => ({ ...e, field: bodyFieldOf(e.field, body) })), locale);
	return { body, scenario: computed.value };
}
