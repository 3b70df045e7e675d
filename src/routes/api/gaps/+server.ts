import type { RequestHandler } from './$types';
import { badParameter } from '$lib/server/api/respond';
import { gapsJson } from '$lib/server/api/gaps-json';
import { choosePeriod } from '$lib/server/coverage';
import { getDb } from '$lib/server/database';
import { viewerClearance } from '$lib/server/viewer';
import { conditional } from '$lib/server/api/conditional';

/**
 * Every community's gap level, reasons and Project P flag; `rank` orders the flagged ones (most urgent
 * first). `services` ranks the flagged police services the same way (issue 3, deliverable 4).
 */
export const GET: RequestHandler = conditional(async ({ url, locals }) => {
	const db = await getDb();
	const choice = await choosePeriod(db, url.searchParams.get('period'));
	if (!choice.ok) return badParameter('period', choice.message);
	const body = await gapsJson(db, choice.period, await viewerClearance(locals));
	return new Response(body, { headers: { 'content-type': 'application/json' } });
});
