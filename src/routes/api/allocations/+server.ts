import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { checkScenarioName } from '$lib/domain/allocation/scenario-name';
import { apiData } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { latestPeriodWithData } from '$lib/server/api/period-fields';
import * as allocations from '$lib/server/queries/allocations';
import * as changes from '$lib/server/queries/allocation-changes';
import { fieldErrors, scenarioJson, summaryJson } from './allocation-answers';
import { computeRequest } from './compute-request';

/** Every scenario, most recently changed first. */
export const GET: RequestHandler = async () => {
	const db = await getDb();
	const [rows, latest] = await Promise.all([allocations.list(db), latestPeriodWithData(db)]);
	return apiData(rows.map((row) => summaryJson(row, latest)), { count: rows.length });
};

/** Saves a new draft: the compute body plus `name`. */
export const POST: RequestHandler = async ({ request, locals, getClientAddress }) => {
	// The policy admits planners only; this guard keeps the type honest.
	if (!locals.user) error(401, 'Not signed in');
	const db = await getDb();
	const computed = await computeRequest(db, request, locals.locale);
	if (computed instanceof Response) return computed;
	const name = checkScenarioName(computed.body.name);
	if (!name.ok) return fieldErrors(name.errors, locals.locale);
	const context = { actor: locals.user, client_address: getClientAddress(), now: new Date() };
	const id = await changes.create(db, { ...computed.scenario, name: name.value }, context);
	const saved = await allocations.find(db, id);
	if (!saved) error(500, 'Scenario not saved');
	return json(scenarioJson(saved, await latestPeriodWithData(db)), { status: 201, headers: { location: `/api/allocations/${id}` } });
};
