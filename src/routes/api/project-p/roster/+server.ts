import type { RequestHandler } from './$types';
import { isPeriodKey } from '$lib/domain/period';
import { periodFieldsFor } from '$lib/server/api/period-fields';
import { quarterContaining } from '$lib/domain/project-p/quarter';
import { apiData, badParameter } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { rosterWorkload } from '$lib/server/project-p/workload';

/** The roster in a quarter (`period`, default the current one): availability, committed and remaining FTE, by person and by region. */
export const GET: RequestHandler = async ({ url }) => {
	const period = url.searchParams.get('period') ?? quarterContaining(new Date());
	if (!isPeriodKey(period)) return badParameter('period', `'${period.slice(0, 20)}' is not a quarter (expected YYYY-Qn, e.g. ${quarterContaining(new Date())})`);
	const db = await getDb();
	const workload = await rosterWorkload(db, period);
	return apiData({ members: workload.members, regions: workload.regions }, { ...(await periodFieldsFor(db, period)), illustrative: workload.illustrative });
};
