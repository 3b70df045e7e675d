/**
 * The import API's JSON answers, in the atlas's error shape (server/api/respond.ts): a report
 * (200, or 422 with every error and nothing written), 413 for a file over the cap, 429 while
 * other imports are being checked, 415 for a
 * type that is neither CSV nor XLSX, and import records for the history.
 */
import { json } from '@sveltejs/kit';
import { interpolate, plural } from '../../i18n/text';
import { messages } from '../../i18n/messages';
import type { Locale } from '../../i18n/locale';
import { issueTotal, type ImportIssue } from '../../domain/import/issues';
import { viewIssue, type IssueView } from '../../i18n/import-issues';
import { apiError, badParameter } from '../api/respond';
import type { ImportRow } from '../queries/imports';
import { FileTooLargeError, UnsupportedFormatError } from './limits';
import { ImportForbiddenError } from './operations';
import { ImportsBusyError } from './parse-slots';
import type { ImportReport } from './report';
import { MissingFileError, ServerBodyLimitError } from './upload';

export type ReportJson = Omit<ImportReport, 'errors' | 'warnings' | 'notices'> & { errors: IssueView[]; warnings: IssueView[]; notices: IssueView[] };

function errorBody(status: number, code: string, message: string) {
	return { error: { status, code, message } };
}

export function reportResponse(report: ImportReport, locale: Locale): Response {
	const view = (issue: ImportIssue) => viewIssue(issue, locale);
	const body: ReportJson = { ...report, errors: report.errors.map(view), warnings: report.warnings.map(view), notices: report.notices.map(view) };
	const t = messages(locale).imports.problems;
	if (report.status === 'held') {
		// 409: the request conflicts with the data's recent quarters until the importer confirms (confirm_warnings=true).
		const message = interpolate(t.held, { count: issueTotal(report.warnings) });
		return json({ ...body, ...errorBody(409, 'confirmation_required', message) }, { status: 409 });
	}
	if (report.status !== 'rejected') return json(body);
	const count = issueTotal(report.errors);
	const message = interpolate(plural(locale, count, { one: t.titleOne, other: t.title }), { count });
	return json({ ...body, ...errorBody(422, 'unprocessable', message) }, { status: 422 });
}

export function tooLargeResponse(locale: Locale, serverLimit: string | null = null): Response {
	const t = messages(locale).imports.problems;
	const message = serverLimit === null ? t.tooLarge : interpolate(t.serverLimit, { limit: serverLimit });
	return json(errorBody(413, 'payload_too_large', message), { status: 413 });
}

/** Too many imports parsing: try again shortly (RFC 6585 §4; Retry-After in seconds, RFC 9110 §10.2.3). */
export function busyResponse(error: ImportsBusyError, locale: Locale): Response {
	const message = interpolate(messages(locale).imports.problems.busy, { seconds: error.retryAfterSeconds });
	return json(errorBody(429, 'too_many_requests', message), { status: 429, headers: { 'Retry-After': String(error.retryAfterSeconds) } });
}

export function unsupportedResponse(locale: Locale): Response {
	return json(errorBody(415, 'unsupported_media_type', messages(locale).imports.problems.unsupported), { status: 415 });
}

/** An import as the history lists it: the file and its counts named as in the report it answered with. */
export interface ImportRecordJson extends Pick<ImportReport, 'kind' | 'file_name' | 'format' | 'checksum' | 'byte_size' | 'rows' | 'new' | 'changed' | 'unchanged'> {
	id: number;
	status: ImportRow['status'];
	imported_by: string;
	imported_at: string | null;
	rolled_back_by: string | null;
	rolled_back_at: string | null;
}

export function recordJson(row: ImportRow): ImportRecordJson {
	return {
		id: row.id,
		kind: row.kind,
		status: row.status,
		file_name: row.file_name,
		format: row.file_format,
		checksum: row.checksum,
		byte_size: row.byte_size,
		rows: row.row_count,
		new: row.new_count,
		changed: row.changed_count,
		unchanged: row.unchanged_count,
		imported_by: row.username,
		imported_at: row.committed_at?.toISOString() ?? null,
		rolled_back_by: row.rolled_back_by,
		rolled_back_at: row.rolled_back_at?.toISOString() ?? null
	};
}

/** The answer for an error an import raised before or while reading the file; null: not an import error. */
export function importErrorResponse(error: unknown, locale: Locale): Response | null {
	if (error instanceof FileTooLargeError) return tooLargeResponse(locale);
	if (error instanceof ImportsBusyError) return busyResponse(error, locale);
	if (error instanceof ServerBodyLimitError) return tooLargeResponse(locale, error.message);
	if (error instanceof UnsupportedFormatError) return unsupportedResponse(locale);
	if (error instanceof MissingFileError) return badParameter('file', messages(locale).imports.problems.noFile);
	if (error instanceof ImportForbiddenError) return apiError(403, 'forbidden', messages(locale).imports.problems.forbiddenKind);
	return null;
}
