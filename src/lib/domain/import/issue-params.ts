/**
 * The numbers and lists a cell issue's message needs (the maximum, the allowed words, the
 * accepted periods), looked up from the column's type so every message says what would be valid.
 */
import { fiscalYearLabel } from '../period';
import { schoolYear } from '../streams/school-year';
import { LIMITS } from './cells';
import { columnSpec } from './columns';
import type { ValidationContext } from './context';
import type { ImportKind } from './kinds';
import type { ImportIssue, IssueCode } from './issues';
import { ALLOWED_WORDS } from './vocabulary';

export function issueParams(kind: ImportKind, column: string, code: IssueCode, context: ValidationContext): Pick<ImportIssue, 'params'> {
	const type = columnSpec(kind, column)?.type;
	if (type === undefined) return {};
	switch (code) {
		case 'too_large':
		case 'too_many_decimals':
		case 'too_long':
			return type in LIMITS ? { params: { ...LIMITS[type as keyof typeof LIMITS] } } : {};
		case 'not_one_of':
			return type in ALLOWED_WORDS ? { params: { allowed: ALLOWED_WORDS[type as keyof typeof ALLOWED_WORDS] } } : {};
		case 'period_out_of_range':
			return { params: { first: context.firstPeriod, last: context.lastPeriod } };
		case 'school_year_out_of_range':
			return { params: { first: schoolYear(context.firstFiscalYear), last: schoolYear(context.lastFiscalYear) } };
		case 'year_out_of_range':
			return { params: { first: String(context.firstFiscalYear), last: String(context.lastFiscalYear + 1) } };
		case 'fiscal_year_out_of_range':
			return { params: { first: fiscalYearLabel(context.firstFiscalYear), last: fiscalYearLabel(context.lastFiscalYear) } };
		default:
			return {};
	}
}
