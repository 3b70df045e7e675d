import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { scenarioCsv } from '$lib/domain/allocation/scenario-csv';
import { scenarioId } from '$lib/domain/allocation/scenario-id';
import { getDb } from '$lib/server/database';
import * as allocations from '$lib/server/queries/allocations';
import * as names from '$lib/server/queries/allocation-names';

/** The scenario's amounts as saved, in cents and dollars, with every line of each explanation (scenario-csv.ts). */
export const GET: RequestHandler = async ({ params, locals }) => {
	const id = scenarioId(params.id);
	const db = await getDb();
	const scenario = id === null ? null : await allocations.find(db, id);
	if (!scenario) error(404, 'Not found');
	const serviceNames = new Map(Object.entries(await names.serviceNames(db, locals.locale)));
	return new Response(scenarioCsv(scenario, serviceNames, locals.locale), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="allocation-scenario-${scenario.id}-${scenario.status}.csv"`
		}
	});
};
