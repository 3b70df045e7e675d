import type { RequestHandler } from './$types';
import { apiData, badParameter, notFound, SERVICE_ID_PATTERN } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import * as services from '$lib/server/queries/services';
import * as communities from '$lib/server/queries/communities';
import { conditional } from '$lib/server/api/conditional';

export const GET: RequestHandler = conditional(async ({ params }) => {
	if (!SERVICE_ID_PATTERN.test(params.id)) return badParameter('id', 'must be a lowercase police service id such as toronto or opp-3501');
	const db = await getDb();
	const [service, served] = await Promise.all([services.find(db, params.id), communities.list(db, { policeServiceId: params.id })]);
	if (!service) return notFound('police service', params.id);
	return apiData({ ...service, csduids: served.map((row) => row.csduid) });
});
