import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { badParameter, notFound } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { latestPeriodWithData } from '$lib/server/api/period-fields';
import * as allocations from '$lib/server/queries/allocations';
import { scenarioId } from '$lib/domain/allocation/scenario-id';
import { scenarioJson } from '../allocation-answers';

/** One scenario: its parameters (in the compute body's shape) and the amounts saved with it. */
export const GET: RequestHandler = async ({ params }) => {
	const id = scenarioId(params.id);
	if (id === null) return badParameter('id', 'must be a positive whole number');
	const db = await getDb();
	const scenario = await allocations.find(db, id);
	if (!scenario) return notFound('allocation scenario', params.id);
	return json(scenarioJson(scenario, await latestPeriodWithData(db)));
};
