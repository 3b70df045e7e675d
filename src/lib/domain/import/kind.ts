/**
 * What an import kind is: one object, in one file under kinds/, that says everything the
 * kind-agnostic engine needs — its columns (English and French headers, cell type, key), how a
 * valid row becomes a record, the checks only it has, how a record compares with what is
 * stored, which table rows it reads and writes (as data: the engine does the SQL), who may
 * import it and what its rows are until imported. The registry (kinds.ts) lists the kinds once.
 * Kind files import only from modules that do not import the registry, so the registry can be
 * loaded from anywhere without a cycle.
 */
import * as v from 'valibot';
import type { CellSchemas } from './cells';
import type { ValidationContext } from './context';
import type { ImportIssue } from './issues';
import type { QuarterHistory } from './plausibility';
import type { RosterRecord } from './records';
import type { CommittedFte } from './roster-consistency';
import type { KindStorage } from './storage';

/** What a cell holds; cells.ts turns each into a valibot schema. */
export type CellType =
	| 'service_id'
	| 'csduid'
	| 'period'
	| 'fiscal_year'
	| 'fte'
	| 'count'
	| 'amount_dollars'
	| 'children'
	| 'confidence'
	| 'note'
	| 'member_id'
	| 'person_name'
	| 'member_role'
	| 'opp_region'
	| 'opp_area_id'
	| 'boolean'
	| 'availability'
	| 'school_year'
	| 'year'
	| 'office_kind'
	| 'office_id'
	| 'office_name'
	| 'program_id';

export type Presence = 'key' | 'required' | 'optional';

export interface ColumnSpec {
	/** English header: the template's and the one error messages name when the column is missing. */
	readonly name: string;
	/** French header accepted as well (bilingual files, French Language Services Act). */
	readonly french: string;
	/** Earlier headers still accepted, so files made from an older template import unchanged. */
	readonly aliases?: readonly string[];
	readonly type: CellType;
	readonly presence: Presence;
}

type CellOutput<T extends CellType> = v.InferOutput<CellSchemas[T]>;

/** The typed output of a valid row of these columns: optional columns may be absent. */
export type RowOutputOf<C extends readonly ColumnSpec[]> = {
	[Column in C[number] as Column['presence'] extends 'optional' ? never : Column['name']]: CellOutput<Column['type']>;
} & {
	[Column in C[number] as Column['presence'] extends 'optional' ? Column['name'] : never]?: CellOutput<Column['type']> | undefined;
};

/** The message of a missing required cell (valibot reports missing keys with the object's message). */
const REQUIRED = 'required';

/** The row schema of a kind, built from its columns: every cell its type's schema, optional where the column is. */
export function rowSchemaOf(columns: readonly ColumnSpec[], cells: CellSchemas) {
	const entries: v.ObjectEntries = {};
	for (const column of columns) entries[column.name] = column.presence === 'optional' ? v.optional(cells[column.type]) : cells[column.type];
	return v.object(entries, REQUIRED);
}

/** A valid row of a file: its row number (as the user sees it) and its record. */
export interface RowOf<R> {
	row: number;
	record: R;
}

/** A row's non-empty cells by column name. */
export type RowCells = Readonly<Record<string, string>>;

export interface RowPlace {
	row: number;
	/** The header as written, by column name. */
	label: (column: string) => string;
}

export type Label = (column: string) => string;
export type RowStatus = 'new' | 'changed' | 'unchanged';
/** A row compared with what is stored: its status, or why it cannot be imported over it. */
export type Outcome = { status: RowStatus } | { issues: ImportIssue[] };

/** Stored data beyond a kind's own rows that its checks need; the server knows how to load each (server/import/facts.ts). */
export interface FactRequest {
	/** Every stored quarter of these reporting units. */
	quarterHistory?: readonly string[];
	/** What open Project P requests hold of these members' quarters. */
	committedFte?: readonly RosterRecord[];
}

export interface Facts {
	quarterHistory?: QuarterHistory;
	committedFte?: CommittedFte;
}

export interface StoredCheckResult<R> {
	/** The rows to compare and write (a check may fill in what the file left out). */
	rows: RowOf<R>[];
	/** Problems that stop the import. */
	issues: ImportIssue[];
	/** Implausible figures, held until the importer confirms them. */
	warnings: ImportIssue[];
	/** What the import does beyond the file's figures. */
	notices: ImportIssue[];
}

/** Checks of a file's valid rows against stored data other than the rows they replace. */
export interface StoredChecks<R, S> {
	needs(records: readonly R[]): FactRequest;
	check(rows: readonly RowOf<R>[], facts: Facts, storedOf: (record: R) => S | undefined, label: Label): StoredCheckResult<R>;
}

/** What a dataset's rows are until imported (provenance on the imports page). */
export type Baseline = 'illustrative' | 'estimate' | 'compiled' | 'none';

/** How an imported row of the counted table is told from the others. */
export type ImportedWhen =
	| { column: string; notNull: true }
	| { column: string; equals: string | boolean }
	| { column: string; startsWith: string }
	/** Rows whose `column` is not listed in `table` (a seed's demo list); every row when that table does not exist. */
	| { column: string; notListedIn: string };

export interface KindProvenance {
	baseline: Exclude<Baseline, 'none'>;
	/** The table whose rows are counted. */
	table: string;
	imported: ImportedWhen;
}

export interface ImportKindSpec<R, S> {
	/** Columns in template order. */
	readonly columns: readonly ColumnSpec[];
	/** Columns beyond the key ones that tell two rows of one file apart (a roster member's period). */
	readonly moreKeyColumns?: readonly string[];
	/** A valid row's output as the kind's record. */
	toRecord(output: Readonly<Record<string, unknown>>): R;
	/** The natural key's parts, for messages and for matching stored rows: ['toronto', '2024-Q1']. */
	keyParts(record: R): string[];
	/** Pairs of columns where the first may not exceed the second (the tables' check constraints). */
	readonly atMost?: readonly (readonly [string, string])[];
	/** Checks across the cells of one row, before types are known. */
	cellChecks?(cells: RowCells, place: RowPlace): ImportIssue[];
	/** Checks of a row's typed output against the context. */
	outputChecks?(output: Readonly<Record<string, unknown>>, context: ValidationContext, place: RowPlace): ImportIssue[];
	/** A fresh check of each record against the rows before it in the same file. */
	fileChecks?(): (record: R, place: RowPlace) => ImportIssue[];
	/** A valid row against what is stored for its key. */
	classify(row: RowOf<R>, stored: S | undefined, label: Label): Outcome;
	readonly storedChecks?: StoredChecks<R, S>;
	readonly storage: KindStorage<R, S>;
	/** Chiefs may import it, for their own service only; planners import every kind. */
	readonly chiefsMayImport: boolean;
	/** Only planners may see it, even as counts (registry compliance). */
	readonly plannersOnly: boolean;
	readonly provenance: KindProvenance;
}

type KindParts<R, S, C extends readonly ColumnSpec[]> = Omit<ImportKindSpec<R, S>, 'columns' | 'toRecord'> & {
	columns: C;
	toRecord(output: RowOutputOf<C>): R;
};

/**
 * Declares a kind: `defineKind<Record, Stored>()({ columns: [...], toRecord: (output) => ... })`.
 * The columns' literal types give `toRecord` its row's exact output type.
 */
export function defineKind<R, S>() {
	return <const C extends readonly ColumnSpec[]>(parts: KindParts<R, S, C>): ImportKindSpec<R, S> => ({
		...parts,
		// The engine parses with rowSchemaOf(columns), whose output is exactly RowOutputOf<C>.
		toRecord: (output) => parts.toRecord(output as RowOutputOf<C>)
	});
}
