import type { RequestHandler } from './$types';
import { apiData, badParameter } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { preventionJson } from '$lib/server/streams/json';
import { preventionFor } from '$lib/server/streams/views';
import { conditional } from '$lib/server/api/conditional';

/** Prevention reach per community in one school year (`school_year`, default the latest), with the stream rule applied. */
export const GET: RequestHandler = conditional(async ({ url }) => {
	const chosen = await preventionFor(await getDb(), url.searchParams.get('school_year'));
	if (!chosen.ok) return badParameter(chosen.parameter, chosen.message);
	const { view } = chosen;
	return apiData(view.rows.map(preventionJson), {
		school_year: chosen.schoolYear,
		school_years: chosen.schoolYears,
		illustrative: view.illustrative,
		totals: {
			...view.totals,
			prevention_reach_share: view.totals.reach_share,
			teachers_trained_per_1k_students: view.totals.teachers_per_1k_students,
			flagged_communities: view.flagged
		}
	});
});
