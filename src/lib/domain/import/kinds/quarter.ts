/**
 * What capacity and caseload share: one ice_quarter row per reporting unit and quarter holds both
 * halves, so the two kinds differ only in which half a file must give (capacity.ts, caseload.ts).
 */
import type { PeriodKey } from '../../period';
import { defineKind, type ImportKindSpec, type Outcome, type RowCells, type RowOf, type RowPlace, type StoredChecks } from '../kind';
import type { ImportIssue } from '../issues';
import { carryCapacityForward, jumpWarnings } from '../plausibility';
import { quarterSource } from '../quarter-source';
import type { CapacityFigures, CaseloadFigures, QuarterRecord } from '../records';
import type { ValidationContext } from '../context';
import { num, numOrNull, type KindStorage, type RowValues, type TableSpec } from '../storage';
import type { StoredQuarter } from '../stored';
import { PERIOD, SERVICE, sameValues, statusOf } from './common';
import { asColumns, CAPACITY_COLUMNS, CAPACITY_FIGURES, CASELOAD_COLUMNS, CASELOAD_FIGURES, half } from './quarter-figures';

const ICE_QUARTER: TableSpec = {
	name: 'ice_quarter',
	keys: { police_service_id: 'text', period: 'text' },
	tracked: {
		investigators_fte: 'numeric',
		forensic_examiners_fte: 'numeric',
		forensic_backlog_devices: 'integer',
		referrals_received: 'integer',
		investigations_opened: 'integer',
		investigations_concluded: 'integer',
		charges_laid: 'integer',
		victims_identified: 'integer',
		open_backlog: 'integer',
		files_referred_project_p: 'integer',
		illustrative: 'boolean',
		source: 'text',
		capacity_import_id: 'integer',
		caseload_import_id: 'integer'
	},
	insertable: true,
	bookkeeping: ['illustrative', 'source', 'capacity_import_id', 'caseload_import_id'],
	importRefs: ['capacity_import_id', 'caseload_import_id']
};

type QuarterOutput = { police_service_id: string; period: PeriodKey } & Partial<Record<keyof CapacityFigures | keyof CaseloadFigures, number>>;

function quarterRecord(row: QuarterOutput): QuarterRecord {
	return { police_service_id: row.police_service_id, period: row.period, capacity: half(row, CAPACITY_COLUMNS), caseload: half(row, CASELOAD_COLUMNS) };
}

function figuresOf<K extends string>(row: RowValues, names: readonly K[]): Record<K, number> {
	const figures: Partial<Record<K, number>> = {};
	for (const name of names) figures[name] = num(row[name]);
	return figures as Record<K, number>;
}

const storage: KindStorage<QuarterRecord, StoredQuarter> = {
	tables: [ICE_QUARTER],
	keysOf: (r) => [{ table: 'ice_quarter', row: { police_service_id: r.police_service_id, period: r.period } }],
	storedOf: (r, lookup) => {
		const row = lookup('ice_quarter', { police_service_id: r.police_service_id, period: r.period });
		if (!row) return undefined;
		return {
			capacity: figuresOf(row, CAPACITY_COLUMNS),
			caseload: figuresOf(row, CASELOAD_COLUMNS),
			capacityImported: row.capacity_import_id !== null,
			caseloadImported: row.caseload_import_id !== null
		};
	},
	rowsOf: (r, lookup, origin) => {
		const key = { police_service_id: r.police_service_id, period: r.period };
		const before = lookup('ice_quarter', key) ?? {};
		// Carried-forward capacity keeps naming where it came from (an earlier import, or the seed).
		const capacityId = r.capacityCarried ? r.capacityCarried.importId : r.capacity ? origin.importId : numOrNull(before.capacity_import_id);
		const caseloadId = r.caseload ? origin.importId : numOrNull(before.caseload_import_id);
		const labelOf = (id: number) => (id === origin.importId ? origin.label : origin.labelOf(id));
		const row: RowValues = {
			...before,
			...key,
			...(r.capacity ?? {}),
			...(r.caseload ?? {}),
			illustrative: false,
			source: quarterSource(capacityId, caseloadId, labelOf),
			capacity_import_id: capacityId,
			caseload_import_id: caseloadId
		};
		return [{ table: 'ice_quarter', row }];
	}
};

function classify(row: RowOf<QuarterRecord>, stored: StoredQuarter | undefined, label: (column: string) => string): Outcome {
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

/** The other half of an ice_quarter row: given entirely or not at all. */
function otherHalfGiven(other: readonly string[]) {
	return (cells: RowCells, place: RowPlace): ImportIssue[] => {
		const given = other.filter((column) => column in cells);
		if (given.length === 0 || given.length === other.length) return [];
		return other
			.filter((column) => !(column in cells))
			.map((column) => ({ row: place.row, column: place.label(column), value: '', code: 'half_incomplete' as const, params: { given: given.join(', ') } }));
	};
}

/**
 * Capacity and caseload are stored per reporting unit (ice_quarter.police_service_id names one):
 * a police service that reports through other units (the OPP, by regional team) has no row of
 * its own, and writing one would break the reference to reporting_unit. The issue lists the ids
 * to use instead.
 */
function reportingUnitIssues(output: Readonly<Record<string, unknown>>, context: ValidationContext, place: RowPlace): ImportIssue[] {
	const id = output.police_service_id;
	if (typeof id !== 'string') return [];
	const service = context.services?.get(id);
	if (service === undefined || service.units.includes(id)) return [];
	return [{ row: place.row, column: place.label('police_service_id'), value: id, code: 'not_reporting_unit', params: { units: service.units.join(', ') || '—' } }];
}

/** A new quarter given without capacity takes the last quarter's; figures far from the unit's recent ones are held. */
const storedChecks: StoredChecks<QuarterRecord, StoredQuarter> = {
	needs: (records) => ({ quarterHistory: [...new Set(records.map((record) => record.police_service_id))] }),
	check: (rows, facts, storedOf, label) => {
		const history = facts.quarterHistory ?? new Map();
		const carried = carryCapacityForward(rows, history, (record) => storedOf(record) !== undefined, label);
		const warnings = jumpWarnings(
			carried.rows.map((row) => ({ row, stored: storedOf(row.record) })),
			history,
			label
		);
		return { rows: carried.rows, issues: [], warnings, notices: carried.notices };
	}
};

type QuarterFigure = (typeof CAPACITY_FIGURES)[number] | (typeof CASELOAD_FIGURES)[number];

/**
 * The kind whose file must give the `own` half of each row. A quarter template carries the other
 * half's columns too (optional, all or none per row), so one filled-in template can report a quarter
 * that is not stored yet. Which import wrote a half is kept in its own column of ice_quarter.
 */
export function quarterKind(own: 'capacity' | 'caseload'): ImportKindSpec<QuarterRecord, StoredQuarter> {
	const [mine, other]: [readonly QuarterFigure[], readonly QuarterFigure[]] = own === 'capacity' ? [CAPACITY_FIGURES, CASELOAD_FIGURES] : [CASELOAD_FIGURES, CAPACITY_FIGURES];
	return defineKind<QuarterRecord, StoredQuarter>()({
		columns: [SERVICE, PERIOD, ...asColumns(mine, 'required'), ...asColumns(other, 'optional')],
		toRecord: quarterRecord,
		keyParts: (r) => [r.police_service_id, r.period],
		cellChecks: otherHalfGiven(other.map((figure) => figure.name)),
		outputChecks: reportingUnitIssues,
		classify,
		storedChecks,
		storage,
		chiefsMayImport: true,
		plannersOnly: false,
		provenance: { baseline: 'illustrative', table: 'ice_quarter', imported: { column: `${own}_import_id`, notNull: true } }
	});
}
