/**
 * What the new-scenario and save actions share: read the posted form, check it with the same pure code the browser
 * ran while the planner typed (domain/allocation/live-scenario.ts), and compute the split to store. A refusal keeps
 * every value as typed and the errors by field, for the page to show next to each input.
 */
import { error, fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { PeriodKey } from '$lib/domain/period';
import { liveScenario } from '$lib/domain/allocation/live-scenario';
import { computeScenario, type ComputedScenario } from '$lib/domain/allocation/scenario-compute';
import { formFieldOf, formValuesFrom, type FormValues } from '$lib/domain/allocation/scenario-form';
import type { FieldError } from '$lib/domain/result';
import type { AtlasDb } from '$lib/server/db/client';
import type { ChangeContext } from '$lib/server/change-context';
import * as allocationInputs from '$lib/server/allocation-inputs';

/** Every action answers with this shape, so the page reads it without narrowing. */
export interface ActionOutcome {
	action: 'save' | 'rename' | 'approve';
	values: FormValues | null;
	errors: FieldError[];
	/** The scenario was approved by someone else meanwhile. */
	conflict: boolean;
}

export function refusal(status: number, outcome: Partial<ActionOutcome> & Pick<ActionOutcome, 'action'>): ActionFailure<ActionOutcome> {
	return fail(status, { values: null, errors: [], conflict: false, ...outcome });
}

export function changeContext(event: RequestEvent): ChangeContext {
	// The policy admits planners only; this guard keeps the type honest.
	if (!event.locals.user) error(401, 'Not signed in');
	return { actor: event.locals.user, client_address: event.getClientAddress(), now: new Date() };
}

export type FormReading = { ok: true; scenario: ComputedScenario; values: FormValues } | { ok: false; failure: ActionFailure<ActionOutcome> };

export async function readScenarioForm(event: RequestEvent, db: AtlasDb, data: FormData, period: PeriodKey): Promise<FormReading> {
	const values = formValuesFrom(data);
	const context = await allocationInputs.load(db, period);
	const live = liveScenario(values, event.locals.locale, context.services, context.caseloadTarget);
	if (live.errors.length > 0 || !live.settings) return { ok: false, failure: refusal(422, { action: 'save', values, errors: live.errors }) };
	const computed = computeScenario(context, values.name.trim().replace(/\s+/g, ' '), live.settings);
	// liveScenario ran the same engine: a refusal here means the inputs changed between the two reads.
	if (!computed.ok) {
		const errors = computed.errors.map((e) => ({ ...e, field: formFieldOf(e.field, values) }));
		return { ok: false, failure: refusal(422, { action: 'save', values, errors }) };
	}
	return { ok: true, scenario: computed.value, values };
}
