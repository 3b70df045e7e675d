import type { RequestHandler } from './$types';
import { trainingCsv } from '$lib/domain/streams/csv';
import { apiError } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { csvResponse } from '$lib/server/streams/csv-response';
import { trainingFor } from '$lib/server/streams/views';

/** ICE training per police service and Crown office for the year on /streams/training. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const chosen = await trainingFor(await getDb(), url.searchParams.get('year'));
	if (!chosen.ok) return apiError(400, 'bad_request', `${chosen.parameter}: ${chosen.message}`, chosen.parameter);
	return csvResponse(trainingCsv(chosen.view.rows, locals.locale), 'training', chosen.year);
};
