import { describe, expect, it } from 'vitest';
import { FirstLineScanner, hasFirstLine, sniffDelimiter } from './csv-dialect';
import { issueTotal, MAX_REPORTED_ISSUES } from '../../domain/import/issues';
import { readFile } from './read-file';
import { importContext } from '../../../../tests/support/import-context';

const CONTEXT = importContext({ programs: [] });

const MEGABYTE = 1024 * 1024;

async function* pieces(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
	for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

describe('the first line of an upload', () => {
	it('is complete at the first line break after text, not at a leading blank line', () => {
		expect(hasFirstLine('\n \r\n')).toBe(false);
		expect(hasFirstLine('\ufeff\n a,b')).toBe(false);
		expect(hasFirstLine('\n a,b\n')).toBe(true);
	});

	it('is found across chunks, each byte looked at once', () => {
		const scanner = new FirstLineScanner();
		expect(scanner.push('  ')).toBe(false);
		expect(scanner.push('\na;b')).toBe(false);
		expect(scanner.push(';c\r')).toBe(false);
		expect(scanner.push('\n1;2;3')).toBe(true);
	});

	it('scans a 1 MB line without a break in linear time', () => {
		const line = 'a '.repeat(MEGABYTE / 2);
		const started = performance.now();
		expect(hasFirstLine(line)).toBe(true);
		expect(sniffDelimiter(line)).toBe(',');
		// A backtracking /\S[^\n]*\n/ needs minutes here; one pass takes milliseconds (a loaded machine: under 2 s).
		expect(performance.now() - started).toBeLessThan(2000);
	});
});

describe('a one-line upload through the import reader', () => {
	it('reads a 1 MB file without a line break in well under a second', async () => {
		const bytes = Buffer.from('x '.repeat(MEGABYTE / 2), 'utf8');
		const started = performance.now();
		const read = await readFile(pieces(bytes, 16 * 1024), 'caseload', CONTEXT, { keepContent: false });
		expect(performance.now() - started).toBeLessThan(2000);
		expect(read.byteSize).toBe(MEGABYTE);
		expect(read.validation.issues.length).toBeGreaterThan(0);
	}, 20_000);

	it('reports a 1 MB header of unknown columns in at most a thousand issues and a count of the rest', async () => {
		const bytes = Buffer.from('a,'.repeat(MEGABYTE / 2), 'utf8');
		const read = await readFile(pieces(bytes, 64 * 1024), 'caseload', CONTEXT, { keepContent: false });
		const issues = read.validation.issues;
		expect(issues.length).toBeLessThanOrEqual(MAX_REPORTED_ISSUES + 2);
		const more = issues.find((issue) => issue.code === 'more_issues');
		// Every cell is an unknown column, the columns of the kind are all missing, and there is no data row.
		expect(issueTotal(issues)).toBe(MEGABYTE / 2 + 9 + 1);
		expect(more?.params?.count).toBeGreaterThan(500_000);
		expect(issues.some((issue) => issue.code === 'empty_file')).toBe(true);
	}, 20_000);
});

describe('a large upload that has already arrived', () => {
	it('lets the event loop turn while it is parsed, so other requests are served', async () => {
		const header = 'police_service_id,period,referrals_received,investigations_opened,investigations_concluded,charges_laid,victims_identified,open_backlog,files_referred_project_p';
		const rows = Array.from({ length: 60_000 }, (_, index) => `toronto,${2004 + (index % 20)}-Q${1 + (index % 4)},1,1,1,1,1,1,1`);
		const bytes = Buffer.from([header, ...rows].join('\n'), 'utf8');
		let turns = 0;
		const timer = setInterval(() => (turns += 1), 1);
		const started = performance.now();
		await readFile(pieces(bytes, 64 * 1024), 'caseload', CONTEXT, { keepContent: false });
		const elapsed = performance.now() - started;
		clearInterval(timer);
		// Handed over in promise callbacks alone, the whole parse ran without one timer firing.
		expect(elapsed).toBeGreaterThan(20);
		expect(turns).toBeGreaterThanOrEqual(3);
	}, 30_000);
});
