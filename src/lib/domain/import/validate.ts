/**
 * Validates a file row by row as a reader streams it: the first non-blank row is the header,
 * every other non-blank row is checked cell by cell (valibot, row-schemas.ts), across cells
 * (row-checks.ts), against the rows before it (duplicate keys, and the kind's own file checks:
 * a roster member described two ways) and against the chief's scope. Every issue is kept, not only the first, up to
 * MAX_REPORTED_ISSUES (then their number).
 * Checks against stored data come after, in diff.ts.
 */
import { printableText } from '../text';
import * as v from 'valibot';
import { keyColumns } from './columns';
import type { ValidationContext } from './context';
import { resolveHeader, type ResolvedHeader } from './headers';
import type { ImportKindSpec, RowCells, RowPlace } from './kind';
import { kindSpec, type ImportKind, type RecordsByKind, type StoredByKind } from './kinds';
import { IssueCollector, isIssueCode, type ImportIssue } from './issues';
import { issueParams } from './issue-params';
import type { NumberStyle } from './numbers';
import type { FileRow } from './records';
import { crossCellIssues, outputIssues, scopeIssue } from './row-checks';
import { rowSchema, type RowSchema } from './row-schemas';

export interface ValidationResult<K extends ImportKind> {
	kind: K;
	/** Valid rows, in file order. */
	rows: FileRow<K>[];
	issues: ImportIssue[];
	/** Non-blank data rows read (valid or not). */
	rowCount: number;
	/** The header as written in the file, by column name. */
	labels: ReadonlyMap<string, string>;
}

export class FileValidator<K extends ImportKind> {
	private header: ResolvedHeader | null = null;
	private readonly spec: ImportKindSpec<RecordsByKind[K], StoredByKind[K]>;
	private readonly schema: RowSchema;
	private readonly keySchema;
	/** The columns that tell two rows apart: the natural key's, and the kind's more (a roster row's period). */
	private readonly keyNames: string[];
	private readonly rows: FileRow<K>[] = [];
	private readonly issues = new IssueCollector();
	private readonly firstRowOfKey = new Map<string, number>();
	private readonly fileCheck: ((record: RecordsByKind[K], place: RowPlace) => ImportIssue[]) | undefined;
	private rowCount = 0;

	constructor(
		readonly kind: K,
		private readonly context: ValidationContext,
		style: NumberStyle
	) {
		this.spec = kindSpec(kind);
		this.schema = rowSchema(kind, context, style);
		this.keyNames = keyColumns(kind);
		const [firstKey, ...otherKeys] = this.keyNames;
		if (firstKey === undefined) throw new Error(`the ${kind} kind has no key column`);
		this.keySchema = v.pick(this.schema, [firstKey, ...otherKeys]);
		this.fileCheck = this.spec.fileChecks?.();
	}

	/** One row of the file: its number as the user sees it and its cells as text. */
	add(row: number, cells: readonly string[]): void {
		if (cells.every((cell) => cell.trim() === '')) return;
		if (!this.header) {
			this.header = resolveHeader(this.kind, cells, row, (issue) => this.issues.add(issue));
			return;
		}
		this.rowCount += 1;
		const { labels } = this.header;
		const place: RowPlace = { row, label: (column) => labels.get(column) ?? column };
		const rowCells = this.cellsByColumn(this.header, cells, row);
		const parsed = v.safeParse(this.schema, rowCells, { abortPipeEarly: true });
		const issues: ImportIssue[] = [];
		if (!parsed.success) {
			for (const issue of parsed.issues) {
				const column = issue.path?.[0]?.key;
				if (typeof column !== 'string' || !labels.has(column)) continue; // missing column: reported once, at the header
				const code = isIssueCode(issue.message) ? issue.message : 'unreadable';
				issues.push({ row, column: place.label(column), value: rowCells[column] ?? '', code, ...issueParams(this.kind, column, code, this.context) });
			}
		}
		issues.push(...crossCellIssues(this.kind, rowCells, place));
		if (parsed.success) issues.push(...outputIssues(this.kind, parsed.output, this.context, place));
		issues.push(...this.keyIssues(rowCells, place, parsed.success ? parsed.output : null));
		if (parsed.success && issues.length === 0) {
			const record = this.spec.toRecord(parsed.output);
			if (this.fileCheck) issues.push(...this.fileCheck(record, place));
			if (issues.length === 0) this.rows.push({ row, record });
		}
		for (const issue of issues) this.issues.add(issue);
	}

	finish(): ValidationResult<K> {
		const found = this.issues.list();
		if (!this.header || this.rowCount === 0) found.push({ row: 0, column: '', value: '', code: 'empty_file' });
		// Issues quote the file back: a NUL or lone surrogate in it would be refused by the database and by JSON readers.
		const issues = found.map((issue) => ({ ...issue, column: printableText(issue.column), value: printableText(issue.value) }));
		return { kind: this.kind, rows: this.rows, issues, rowCount: this.rowCount, labels: this.header?.labels ?? new Map() };
	}

	private cellsByColumn(header: ResolvedHeader, cells: readonly string[], row: number): RowCells {
		const byColumn: Record<string, string> = {};
		cells.forEach((raw, index) => {
			const cell = raw.trim();
			if (cell === '' || header.ignored.has(index)) return;
			const column = header.columns[index];
			if (column) byColumn[column.name] = cell;
			else this.issues.add({ row, column: `#${index + 1}`, value: cell, code: 'cell_without_header' });
		});
		return byColumn;
	}

	/**
	 * Duplicate keys inside the file, and rows outside a chief's scope. The key comes from the whole
	 * row's output when it was valid, else from the key columns alone (so a row with a bad figure
	 * still counts for duplicates and scope).
	 */
	private keyIssues(cells: RowCells, place: RowPlace, output: Record<string, unknown> | null): ImportIssue[] {
		let key = output;
		if (key === null) {
			const parsed = v.safeParse(this.keySchema, cells, { abortPipeEarly: true });
			if (!parsed.success) return [];
			key = parsed.output;
		}
		const issues: ImportIssue[] = [];
		const outOfScope = scopeIssue(typeof key.police_service_id === 'string' ? key.police_service_id : undefined, this.context, place);
		if (outOfScope) issues.push(outOfScope);
		const parts = this.keyNames.map((name) => String(key[name] ?? ''));
		const joined = parts.join('\u001f');
		const first = this.firstRowOfKey.get(joined);
		if (first === undefined) this.firstRowOfKey.set(joined, place.row);
		else {
			const column = place.label(this.keyNames[0] ?? '');
			issues.push({ row: place.row, column, value: parts.filter(Boolean).join(', '), code: 'duplicate_key', params: { first } });
		}
		return issues;
	}
}
