import * as v from 'valibot';
import type { RequestHandler } from './$types';
import { ConfirmSchema, DryRunSchema, IMPORT_KINDS, ImportKindSchema } from '$lib/domain/import/kinds';
import { mayImport } from '$lib/domain/import/permissions';
import { messages } from '$lib/i18n/messages';
import { apiData, apiError, badParameter } from '$lib/server/api/respond';
import { getDb } from '$lib/server/database';
import { importErrorResponse, recordJson, reportResponse } from '$lib/server/import/api-answers';
import { importFile } from '$lib/server/import/operations';
import { requestActor } from '$lib/server/import/request-actor';
import { uploadFrom } from '$lib/server/import/upload';
import { importHistory } from '$lib/server/services/imports';

/** Import history, newest first; a chief sees their own service's imports. */
export const GET: RequestHandler = async ({ locals }) => {
	const actor = requestActor(locals.user, locals.locale);
	if (actor instanceof Response) return actor;
	const rows = await importHistory(await getDb(), actor);
	return apiData(rows.map(recordJson), { count: rows.length });
};

/** Checks a file (dry_run=true, the default: kept as a preview) or imports it (dry_run=false). */
export const POST: RequestHandler = async ({ request, url, locals }) => {
	const actor = requestActor(locals.user, locals.locale);
	if (actor instanceof Response) return actor;
	const kind = v.safeParse(ImportKindSchema, url.searchParams.get('kind'));
	if (!kind.success) return badParameter('kind', `one of ${IMPORT_KINDS.join(', ')}`);
	const dryRun = v.safeParse(DryRunSchema, url.searchParams.get('dry_run') ?? undefined);
	if (!dryRun.success) return badParameter('dry_run', 'true or false');
	const confirm = v.safeParse(ConfirmSchema, url.searchParams.get('confirm_warnings') ?? undefined);
	if (!confirm.success) return badParameter('confirm_warnings', 'true or false');
	if (!mayImport(actor, kind.output)) return apiError(403, 'forbidden', messages(locals.locale).imports.problems.forbiddenKind);
	try {
		const upload = await uploadFrom(request, url);
		const report = await importFile(await getDb(), upload.body, { kind: kind.output, fileName: upload.fileName, actor, dryRun: dryRun.output, confirmWarnings: confirm.output });
		return reportResponse(report, locals.locale);
	} catch (error) {
		const answer = importErrorResponse(error, locals.locale);
		if (answer) return answer;
		throw error;
	}
};
