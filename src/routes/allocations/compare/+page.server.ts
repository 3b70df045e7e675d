import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { projectCoverage } from '$lib/domain/allocation/coverage-projection';
import { projectFtes } from '$lib/domain/allocation/projection';
import { compareScenarios } from '$lib/domain/allocation/scenario-comparison';
import { comparedIds } from '$lib/domain/allocation/scenario-id';
import type { PeriodKey } from '$lib/domain/period';
import { getDb } from '$lib/server/database';
import * as allocationInputs from '$lib/server/allocation-inputs';
import * as allocations from '$lib/server/queries/allocations';
import * as names from '$lib/server/queries/allocation-names';

export const load: PageServerLoad = async ({ url, locals }) => {
	const ids = comparedIds(url.searchParams.getAll('ids'));
	const text = pageText(locals.locale, ['allocations', 'compare']);
	// Fewer than two or more than three: the page says how to choose, rather than failing.
	if (ids === null) return { text, comparison: null };
	const db = await getDb();
	const [scenarios, serviceNames] = await Promise.all([allocations.findMany(db, ids), names.serviceNames(db, locals.locale)]);
	if (scenarios.length !== ids.length) error(404, 'Not found');
	// One coverage run per quarter, shared by the scenarios that use it.
	const contexts = new Map<PeriodKey, Promise<allocationInputs.AllocationContext>>();
	const projected = await Promise.all(
		scenarios.map(async (scenario) => {
			let context = contexts.get(scenario.period);
			if (!context) contexts.set(scenario.period, (context = allocationInputs.load(db, scenario.period)));
			const { coverageInput, coverage } = await context;
			const projection = projectCoverage(coverageInput, coverage, projectFtes(scenario.lines, scenario.settings.conversion));
			return { lines: scenario.lines, inputs: scenario.inputs, conversion: scenario.settings.conversion, projection };
		})
	);
	return {
		text,
		comparison: {
			scenarios: scenarios.map(({ inputs: _inputs, lines: _lines, settings: _settings, ...summary }) => summary),
			...compareScenarios(projected)
		},
		names: serviceNames
	};
};
