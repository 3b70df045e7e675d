import type { RequestHandler } from './$types';
import { messages } from '$lib/i18n/messages';
import { apiError, badParameter } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { importErrorResponse, reportResponse } from '$lib/server/import/api-answers';
import { importId } from '$lib/server/import/import-id';
import { commitPreview } from '$lib/server/import/operations';
import { requestActor } from '$lib/server/import/request-actor';

/** Commits a preview made with dry_run=true, by the same person, within a day. */
export const POST: RequestHandler = async ({ params, locals }) => {
	const actor = requestActor(locals.user, locals.locale);
	if (actor instanceof Response) return actor;
	const id = importId(params.id);
	if (id === null) return badParameter('id', 'a positive whole number');
	try {
		const report = await commitPreview(await getDb(), id, actor);
		if (!report) return apiError(404, 'not_found', messages(locals.locale).imports.problems.previewGone);
		return reportResponse(report, locals.locale);
	} catch (error) {
		const answer = importErrorResponse(error, locals.locale);
		if (answer) return answer;
		throw error;
	}
};
