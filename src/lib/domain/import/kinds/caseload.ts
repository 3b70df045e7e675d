/**
 * Referrals, investigations, charges, victims, backlog and files sent to Project P per reporting
 * unit and fiscal quarter (ice_quarter). A caseload row that leaves capacity empty takes it from
 * the unit's latest quarter (plausibility.ts), which the preview states.
 */
import { defineKind } from '../kind';
import type { QuarterRecord } from '../records';
import type { StoredQuarter } from '../stored';
import { PERIOD, SERVICE } from './common';
import { QUARTER_PARTS, otherHalfGiven, quarterRecord } from './quarter';
import { asColumns, CAPACITY_COLUMNS, CAPACITY_FIGURES, CASELOAD_FIGURES } from './quarter-figures';

export const caseload = defineKind<QuarterRecord, StoredQuarter>()({
	...QUARTER_PARTS,
	columns: [SERVICE, PERIOD, ...asColumns(CASELOAD_FIGURES, 'required'), ...asColumns(CAPACITY_FIGURES, 'optional')],
	toRecord: quarterRecord,
	cellChecks: otherHalfGiven(CAPACITY_COLUMNS),
	chiefsMayImport: true,
	provenance: { baseline: 'illustrative', table: 'ice_quarter', imported: { column: 'caseload_import_id', notNull: true } }
});
