import type { RequestHandler } from './$types';
import { apiData, badParameter } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { trainingJson } from '$lib/server/streams/json';
import { trainingFor } from '$lib/server/streams/views';
import { conditional } from '$lib/server/api/conditional';

/** ICE training per police service and Crown office for one reference year (`year`, default the latest). */
export const GET: RequestHandler = conditional(async ({ url }) => {
	const chosen = await trainingFor(await getDb(), url.searchParams.get('year'));
	if (!chosen.ok) return badParameter(chosen.parameter, chosen.message);
	return apiData(chosen.view.rows.map(trainingJson), {
		year: chosen.year,
		years: chosen.years,
		illustrative: chosen.view.illustrative,
		flagged_services: chosen.view.flagged
	});
});
