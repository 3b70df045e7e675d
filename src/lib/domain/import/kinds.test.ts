import { describe, expect, it } from 'vitest';
import { IMPORT_CONTEXT } from '../../../../tests/support/import-context';
import { importsEn } from '../../i18n/sections/imports';
import { importsFr } from '../../i18n/sections-fr/imports';
import { keyColumns } from './columns';
import { IMPORT_KINDS, kindSpec, type ImportKind } from './kinds';
import { mayImport, maySeeDataset, type ImportActor } from './permissions';
import type { RowValues, TableSpec } from './storage';
import { FileValidator } from './validate';

/** A new quarter needs both halves (ice_quarter's columns are all NOT NULL). */
const QUARTER = {
	police_service_id: 'toronto',
	period: '2025-Q1',
	investigators_fte: '12.5',
	forensic_examiners_fte: '3',
	forensic_backlog_devices: '40',
	referrals_received: '700',
	investigations_opened: '300',
	investigations_concluded: '250',
	charges_laid: '90',
	victims_identified: '20',
	open_backlog: '470',
	files_referred_project_p: '4'
};

/** One valid row of every kind, by column name: a new kind adds its own here. */
const SAMPLE: Record<ImportKind, Record<string, string>> = {
	capacity: QUARTER,
	caseload: QUARTER,
	funding: { police_service_id: 'toronto', fiscal_year: '2024-25', amount_dollars: '$1,234.56' },
	children: { csduid: '3520005', children: '450000' },
	jurisdiction: { csduid: '3520005', police_service_id: 'toronto', note: 'official list' },
	roster: { member_id: 'pp-01', name: 'A. Martin', role: 'enquêteur', home_region: 'Nord-Est', active: 'oui', period: '2025-Q1', fte: '0.5' },
	prevention: { csduid: '3520005', school_year: '2024-25', grade_7_8_students: '60000', classrooms_reached: '900', students_reached: '20000', teachers_trained: '300' },
	training: { office_kind: 'crown', office_id: 'crown-toronto', as_of_year: '2025', office_name: 'Toronto Crown', office_name_fr: 'Couronne de Toronto', staff: '12', trained: '9', trained_current: '6' },
	registry: { program_id: 'toronto-address-verification', police_service_id: 'toronto', period: '2025-Q1', registrants: '300', verifications_done: '250', non_compliant_located: '5' }
};

function recordOf(kind: ImportKind) {
	const cells = SAMPLE[kind];
	const validator = new FileValidator(kind, IMPORT_CONTEXT, { decimalComma: false });
	validator.add(1, Object.keys(cells));
	validator.add(2, Object.values(cells));
	const result = validator.finish();
	expect(result.issues, kind).toEqual([]);
	const [row] = result.rows;
	if (row === undefined) throw new Error(`no row of ${kind}`);
	return row.record;
}

/** A row written to a table: its keys, and nothing the table does not track. */
function expectFits(table: TableSpec, row: RowValues, part: 'keys' | 'write'): void {
	for (const key of Object.keys(table.keys)) expect(row[key], `${table.name}.${key}`).toBeDefined();
	if (part === 'keys') return;
	const known = new Set([...Object.keys(table.keys), ...Object.keys(table.tracked)]);
	const unknown = Object.keys(row).filter((column) => !known.has(column));
	expect(unknown, table.name).toEqual([]);
}

describe('the registry of import kinds', () => {
	it('lists nine kinds, each with a key, a name and a description in English and French', () => {
		expect(IMPORT_KINDS).toHaveLength(9);
		for (const kind of IMPORT_KINDS) {
			expect(keyColumns(kind).length, kind).toBeGreaterThan(0);
			expect(importsEn.kinds[kind], kind).toBeTruthy();
			expect(importsFr.kinds[kind], kind).toBeTruthy();
			expect(importsEn.kindDescriptions[kind], kind).toBeTruthy();
			expect(importsFr.kindDescriptions[kind], kind).toBeTruthy();
		}
	});

	it('turns a sample row of each kind into a record whose rows fit the tables the kind declares', () => {
		const origin = { importId: 7, label: 'import #7 sample.csv by planner', labelOf: (id: number) => `import #${id}` };
		for (const kind of IMPORT_KINDS) {
			const { storage, keyParts } = kindSpec(kind);
			const record = recordOf(kind);
			const tables = new Map(storage.tables.map((table) => [table.name, table]));
			const keys = storage.keysOf(record);
			const written = storage.rowsOf(record, () => undefined, origin);
			expect(keys.length, kind).toBeGreaterThan(0);
			expect(written.length, kind).toBeGreaterThan(0);
			for (const [rows, part] of [[keys, 'keys'], [written, 'write']] as const) {
				for (const { table, row } of rows) {
					const spec = tables.get(table);
					expect(spec, `${kind} touches ${table}`).toBeDefined();
					if (spec) expectFits(spec, row, part);
				}
			}
			const parts = keyParts(record);
			expect(parts.length, kind).toBeGreaterThan(0);
			for (const part of parts) expect(typeof part, kind).toBe('string');
			// Nothing stored yet: every sample row is new.
			expect(kindSpec(kind).classify({ row: 2, record }, undefined, (column) => column), kind).toEqual({ status: 'new' });
		}
	});

	it('names the kinds chiefs may import (their own service’s quarters) and the one only planners see', () => {
		const chief: ImportActor = { id: 2, username: 'chief', role: 'chief', police_service_id: 'toronto' };
		const planner: ImportActor = { id: 1, username: 'planner', role: 'planner', police_service_id: null };
		expect(IMPORT_KINDS.filter((kind) => mayImport(chief, kind))).toEqual(['capacity', 'caseload']);
		expect(IMPORT_KINDS.filter((kind) => mayImport(planner, kind))).toEqual([...IMPORT_KINDS]);
		expect(IMPORT_KINDS.filter((kind) => !maySeeDataset(chief, kind))).toEqual(['registry']);
		expect(IMPORT_KINDS.filter((kind) => !maySeeDataset(planner, kind))).toEqual([]);
	});

	it('keys a roster member’s row apart from their quarters', () => {
		const { keyParts } = kindSpec('roster');
		const member = { member_id: 'PP-01', name: 'A', role: 'detective', home_region: 'West', active: true, fte: null } as const;
		expect(keyParts({ ...member, period: null })).toEqual(['PP-01', '']);
		expect(keyParts({ ...member, period: '2025-Q1', fte: 0.5 })).toEqual(['PP-01', '2025-Q1']);
	});
});
