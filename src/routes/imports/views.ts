/**
 * View models of the imports page: small, serialisable, with times already as UTC minutes (the
 * audit page's convention) and issue reasons in the reader's language.
 */
import type { ImportKind } from '$lib/domain/import/kinds';
import type { ImportIssue } from '$lib/domain/import/issues';
import { issueReason } from '$lib/i18n/import-issues';
import { mayRollback, type ImportActor } from '$lib/domain/import/permissions';
import type { Locale } from '$lib/i18n/locale';
import { formatNumber, formatUtcMinute as utcMinute } from '$lib/format';
import type { DatasetProvenance } from '$lib/server/import/provenance';
import type { ImportReport } from '$lib/server/import/report';
import type { ImportRow } from '$lib/server/queries/imports';

/** The page lists at most this many problems; the API returns them all. */
export const PROBLEMS_SHOWN = 500;

export interface ProblemRow {
	row: number;
	column: string;
	value: string;
	reason: string;
}

/** One changed value as the preview shows it; `before` null: the record is new. */
export interface ValueRow {
	row: number;
	key: string;
	column: string;
	before: string | null;
	after: string;
}

export interface PreviewView {
	id: number;
	kind: ImportKind;
	file_name: string;
	checksum: string;
	rows: number;
	new: number;
	changed: number;
	unchanged: number;
	values: ValueRow[];
	values_total: number;
	/** Implausible figures: committing needs the "import anyway" box ticked. */
	warnings: ProblemRow[];
	/** What the import does beyond the file's figures. */
	notices: ProblemRow[];
	/** The last commit was refused because the warnings were not confirmed. */
	held: boolean;
}

export interface HistoryRow {
	id: number;
	kind: ImportKind;
	file_name: string;
	by: string;
	at: string;
	rows: number;
	new: number;
	changed: number;
	unchanged: number;
	rolled_back: { at: string; by: string } | null;
	may_roll_back: boolean;
}

export interface ProvenanceRow {
	dataset: ImportKind;
	rows: number;
	imported: number;
	baseline: DatasetProvenance['baseline'];
	last: { id: number; file_name: string; by: string; at: string } | null;
}

export function problemRows(issues: readonly ImportIssue[], locale: Locale): ProblemRow[] {
	return issues.slice(0, PROBLEMS_SHOWN).map((issue) => ({ row: issue.row, column: issue.column, value: issue.value, reason: issueReason(issue, locale) }));
}

function shown(value: string | number | boolean | null, locale: Locale): string {
	if (value === null) return '';
	if (typeof value === 'number') return formatNumber(value, locale, 2);
	return String(value);
}

export function previewView(report: ImportReport, locale: Locale): PreviewView {
	return {
		id: report.id ?? 0,
		kind: report.kind,
		file_name: report.file_name,
		checksum: report.checksum,
		rows: report.rows,
		new: report.new,
		changed: report.changed,
		unchanged: report.unchanged,
		values: report.values.map((change) => ({
			row: change.row,
			key: change.key,
			column: change.column,
			before: change.before === null ? null : shown(change.before, locale),
			after: shown(change.after, locale)
		})),
		values_total: report.values_total,
		warnings: problemRows(report.warnings, locale),
		notices: problemRows(report.notices, locale),
		held: report.status === 'held'
	};
}

export function historyRow(row: ImportRow, actor: ImportActor): HistoryRow {
	return {
		id: row.id,
		kind: row.kind,
		file_name: row.file_name,
		by: row.username,
		at: utcMinute(row.committed_at) ?? '',
		rows: row.row_count,
		new: row.new_count,
		changed: row.changed_count,
		unchanged: row.unchanged_count,
		rolled_back: row.rolled_back_at ? { at: utcMinute(row.rolled_back_at) ?? '', by: row.rolled_back_by ?? '' } : null,
		may_roll_back: row.status === 'committed' && mayRollback(actor, row)
	};
}

export function provenanceRow(dataset: DatasetProvenance): ProvenanceRow {
	const { last } = dataset;
	return {
		dataset: dataset.dataset,
		rows: dataset.rows,
		imported: dataset.imported,
		baseline: dataset.baseline,
		last: last ? { id: last.id, file_name: last.file_name, by: last.username, at: utcMinute(last.committed_at) ?? '' } : null
	};
}
