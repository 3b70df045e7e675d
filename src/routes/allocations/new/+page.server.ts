import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formatPeriod } from '$lib/format';
import { interpolate } from '$lib/i18n/text';
import { messages, pageText } from '$lib/i18n/messages';
import { DEFAULT_SETTINGS } from '$lib/domain/allocation/scenario-settings';
import { formValuesOf } from '$lib/domain/allocation/scenario-form';
import { choosePeriod } from '$lib/server/coverage';
import { getDb } from '$lib/server/database';
import * as allocationInputs from '$lib/server/allocation-inputs';
import * as names from '$lib/server/queries/allocation-names';
import * as changes from '$lib/server/queries/allocation-changes';
import { changeContext, readScenarioForm } from '../scenario-form-action';

export const load: PageServerLoad = async ({ url, locals }) => {
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) error(400, `period: ${choice.message}`);
	const [context, serviceNames] = await Promise.all([allocationInputs.load(db, choice.period), names.serviceNames(db, locals.locale)]);
	// The suggested name says which quarter's data the scenario starts from; the planner renames it at will.
	const name = interpolate(messages(locals.locale).allocations.newPage.defaultName, { period: formatPeriod(choice.period, locals.locale) });
	return {
		text: pageText(locals.locale, ['allocations']),
		period: choice.period,
		periods: choice.periods,
		services: context.services,
		illustrative: context.illustrative,
		caseloadTarget: context.caseloadTarget,
		names: serviceNames,
		values: formValuesOf(DEFAULT_SETTINGS, name, locals.locale)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const db = await getDb();
		const data = await event.request.formData();
		// The quarter comes from a hidden input: a bad one means a tampered form, not a planner's typing.
		const choice = await choosePeriod(db, String(data.get('period') ?? ''));
		if (!choice.ok) error(400, `period: ${choice.message}`);
		const form = await readScenarioForm(event, db, data, choice.period);
		if (!form.ok) return form.failure;
		const id = await changes.create(db, form.scenario, changeContext(event));
		redirect(303, `/allocations/${id}?done=created`);
	}
};
