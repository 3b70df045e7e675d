/** ICE staffing and forensic backlog per reporting unit and fiscal quarter (ice_quarter). */
import { defineKind } from '../kind';
import type { QuarterRecord } from '../records';
import type { StoredQuarter } from '../stored';
import { PERIOD, SERVICE } from './common';
import { QUARTER_PARTS, otherHalfGiven, quarterRecord } from './quarter';
import { asColumns, CAPACITY_FIGURES, CASELOAD_COLUMNS, CASELOAD_FIGURES } from './quarter-figures';

export const capacity = defineKind<QuarterRecord, StoredQuarter>()({
	...QUARTER_PARTS,
	// A quarter template carries the other half's columns too (optional, all or none per row), so one
	// filled-in template can report a quarter that is not stored yet.
	columns: [SERVICE, PERIOD, ...asColumns(CAPACITY_FIGURES, 'required'), ...asColumns(CASELOAD_FIGURES, 'optional')],
	toRecord: quarterRecord,
	cellChecks: otherHalfGiven(CASELOAD_COLUMNS),
	chiefsMayImport: true,
	provenance: { baseline: 'illustrative', table: 'ice_quarter', imported: { column: 'capacity_import_id', notNull: true } }
});
