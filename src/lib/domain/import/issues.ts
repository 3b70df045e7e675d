/**
 * One problem in an imported file, by row and column, with the value as written: the unit of
 * every validation answer (issue 9: "row 14, column referrals_received: '12a' is not a whole
 * number"). Issues carry a code and parameters, not text, so the page can show them in English or
 * French; i18n/import-issues.ts writes the sentence.
 */

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
	'more_than_column',
	'not_reporting_unit',
	'not_opp_area_id',
	'opp_area_required',
	'opp_area_not_opp',
	'region_without_team',
	'service_without_unit',
	'capacity_carried_forward',
	'implausible_rise',
	'implausible_drop',
	'more_issues'
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

/**
 * A file reports at most this many issues, then how many more it has: enough to fix a real file,
 * and bounded for a hostile one (a 10 MB line of commas would otherwise be five million issues).
 */
export const MAX_REPORTED_ISSUES = 1000;

/** Collects issues up to MAX_REPORTED_ISSUES and counts the rest. */
export class IssueCollector {
	private readonly kept: ImportIssue[] = [];
	private more = 0;

	constructor(private readonly limit = MAX_REPORTED_ISSUES) {}

	add(issue: ImportIssue): void {
		if (this.kept.length < this.limit) this.kept.push(issue);
		else this.more += 1;
	}

	/** The kept issues, then one file-level issue counting those left out, if any. */
	list(): ImportIssue[] {
		if (this.more === 0) return [...this.kept];
		return [...this.kept, { row: 0, column: '', value: '', code: 'more_issues', params: { count: this.more } }];
	}
}

/** Issues in reading order, at most MAX_REPORTED_ISSUES of them, then one counting all those left out. */
export function reportedIssues(issues: readonly ImportIssue[], limit = MAX_REPORTED_ISSUES): ImportIssue[] {
	let more = 0;
	const listed: ImportIssue[] = [];
	for (const issue of sortIssues(issues)) {
		if (issue.code === 'more_issues') more += Number(issue.params?.count ?? 0);
		else if (listed.length < limit) listed.push(issue);
		else more += 1;
	}
	return more === 0 ? listed : [{ row: 0, column: '', value: '', code: 'more_issues', params: { count: more } }, ...listed];
}

/** How many issues a report stands for, counting those a `more_issues` line left out. */
export function issueTotal(issues: readonly ImportIssue[]): number {
	let total = 0;
	for (const issue of issues) total += issue.code === 'more_issues' ? Number(issue.params?.count ?? 0) : 1;
	return total;
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
