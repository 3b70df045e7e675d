import type { RequestHandler } from './$types';
import { periodFieldsFor } from '$lib/server/api/period-fields';
import { apiData, badParameter } from '$lib/server/api/respond';
import { baselineJson, isIllustrative } from '$lib/server/api/coverage-json';
import { choosePeriod, coverageFor } from '$lib/server/coverage';
import { getDb } from '$lib/server/database';
import { viewerClearance } from '$lib/server/viewer';
import { conditional } from '$lib/server/api/conditional';

/** Provincial median and quartiles of every numeric metric in a quarter (domain/coverage/baselines.ts says over what). */
export const GET: RequestHandler = conditional(async ({ url, locals }) => {
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) return badParameter('period', choice.message);
	const view = await coverageFor(db, choice.period, await viewerClearance(locals));
	const data = Object.values(view.baselines).map(baselineJson);
	return apiData(data, { ...(await periodFieldsFor(db, choice.period)), illustrative: isIllustrative(view), count: data.length });
});
