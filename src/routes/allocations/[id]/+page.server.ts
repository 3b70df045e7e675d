import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { projectCoverage } from '$lib/domain/allocation/coverage-projection';
import { projectFtes } from '$lib/domain/allocation/projection';
import { projectionView } from '$lib/domain/allocation/projection-view';
import { formValuesOf } from '$lib/domain/allocation/scenario-form';
import { scenarioId } from '$lib/domain/allocation/scenario-id';
import { checkScenarioName, MAX_SCENARIO_NAME_LENGTH } from '$lib/domain/allocation/scenario-name';
import { interpolate } from '$lib/i18n/text';
import { messages, pageText } from '$lib/i18n/messages';
import type { AtlasDb } from '$lib/server/db/client';
import { getDb } from '$lib/server/database';
import { openOppSupportItems } from '$lib/server/project-p/opp-support';
import { communitiesTopologyJson } from '$lib/server/geo';
import * as allocationInputs from '$lib/server/allocation-inputs';
import * as allocations from '$lib/server/queries/allocations';
import * as changes from '$lib/server/queries/allocation-changes';
import * as names from '$lib/server/queries/allocation-names';
import { changeContext, readScenarioForm, refusal } from '../scenario-form-action';

/** What the last action did, from the redirect that followed it. */
const DONE = ['created', 'saved', 'renamed', 'duplicated', 'approved'] as const;

async function scenarioOf(params: { id: string }) {
	const id = scenarioId(params.id);
	const scenario = id === null ? null : await allocations.find(await getDb(), id);
	if (!scenario) error(404, 'Not found');
	return scenario;
}

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const scenario = await scenarioOf(params);
	const db = await getDb();
	const [context, serviceNames, communityNames, topologyJson] = await Promise.all([
		allocationInputs.load(db, scenario.period),
		names.serviceNames(db, locals.locale),
		names.communityNames(db, locals.locale),
		communitiesTopologyJson()
	]);
	const projection = projectCoverage(context.coverageInput, context.coverage, projectFtes(scenario.lines, scenario.settings.conversion));
	const before = new Map(context.coverage.communities.map((c) => [c.csduid, { level: c.level, children: c.children }]));
	const { inputs, ...detail } = scenario;
	const done = DONE.find((word) => word === url.searchParams.get('done')) ?? null;
	return {
		text: pageText(locals.locale, ['allocations', 'map', 'projectP', 'metrics']),
		scenario: detail,
		// A draft recomputes live on today's inputs; an approved scenario is shown on the inputs it was approved with.
		services: scenario.status === 'draft' ? context.services : inputs,
		caseloadTarget: context.caseloadTarget,
		names: serviceNames,
		values: formValuesOf(scenario.settings, scenario.name, locals.locale),
		projection: projectionView(projection, before, communityNames, serviceNames),
		topologyJson,
		done,
		// The OPP's open support requests, beside the allocation (planners read every request).
		oppSupport: await openOppSupportItems(db)
	};
};

/** Applies a change to the scenario in the URL; then back to its page, saying what was done. */
async function run(event: RequestEvent, change: (db: AtlasDb, id: number) => Promise<changes.ChangeOutcome>, done: string, action: 'save' | 'rename' | 'approve') {
	const id = scenarioId(event.params.id);
	if (id === null) error(404, 'Not found');
	const outcome = await change(await getDb(), id);
	if (!outcome.ok && outcome.error === 'not_found') error(404, 'Not found');
	if (!outcome.ok) return refusal(409, { action, conflict: true });
	redirect(303, `/allocations/${outcome.id}?done=${done}`);
}

export const actions: Actions = {
	save: async (event) => {
		const scenario = await scenarioOf(event.params);
		if (scenario.status !== 'draft') return refusal(409, { action: 'save', conflict: true });
		const db = await getDb();
		const form = await readScenarioForm(event, db, await event.request.formData(), scenario.period);
		if (!form.ok) return form.failure;
		return run(event, (db, id) => changes.save(db, id, form.scenario, changeContext(event)), 'saved', 'save');
	},
	rename: async (event) => {
		const name = checkScenarioName((await event.request.formData()).get('name'));
		if (!name.ok) return refusal(422, { action: 'rename', errors: name.errors });
		return run(event, (db, id) => changes.rename(db, id, name.value, changeContext(event)), 'renamed', 'rename');
	},
	duplicate: async (event) => {
		const scenario = await scenarioOf(event.params);
		const copyName = interpolate(messages(event.locals.locale).allocations.actions.copyName, { name: scenario.name });
		const name = copyName.length > MAX_SCENARIO_NAME_LENGTH ? scenario.name : copyName;
		return run(event, (db, id) => changes.duplicate(db, id, name, changeContext(event)), 'duplicated', 'save');
	},
	delete: async (event) => {
		const scenario = await scenarioOf(event.params);
		const outcome = await changes.remove(await getDb(), scenario.id, changeContext(event));
		if (!outcome.ok) return refusal(409, { action: 'save', conflict: true });
		redirect(303, `/allocations?deleted=${encodeURIComponent(scenario.name)}`);
	},
	approve: async (event) => {
		const confirmed = (await event.request.formData()).get('confirm') === 'yes';
		if (!confirmed) {
			const t = messages(event.locals.locale).allocations.actions;
			return refusal(422, { action: 'approve', errors: [{ field: 'confirm', message: t.confirmRequired }] });
		}
		return run(event, (db, id) => changes.approve(db, id, changeContext(event)), 'approved', 'approve');
	}
};
