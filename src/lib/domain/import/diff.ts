/**
 * Compares a file's valid rows with what is stored: each row is new, changed or unchanged
 * (issue 9 "Preview, then commit"), and some rows conflict with stored data (a new quarter given
 * only half its figures; more children than people). Importing identical figures over
 * illustrative ones is a change: the figures lose the illustrative flag.
 */
import { CAPACITY_COLUMNS, CASELOAD_COLUMNS } from './columns';
import type { ImportKind } from './kinds';
import type { ImportIssue } from './issues';
import { recordKey, type FileRow, type PreventionFigures, type RecordsByKind, type RegistryFigures, type TrainingFigures } from './records';
import type { StoredByKind, StoredFigures, StoredRows } from './stored';

export type RowStatus = 'new' | 'changed' | 'unchanged';

export interface RowDiff<K extends ImportKind> {
	row: FileRow<K>;
	status: RowStatus;
	stored: StoredByKind[K] | undefined;
}

export interface DiffResult<K extends ImportKind> {
	diffs: RowDiff<K>[];
	counts: Record<RowStatus, number>;
	issues: ImportIssue[];
}

type Label = (column: string) => string;
type Outcome = { status: RowStatus } | { issues: ImportIssue[] };

function sameValues<T extends object>(a: T, b: T): boolean {
	return (Object.keys(a) as (keyof T)[]).every((key) => a[key] === b[key]);
}

const statusOf = (isNew: boolean, changed: boolean): Outcome => ({ status: isNew ? 'new' : changed ? 'changed' : 'unchanged' });

type Classifier<K extends ImportKind> = (row: FileRow<K>, stored: StoredByKind[K] | undefined, label: Label) => Outcome;

function classifyQuarter(row: FileRow<'capacity' | 'caseload'>, stored: StoredByKind['capacity'] | undefined, label: Label): Outcome {
	const { capacity, caseload } = row.record;
	if (!stored) {
		// ice_quarter holds capacity and caseload in one row whose columns are all NOT NULL.
		const missing = capacity === null ? CAPACITY_COLUMNS : caseload === null ? CASELOAD_COLUMNS : [];
		if (missing.length === 0) return { status: 'new' };
		const key = `${row.record.police_service_id} ${row.record.period}`;
		return { issues: missing.map((column) => ({ row: row.row, column: label(column), value: '', code: 'new_quarter_needs_both', params: { key } })) };
	}
	const capacityChanged = capacity !== null && (!stored.capacityImported || !sameValues(capacity, stored.capacity));
	const caseloadChanged = caseload !== null && (!stored.caseloadImported || !sameValues(caseload, stored.caseload));
	return statusOf(false, capacityChanged || caseloadChanged);
}

/** A stream row: new, or changed when its figures differ or are still illustrative. */
function classifyFigures<F extends object>(record: F, stored: StoredFigures<F> | undefined): Outcome {
	if (!stored) return { status: 'new' };
	// The stored figures' keys drive the comparison: the record's key columns are not figures.
	return statusOf(false, !stored.imported || !sameValues(stored.figures, record));
}

const CLASSIFIERS: { [K in ImportKind]: Classifier<K> } = {
	capacity: classifyQuarter,
	caseload: classifyQuarter,
	funding: (row, stored) => statusOf(!stored, !!stored && (!stored.imported || stored.amount_cents !== row.record.amount_cents)),
	children: (row, stored, label) => {
		const { children } = row.record;
		if (stored?.population !== null && stored?.population !== undefined && children > stored.population) {
			const issue: ImportIssue = { row: row.row, column: label('children'), value: String(children), code: 'above_population', params: { population: stored.population } };
			return { issues: [issue] };
		}
		return statusOf(!stored, !!stored && (!stored.imported || stored.children !== children));
	},
	jurisdiction: (row, stored) => {
		const { police_service_id, confidence, note, opp_area_id, opp_region } = row.record;
		const same =
			!!stored &&
			stored.police_service_id === police_service_id &&
			stored.confidence === confidence &&
			stored.note === note &&
			stored.opp_area_id === opp_area_id &&
			(opp_region === null || stored.opp_region === opp_region);
		return statusOf(!stored, !!stored && (!stored.imported || !same));
	},
	prevention: (row, stored) => classifyFigures<PreventionFigures>(row.record, stored),
	training: (row, stored) => classifyFigures<TrainingFigures>(row.record, stored),
	registry: (row, stored) => classifyFigures<RegistryFigures>(row.record, stored),
	roster: (row, stored) => {
		const { member_id, name, role, home_region, active, period, fte } = row.record;
		if (!stored?.member) return { status: 'new' };
		if (period !== null && stored.fte === null) return { status: 'new' };
		const memberChanged = !sameValues({ member_id, name, role, home_region, active }, stored.member);
		return statusOf(false, memberChanged || (period !== null && stored.fte !== fte));
	}
};

export function diffRows<K extends ImportKind>(kind: K, rows: readonly FileRow<K>[], stored: StoredRows<K>, label: Label): DiffResult<K> {
	const classify: Classifier<K> = CLASSIFIERS[kind];
	const diffs: RowDiff<K>[] = [];
	const issues: ImportIssue[] = [];
	const counts: Record<RowStatus, number> = { new: 0, changed: 0, unchanged: 0 };
	for (const row of rows) {
		const before = stored.get(recordKey(kind, row.record as RecordsByKind[K]));
		const outcome = classify(row, before, label);
		if ('issues' in outcome) {
			issues.push(...outcome.issues);
			continue;
		}
		counts[outcome.status] += 1;
		diffs.push({ row, status: outcome.status, stored: before });
	}
	return { diffs, counts, issues };
}
