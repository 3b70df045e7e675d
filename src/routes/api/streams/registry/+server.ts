import type { RequestHandler } from './$types';
import { periodFieldsFor } from '$lib/server/api/period-fields';
import { apiData, badParameter } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { registryJson } from '$lib/server/streams/json';
import { registryFor } from '$lib/server/streams/views';
import { viewerClearance } from '$lib/server/viewer';
import { conditional } from '$lib/server/api/conditional';

/** Registry compliance per police service in one quarter (`period`, default the latest): planners only (server/policy.ts). */
export const GET: RequestHandler = conditional(async ({ url, locals }) => {
	const db = await getDb();
	const chosen = await registryFor(db, url.searchParams.get('period'), await viewerClearance(locals));
	if (!chosen.ok) return badParameter(chosen.parameter, chosen.message);
	return apiData(chosen.rows.map(registryJson), {
		...(await periodFieldsFor(db, chosen.period)),
		periods: chosen.periods,
		illustrative: chosen.illustrative,
		programs: chosen.programs
	});
});
