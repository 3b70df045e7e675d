import type { RequestHandler } from './$types';
import { preventionCsv } from '$lib/domain/streams/csv';
import { apiError } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { csvResponse } from '$lib/server/streams/csv-response';
import { preventionFor } from '$lib/server/streams/views';

/** Prevention reach per community for the school year on /streams/prevention. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const chosen = await preventionFor(await getDb(), url.searchParams.get('school_year'));
	if (!chosen.ok) return apiError(400, 'bad_request', `${chosen.parameter}: ${chosen.message}`, chosen.parameter);
	return csvResponse(preventionCsv(chosen.view.rows, locals.locale), 'prevention', chosen.schoolYear);
};
