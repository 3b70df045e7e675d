import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../i18n/import-issues';
import { issueTotal, reportedIssues, type ImportIssue } from './issues';

const issue = (row: number): ImportIssue => ({ row, column: 'x', value: 'y', code: 'not_number' });

describe('reported issues', () => {
	it('lists every issue in row order when there are few', () => {
		expect(reportedIssues([issue(3), issue(2)]).map((found) => found.row)).toEqual([2, 3]);
	});

	it('lists the first ones and counts the rest in one line, in both languages', () => {
		const many = Array.from({ length: 25 }, (_, index) => issue(index + 2));
		const reported = reportedIssues(many, 10);
		expect(reported).toHaveLength(11);
		expect(issueTotal(reported)).toBe(25);
		const more = reported[0];
		expect(more?.code).toBe('more_issues');
		if (!more) throw new Error('no summary line');
		expect(describeIssue(more, 'en')).toContain('15 more problems');
		expect(describeIssue(more, 'fr')).toContain('15 autres problèmes');
		// Capping again keeps the count.
		expect(issueTotal(reportedIssues(reported, 5))).toBe(25);
	});
});
