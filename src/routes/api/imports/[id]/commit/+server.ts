import * as v from 'valibot';
import type { RequestHandler } from './$types';
import { ConfirmSchema } from '$lib/domain/import/kinds';
import { messages } from '$lib/i18n/messages';
import { apiError, badParameter } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { importErrorResponse, reportResponse } from '$lib/server/import/api-answers';
import { importId } from '$lib/server/import/import-id';
import { commitPreview } from '$lib/server/import/operations';
import { requestActor } from '$lib/server/import/request-actor';

/** Commits a preview made with dry_run=true, by the same person, within a day. */
export const POST: RequestHandler = async ({ params, url, locals }) => {
	const actor = requestActor(locals.user, locals.locale);
	if (actor instanceof Response) return actor;
	const id = importId(params.id);
	if (id === null) return badParameter('id', 'a positive whole number');
	const confirm = v.safeParse(ConfirmSchema, url.searchParams.get('confirm_warnings') ?? undefined);
	if (!confirm.success) return badParameter('confirm_warnings', 'true or false');
	try {
		const report = await commitPreview(await getDb(), id, actor, new Date(), confirm.output);
		if (!report) return apiError(404, 'not_found', messages(locals.locale).imports.problems.previewGone);
		return reportResponse(report, locals.locale);
	} catch (error) {
		const answer = importErrorResponse(error, locals.locale);
		if (answer) return answer;
		throw error;
	}
};
