/**
 * The words of a Project P request drafted from a coverage flag (domain/project-p/draft.ts keeps the
 * codes and the length limit; this writes them in the reader's language from the dictionary).
 */
import type { DescribeFlag } from '../domain/project-p/draft';
import { formatPeriod } from '../format';
import type { Locale } from './locale';
import type { Messages } from './messages';
import { interpolate } from './text';

export function flagDescriber(text: Messages, locale: Locale): DescribeFlag {
	const words = text.projectP.fromFlag;
	return (flag, reasons) => {
		const values = { period: formatPeriod(flag.period, locale), level: text.vocabulary.levels[flag.level].toLowerCase() };
		const head = flag.basis
			? interpolate(words.draftHeadRecommended, { ...values, basis: words.basis[flag.basis] })
			: interpolate(words.draftHead, values);
		if (reasons.length === 0) return head;
		return `${head} ${interpolate(words.draftReasons, { reasons: reasons.map((code) => text.vocabulary.reasons[code]).join('; ') })}`;
	};
}
