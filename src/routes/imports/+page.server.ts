import { error, fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { issueTotal } from '$lib/domain/import/issues';
import { ImportKindSchema } from '$lib/domain/import/kinds';
import { mayImport, type ImportActor } from '$lib/domain/import/permissions';
import { interpolate } from '$lib/i18n/text';
import { messages, pageText } from '$lib/i18n/messages';
import { serviceName } from '$lib/domain/names';
import type { AuthUser } from '$lib/server/auth/user';
import { getDb } from '$lib/server/database';
import { FileTooLargeError, UnsupportedFormatError } from '$lib/server/import/limits';
import { importId } from '$lib/server/import/import-id';
import { ImportsBusyError } from '$lib/server/import/parse-slots';
import { commitPreview, ImportForbiddenError, importFile } from '$lib/server/import/operations';
import { rollbackImport } from '$lib/server/import/rollback';
import { rollbackProblem } from '$lib/server/import/rollback-answer';
import { MissingFileError, ServerBodyLimitError, uploadFrom } from '$lib/server/import/upload';
import { importActor, importsOverview } from '$lib/server/services/imports';
import { historyRow, previewView, problemRows, provenanceRow } from './views';

function actorOf(user: AuthUser | null): ImportActor {
	const actor = user ? importActor(user) : null;
	if (!actor) error(403, 'Your role does not allow imports');
	return actor;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = actorOf(locals.user);
	const overview = await importsOverview(await getDb(), actor);
	const { history, chiefService: own } = overview;
	const committed = importId(url.searchParams.get('committed') ?? undefined);
	const rolledBack = importId(url.searchParams.get('rolled_back') ?? undefined);
	return {
		text: pageText(locals.locale, ['imports']),
		kinds: overview.kinds,
		chiefService: own ? serviceName(own.name, own.name_fr, locals.locale) : null,
		history: history.map((row) => historyRow(row, actor)),
		provenance: overview.provenance.map(provenanceRow),
		committed: history.find((row) => row.id === committed && row.status === 'committed') ?? null,
		rolledBack: rolledBack === null ? null : (history.find((row) => row.id === rolledBack && row.status === 'rolled_back')?.id ?? null)
	};
};

export const actions: Actions = {
	preview: async ({ request, url, locals }) => {
		const actor = actorOf(locals.user);
		const t = messages(locals.locale).imports.problems;
		try {
			const upload = await uploadFrom(request, url);
			const kind = v.safeParse(ImportKindSchema, upload.fields.kind);
			if (!kind.success) return fail(400, { step: 'error' as const, message: t.badKind });
			if (!mayImport(actor, kind.output)) return fail(403, { step: 'error' as const, message: t.forbiddenKind });
			const report = await importFile(await getDb(), upload.body, { kind: kind.output, fileName: upload.fileName, actor, dryRun: true });
			if (report.status === 'rejected') {
				return fail(422, { step: 'problems' as const, file_name: report.file_name, total: issueTotal(report.errors), problems: problemRows(report.errors, locals.locale) });
			}
			return { step: 'preview' as const, preview: previewView(report, locals.locale) };
		} catch (caught) {
			const message = formError(caught, locals.locale);
			if (message === null) throw caught;
			return fail(message.status, { step: 'error' as const, message: message.text });
		}
	},

	commit: async ({ request, locals }) => {
		const actor = actorOf(locals.user);
		const form = await request.formData();
		const id = importId(String(form.get('preview_id') ?? ''));
		// The "import anyway" box: implausible figures are written only when it is ticked.
		const confirmWarnings = form.get('confirm_warnings') === 'true';
		const t = messages(locals.locale).imports.problems;
		let report: Awaited<ReturnType<typeof commitPreview>>;
		try {
			report = id === null ? null : await commitPreview(await getDb(), id, actor, new Date(), confirmWarnings);
		} catch (caught) {
			const message = formError(caught, locals.locale);
			if (message === null) throw caught;
			return fail(message.status, { step: 'error' as const, message: message.text });
		}
		if (!report) return fail(404, { step: 'error' as const, message: t.previewGone });
		if (report.status === 'held') return fail(409, { step: 'preview' as const, preview: previewView(report, locals.locale) });
		if (report.status === 'rejected') {
			return fail(422, { step: 'problems' as const, file_name: report.file_name, total: issueTotal(report.errors), problems: problemRows(report.errors, locals.locale) });
		}
		redirect(303, `/imports?committed=${report.id}&lang=${locals.locale}`);
	},

	rollback: async ({ request, locals }) => {
		const actor = actorOf(locals.user);
		const id = importId(String((await request.formData()).get('import_id') ?? ''));
		if (id === null) return fail(400, { step: 'error' as const, message: interpolate(messages(locals.locale).imports.problems.notFound, { id: '?' }) });
		const outcome = await rollbackImport(await getDb(), id, actor, new Date());
		if (!outcome.ok) {
			const problem = rollbackProblem(outcome, locals.locale);
			return fail(problem.status, { step: 'error' as const, message: problem.message });
		}
		redirect(303, `/imports?rolled_back=${id}&lang=${locals.locale}`);
	}
};

function formError(caught: unknown, locale: Parameters<typeof messages>[0]): { status: number; text: string } | null {
	const t = messages(locale).imports.problems;
	if (caught instanceof FileTooLargeError) return { status: 413, text: t.tooLarge };
	if (caught instanceof ImportsBusyError) return { status: 429, text: interpolate(t.busy, { seconds: caught.retryAfterSeconds }) };
	if (caught instanceof ServerBodyLimitError) return { status: 413, text: interpolate(t.serverLimit, { limit: caught.message }) };
	if (caught instanceof UnsupportedFormatError) return { status: 415, text: t.unsupported };
	if (caught instanceof MissingFileError) return { status: 400, text: t.noFile };
	if (caught instanceof ImportForbiddenError) return { status: 403, text: t.forbiddenKind };
	return null;
}
