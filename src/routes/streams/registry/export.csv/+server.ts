import type { RequestHandler } from './$types';
import { registryCsv } from '$lib/domain/streams/csv';
import { apiError } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { csvResponse } from '$lib/server/streams/csv-response';
import { registryFor } from '$lib/server/streams/views';
import { viewerClearance } from '$lib/server/viewer';

/** Registry compliance per police service for the quarter on /streams/registry (planners only, server/policy.ts). */
export const GET: RequestHandler = async ({ url, locals }) => {
	const chosen = await registryFor(await getDb(), url.searchParams.get('period'), await viewerClearance(locals));
	if (!chosen.ok) return apiError(400, 'bad_request', `${chosen.parameter}: ${chosen.message}`, chosen.parameter);
	return csvResponse(registryCsv(chosen.rows, locals.locale), 'registry', chosen.period);
};
