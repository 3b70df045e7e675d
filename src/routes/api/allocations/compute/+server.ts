import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/database';
import { periodFieldsFor } from '$lib/server/api/period-fields';
import { allocationJson } from '../allocation-answers';
import { computeRequest } from '../compute-request';

/** Splits the budget with the given parameters, to the cent, without saving anything. */
export const POST: RequestHandler = async ({ request, locals }) => {
	const db = await getDb();
	const computed = await computeRequest(db, request, locals.locale);
	if (computed instanceof Response) return computed;
	const { scenario } = computed;
	return json({
		...(await periodFieldsFor(db, scenario.period)),
		total_cents: scenario.total_cents,
		allocations: scenario.allocations.map(allocationJson),
		illustrative: scenario.illustrative
	});
};
