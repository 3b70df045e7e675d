/**
 * The words of a rejected thresholds edit: parseThresholds (domain/coverage/thresholds.ts) names the
 * field and the problem; this writes the message in the reader's language from the dictionary.
 */
import type { ThresholdIssue } from '../domain/coverage/thresholds';
import { formatNumber } from '../format';
import type { Locale } from './locale';
import type { Messages } from './messages';
import { interpolate } from './text';

export function thresholdMessage(issue: ThresholdIssue, text: Messages, locale: Locale): string {
	const words = text.coverage.thresholds;
	const name = Object.hasOwn(words.fields, issue.field) ? words.fields[issue.field as keyof typeof words.fields] : issue.field;
	const limit = issue.limit === undefined ? '' : formatNumber(issue.limit, locale, 6);
	return interpolate(words.problems[issue.problem], { name, field: issue.field, limit });
}
