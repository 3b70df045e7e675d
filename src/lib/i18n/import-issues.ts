/**
 * An import issue as a sentence in the reader's language: the domain reports codes and parameters
 * (domain/import/issues.ts), the dictionary words them (sections/imports.ts).
 */
import type { ImportIssue, IssueCode } from '../domain/import/issues';
import { formatNumber } from '../format';
import type { Locale } from './locale';
import { messages } from './messages';
import { interpolate } from './text';

/** The JSON shape of an issue in API answers. */
export interface IssueView {
	row: number;
	column: string;
	value: string;
	code: IssueCode;
	message: string;
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
