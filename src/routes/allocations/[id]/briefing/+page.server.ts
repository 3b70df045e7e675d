import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { pageText } from '$lib/i18n/messages';
import { allocationRows } from '$lib/domain/allocation/allocation-rows';
import { projectCoverage } from '$lib/domain/allocation/coverage-projection';
import { projectFtes } from '$lib/domain/allocation/projection';
import { compareScenarios } from '$lib/domain/allocation/scenario-comparison';
import { scenarioId } from '$lib/domain/allocation/scenario-id';
import { getDb } from '$lib/server/database';
import * as allocationInputs from '$lib/server/allocation-inputs';
import * as allocations from '$lib/server/queries/allocations';
import * as names from '$lib/server/queries/allocation-names';

/** Rows that fit one printed page in two columns; the rest are summed in one line (the CSV lists every service). */
const BRIEFING_ROWS = 60;

export const load: PageServerLoad = async ({ params, locals }) => {
	const id = scenarioId(params.id);
	const db = await getDb();
	const scenario = id === null ? null : await allocations.find(db, id);
	if (!scenario) error(404, 'Not found');
	const [context, serviceNames] = await Promise.all([allocationInputs.load(db, scenario.period), names.serviceNames(db, locals.locale)]);
	const { lines, inputs, settings, ...summary } = scenario;
	const projection = projectCoverage(context.coverageInput, context.coverage, projectFtes(lines, settings.conversion));
	// The comparison's totals for one scenario: the same figures the compare page shows.
	const [totals] = compareScenarios([{ lines, conversion: settings.conversion, projection }]).totals;
	const funded = allocationRows(lines, inputs, serviceNames, settings.conversion).filter((row) => row.amount_cents > 0);
	const rest = funded.slice(BRIEFING_ROWS);
	return {
		text: pageText(locals.locale, ['allocations', 'compare']),
		scenario: summary,
		settings,
		totals,
		rows: funded.slice(0, BRIEFING_ROWS),
		rest: { count: rest.length, amount_cents: rest.reduce((sum, row) => sum + row.amount_cents, 0) }
	};
};
