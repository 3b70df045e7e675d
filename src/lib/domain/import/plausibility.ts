/**
 * Two checks of a quarter file against the unit's earlier quarters (pure: the history is passed
 * in):
 * - a new quarter reported with caseload only takes its capacity from the unit's latest earlier
 *   quarter (staffing changes rarely between quarters; the preview says so, per row), instead of
 *   refusing the chief's first file;
 * - a figure more than three times the median of the unit's last four quarters, or under a third
 *   of it, is held as a warning until the importer confirms it (a typing slip such as 8 → 720
 *   referrals otherwise moves every rate of the atlas).
 */
import { CAPACITY_COLUMNS, CASELOAD_COLUMNS } from './kinds/quarter-figures';
import type { ImportIssue } from './issues';
import type { RowOf } from './kind';
import type { CapacityFigures, CaseloadFigures, QuarterRecord } from './records';
import type { PeriodKey } from '../period';
import type { StoredQuarter } from './stored';

export interface HistoryQuarter {
	period: PeriodKey;
	capacity: CapacityFigures;
	caseload: CaseloadFigures;
	capacityImportId: number | null;
}

/** Stored quarters by reporting unit, each list in period order. */
export type QuarterHistory = ReadonlyMap<string, readonly HistoryQuarter[]>;

/** How far from the median a figure may move before it is held (the brief: 3× up, under a third down). */
export const JUMP_FACTOR = 3;
/** Movements smaller than this many units are never held: 1 → 4 referrals is ordinary for a small unit. */
export const JUMP_MIN_DIFFERENCE = 10;
/** Quarters the median is taken over. */
export const JUMP_WINDOW = 4;

type Label = (column: string) => string;

/** The unit's quarters before `period` (binary search: a large file names many quarters of a few units). */
function earlier(history: QuarterHistory, unit: string, period: PeriodKey): readonly HistoryQuarter[] {
	const quarters = history.get(unit) ?? [];
	let low = 0;
	let high = quarters.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if ((quarters[middle]?.period ?? '') < period) low = middle + 1;
		else high = middle;
	}
	return quarters.slice(0, low);
}

/**
 * Rows of a new quarter without capacity get the capacity of the unit's latest earlier quarter;
 * a notice per row says so. `isStored(record)`: the quarter is already stored (then nothing is
 * carried: the stored capacity stays as it is).
 */
export function carryCapacityForward<R extends RowOf<QuarterRecord>>(
	rows: readonly R[],
	history: QuarterHistory,
	isStored: (record: QuarterRecord) => boolean,
	label: Label
): { rows: R[]; notices: ImportIssue[] } {
	const notices: ImportIssue[] = [];
	const result = rows.map((row) => {
		const { record } = row;
		if (record.capacity !== null || record.caseload === null || isStored(record)) return row;
		const last = earlier(history, record.police_service_id, record.period).at(-1);
		if (last === undefined) return row;
		notices.push({
			row: row.row,
			column: label(CAPACITY_COLUMNS[0] ?? ''),
			value: '',
			code: 'capacity_carried_forward',
			params: {
				from: last.period,
				investigators: last.capacity.investigators_fte,
				examiners: last.capacity.forensic_examiners_fte,
				backlog: last.capacity.forensic_backlog_devices
			}
		});
		return { ...row, record: { ...record, capacity: { ...last.capacity }, capacityCarried: { from: last.period, importId: last.capacityImportId } } };
	});
	return { rows: result, notices };
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A file row and what is stored for its quarter (undefined: a new quarter). */
export interface ComparedRow {
	row: RowOf<QuarterRecord>;
	stored: StoredQuarter | undefined;
}

/**
 * Figures far from the median of the unit's last four earlier quarters, one warning per cell.
 * A value equal to the stored one is not new: it was seen (and confirmed, if need be) before.
 */
export function jumpWarnings(rows: readonly ComparedRow[], history: QuarterHistory, label: Label): ImportIssue[] {
	const warnings: ImportIssue[] = [];
	for (const { row: fileRow, stored } of rows) {
		const { row, record } = fileRow;
		const window = earlier(history, record.police_service_id, record.period).slice(-JUMP_WINDOW);
		if (window.length === 0) continue;
		const figures: [string, number, (q: HistoryQuarter) => number][] = [];
		if (record.caseload) {
			for (const column of CASELOAD_COLUMNS) {
				const key = column as keyof CaseloadFigures;
				if (record.caseload[key] !== stored?.caseload[key]) figures.push([column, record.caseload[key], (q) => q.caseload[key]]);
			}
		}
		// Carried-forward capacity is the last quarter's own: nothing to compare.
		if (record.capacity && !record.capacityCarried) {
			for (const column of CAPACITY_COLUMNS) {
				const key = column as keyof CapacityFigures;
				if (record.capacity[key] !== stored?.capacity[key]) figures.push([column, record.capacity[key], (q) => q.capacity[key]]);
			}
		}
		for (const [column, value, of] of figures) {
			const typical = median(window.map(of));
			if (Math.abs(value - typical) < JUMP_MIN_DIFFERENCE) continue;
			const up = value > typical * JUMP_FACTOR;
			const down = value * JUMP_FACTOR < typical;
			if (!up && !down) continue;
			warnings.push({
				row,
				column: label(column),
				value: String(value),
				code: up ? 'implausible_rise' : 'implausible_drop',
				params: { median: typical, quarters: window.length, from: window[0]?.period ?? '', to: window.at(-1)?.period ?? '' }
			});
		}
	}
	return warnings;
}
