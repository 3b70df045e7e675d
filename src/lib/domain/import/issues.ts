/**
 * One problem in an imported file, by row and column, with the value as written: the unit of
 * every validation answer (issue 9: "row 14, column referrals_received: '12a' is not a whole
 * number"). Issues carry a code and parameters, not text, so the page can show them in English or
 * French; `describeIssue` writes the sentence.
 */
import { formatNumber } from '../../format';
import { interpolate } from '../../i18n/text';
import { messages } from '../../i18n/messages';
import type { Locale } from '../../i18n/locale';

export const ISSUE_CODES = [
	'required',
	'not_whole_number',
	'not_number',
	'too_many_decimals',
	'negative',
	'too_large',
	'not_period',
	'period_out_of_range',
	'not_fiscal_year',
	'fiscal_year_out_of_range',
	'not_amount',
	'not_csduid',
	'unknown_service',
	'unknown_csduid',
	'not_one_of',
	'not_boolean',
	'too_long',
	'bad_text',
	'not_member_id',
	'duplicate_key',
	'other_service',
	'unknown_column',
	'duplicate_column',
	'missing_column',
	'cell_without_header',
	'half_incomplete',
	'new_quarter_needs_both',
	'above_population',
	'member_conflict',
	'below_committed',
	'period_and_fte',
	'empty_file',
	'unreadable',
	'unpacked_too_large',
	'csv_syntax',
	'not_school_year',
	'school_year_out_of_range',
	'not_year',
	'year_out_of_range',
	'not_office_id',
	'unknown_program',
	'more_than_column'
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface ImportIssue {
	/** Row number as the user sees it (the header is row 1 in a plain file); 0 for the file as a whole. */
	row: number;
	/** The column's header as written in the file (or its English name when the column is missing). */
	column: string;
	/** The cell as written, trimmed; '' when empty or missing. */
	value: string;
	code: IssueCode;
	params?: Record<string, string | number>;
}

/** The JSON shape of an issue in API answers (issue 9, item 7). */
export interface IssueView {
	row: number;
	column: string;
	value: string;
	code: IssueCode;
	message: string;
}

export function isIssueCode(value: unknown): value is IssueCode {
	return typeof value === 'string' && (ISSUE_CODES as readonly string[]).includes(value);
}

/** Issues in reading order: by row, then as found. Stable, so a column order survives. */
export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
	return issues
		.map((issue, index) => ({ issue, index }))
		.sort((a, b) => a.issue.row - b.issue.row || a.index - b.index)
		.map(({ issue }) => issue);
}

/** The reason alone: "'12a' is not a whole number". */
export function issueReason(issue: ImportIssue, locale: Locale): string {
	const template = messages(locale).imports.issues[issue.code];
	const params: Record<string, string> = {};
	for (const [name, value] of Object.entries(issue.params ?? {})) {
		params[name] = typeof value === 'number' ? formatNumber(value, locale, 2) : value;
	}
	return interpolate(template, { value: issue.value, column: issue.column, ...params });
}

/** The whole sentence: "row 14, column referrals_received: '12a' is not a whole number". */
export function describeIssue(issue: ImportIssue, locale: Locale): string {
	const t = messages(locale).imports;
	const where =
		issue.row === 0
			? ''
			: issue.column === ''
				? interpolate(t.issueAtRow, { row: issue.row })
				: interpolate(t.issueAt, { row: issue.row, column: issue.column });
	return `${where}${issueReason(issue, locale)}`;
}

export function viewIssue(issue: ImportIssue, locale: Locale): IssueView {
	return { row: issue.row, column: issue.column, value: issue.value, code: issue.code, message: describeIssue(issue, locale) };
}
